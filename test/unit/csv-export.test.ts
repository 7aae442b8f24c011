import { describe, expect, it } from 'vitest';
import { neutraliseFormula, slugify, toCsv } from '../../src/charts/csv-export';

describe('neutraliseFormula', () => {
  it.each(['=SUM(A1)', '+1', '-2+3', '@cmd', '\tx', '\rx'])(
    'prefixes %j so a spreadsheet shows it as text',
    (cell) => {
      expect(neutraliseFormula(cell)).toBe(`'${cell}`);
    },
  );

  it('leaves ordinary text alone', () => {
    expect(neutraliseFormula('Medic, Cardiology')).toBe('Medic, Cardiology');
  });
});

describe('toCsv', () => {
  it('quotes cells with commas, quotes and newlines and ends rows with CRLF', () => {
    expect(
      toCsv(
        ['Group', 'Count'],
        [
          ['Medic, Cardiology', 19],
          ['Say "hi"\nthere', 2],
        ],
      ),
    ).toBe('Group,Count\r\n"Medic, Cardiology",19\r\n"Say ""hi""\nthere",2\r\n');
  });

  it('keeps negative numbers as numbers but neutralises text that looks like a formula', () => {
    expect(toCsv(['a', 'b'], [[-5, '=HYPERLINK("x")']])).toBe('a,b\r\n-5,"\'=HYPERLINK(""x"")"\r\n');
  });

  it('writes empty cells for missing values', () => {
    expect(toCsv(['a', 'b'], [[null, undefined]])).toBe('a,b\r\n,\r\n');
  });
});

describe('slugify', () => {
  it('makes a file name from a title', () => {
    expect(slugify('Digital workforce by scenario, 2020 to 2030')).toBe(
      'digital-workforce-by-scenario-2020-to-2030',
    );
  });
});
