/**
 * Regenerates the bundled datasets: `npm run datasets` (or `npx tsx scripts/generate-datasets.ts [--seed N]`).
 * Checks every published figure and the references between tables before writing anything, so a generator
 * change that breaks a published figure fails here instead of reaching the app.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_SEED, generateDatasets } from './datasets/generate';
import { checkDatasets } from './datasets/published-checks';

const DATASETS_DIR = path.resolve(import.meta.dirname, '../datasets');

function seedFromArguments(args: readonly string[]): number {
  const index = args.indexOf('--seed');
  if (index === -1) return DEFAULT_SEED;
  const seed = Number(args[index + 1]);
  if (!Number.isInteger(seed) || seed < 0)
    throw new Error(`--seed needs a non-negative integer, got ${args[index + 1]}`);
  return seed;
}

async function main(): Promise<void> {
  const seed = seedFromArguments(process.argv.slice(2));
  const files = generateDatasets(seed);
  checkDatasets(files);
  await mkdir(DATASETS_DIR, { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    await writeFile(path.join(DATASETS_DIR, name), text, 'utf8');
    const rows = text.split('\n').length - 2;
    console.log(
      `${name.padEnd(36)} ${String(rows).padStart(7)} rows ${String(Buffer.byteLength(text)).padStart(9)} bytes`,
    );
  }
  console.log(`Seed ${seed}: published figures and referential integrity checked; wrote ${DATASETS_DIR}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
