import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.js';

describe('CSV', () => {
  it('writes a header row, quotes what needs quoting, leaves nulls empty', () => {
    const out = toCsv(['scope', 'best', 'high', 'sources'], [
      { scope: 'SY02', best: 12, high: null, sources: 'SOHR; "SANA"' },
      { scope: 'SY02+SY07', best: 3, high: 5, sources: 'المرصد السوري, سانا' },
    ]);
    expect(out).toBe(
      '\uFEFFscope,best,high,sources\r\n' +
        'SY02,12,,"SOHR; ""SANA"""\r\n' +
        'SY02+SY07,3,5,"المرصد السوري, سانا"\r\n',
    );
  });

  it('defuses text that a spreadsheet would run as a formula', () => {
    expect(toCsv(['x'], [{ x: '=HYPERLINK("http://evil")' }])).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(toCsv(['x'], [{ x: -3 }])).toContain('\r\n-3\r\n');
  });
});
