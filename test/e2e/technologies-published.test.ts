import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector';
import { noFilters } from '../support/technologies-expected';
import { byFirstCell, figure, readFigureTable, waitForChart } from './support/figures';
import { withBrowserSession } from './support/session';
import {
  expectEveryTable,
  expectNoAxeViolations,
  openRoadmapDatabase,
  openTab,
  settle,
} from './support/technologies-page';

const browser = withBrowserSession();
const LONG = 240_000;

let db: Connector;
beforeAll(async () => {
  db = await openRoadmapDatabase();
});

describe('#/technologies with no filter', () => {
  it(
    'shows every published figure in the tables, and every chart agrees with independent SQL',
    async () => {
      const page = await openTab(browser(), '#/technologies');
      await settle(db, page, noFilters());
      const types = byFirstCell((await readFigureTable(page, 'AI technologies by type')).rows);
      expect([...types.entries()].slice(0, 4)).toEqual([
        ['Diagnostic', ['82', '34%']],
        ['Automation/Service efficiency', ['70', '29%']],
        ['P4 Medicine', ['41', '17%']],
        ['Remote monitoring', ['34', '14%']],
      ]);
      expect(new Set(types.keys())).toEqual(
        new Set([
          'Diagnostic',
          'Automation/Service efficiency',
          'P4 Medicine',
          'Remote monitoring',
          'Therapeutic',
          'Other',
        ]),
      );
      const subtypes = (await readFigureTable(page, 'Subtypes of Diagnostic')).rows;
      expect(subtypes.slice(0, 2)).toEqual([
        ['Imaging', 'Diagnostic', '40', '49%'],
        ['Cardiorespiratory and neurology', 'Diagnostic', '22', '27%'],
      ]);
      const areas = (await readFigureTable(page, /^Technologies by clinical area/)).rows;
      expect(areas.slice(0, 4)).toEqual([
        ['Multiple clinical areas', '55', '23%'],
        ['Clinical Radiology', '26', '11%'],
        ['Cardiology', '22', '9%'],
        ['General Practice', '19', '8%'],
      ]);
      const groups = (await readFigureTable(page, /^Most affected workforce groups/)).rows;
      expect(groups.slice(0, 5)).toEqual([
        ['Medic, Clinical Radiology', '36', '15%'],
        ['Medic, General Practice', '31', '13%'],
        ['Non Clinical, Admin', '24', '10%'],
        ['Diagnostic Radiographer', '20', '8%'],
        ['Medic, Cardiology', '19', '8%'],
      ]);
      expect((await readFigureTable(page, 'Time to deployment at scale')).rows[0]).toEqual([
        'Within a year',
        '56',
        '23%',
      ]);
      const ready = (await readFigureTable(page, 'Points of care by time to deployment')).rows.filter(
        (r) => r[0] === 'Within a year',
      );
      expect(ready.map((r) => r.slice(1))).toEqual([
        ['Secondary care', '43', '77%'],
        ['Primary care', '13', '23%'],
        ['Community care', '4', '7%'],
        ['Individual/self-care', '3', '5%'],
      ]);
      await expectEveryTable(db, page, noFilters());

      // 240 in all; all 67 clinical areas and all 155 groups are a click away.
      expect(await page.locator('.technology-list tbody tr').count()).toBe(240);
      await figure(page, /^Technologies by clinical area/)
        .getByRole('button', { name: 'Show all 67 clinical areas' })
        .click();
      await waitForChart(page, 'Technologies by clinical area (all 67)');
      expect((await readFigureTable(page, 'Technologies by clinical area (all 67)')).rows).toHaveLength(67);
      await figure(page, /^Most affected workforce groups/)
        .getByRole('button', { name: 'Show all 155 groups' })
        .click();
      await waitForChart(page, 'Most affected workforce groups (all 155)');
      expect((await readFigureTable(page, 'Most affected workforce groups (all 155)')).rows).toHaveLength(
        155,
      );
      await expectNoAxeViolations(page);
      await page.close();
    },
    LONG,
  );
});
