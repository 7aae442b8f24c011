import { compareText, toCsv } from './csv';
import { ICBS, icbFullName } from './published';

/**
 * Approximate resident population of each ICB in millions (rounded, 2021-22). Not written to any file: it
 * only weights how many deployments and survey respondents an ICB gets, so bigger ICBs have more of both.
 */
export const ICB_POPULATION: Readonly<Record<string, number>> = {
  QHM: 3.0,
  QOQ: 1.7,
  QF7: 1.4,
  QWO: 2.4,
  QYG: 2.6,
  QOP: 2.9,
  QE1: 1.7,
  QHL: 1.3,
  QUA: 1.2,
  QWU: 1.0,
  QJ2: 1.05,
  QGH: 0.8,
  QK1: 1.1,
  QJM: 0.77,
  QPM: 0.8,
  QT1: 1.1,
  QOC: 0.5,
  QNC: 1.15,
  QHG: 1.0,
  QUE: 0.9,
  QM7: 1.5,
  QH8: 1.2,
  QMM: 1.05,
  QJG: 1.0,
  QMJ: 1.5,
  QMF: 2.0,
  QRV: 2.1,
  QKK: 1.9,
  QWE: 1.5,
  QU9: 1.8,
  QNQ: 0.8,
  QRL: 1.9,
  QKS: 1.9,
  QXU: 1.1,
  QNX: 1.7,
  QOX: 0.95,
  QUY: 1.0,
  QT6: 0.58,
  QJK: 1.2,
  QVV: 0.8,
  QR1: 0.67,
  QSL: 0.58,
};

export function icbPopulation(code: string): number {
  const population = ICB_POPULATION[code];
  if (population === undefined) throw new Error(`No population for ICB ${code}`);
  return population;
}

export function icbsCsv(): string {
  const rows = [...ICBS]
    .sort((a, b) => compareText(a.code, b.code))
    .map((icb) => [icb.code, icbFullName(icb.name), icb.region]);
  return toCsv(['icb_code', 'icb_name', 'region'], rows);
}
