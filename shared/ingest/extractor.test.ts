import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configuredExtractor } from './extractor.js';

// A village that is not in the built-in gazetteer, in a places file we write ourselves.
const CSV = 'pcode,level,name_en,name_ar,admin1_pcode,admin2_pcode,admin3_pcode\nC9999,4,Test Village,عين الاختبار,SY05,SY0501,SY050100\n';

describe('configuredExtractor', () => {
  it('places a figure in a village named only in the configured places file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gaz-'));
    writeFileSync(join(dir, 'places.csv'), CSV);
    const body = 'قتل 3 مدنيين في قصف على قرية عين الاختبار.';
    expect(configuredExtractor({ BEST_POLICY: 'monitor_then_lowest' })({ body }).mentions[0].governorates).toEqual([]);
    const withCsv = configuredExtractor({ BEST_POLICY: 'monitor_then_lowest', GAZETTEER_CSV: join(dir, 'places.csv') })({ body });
    expect(withCsv.mentions[0].governorates).toEqual(['SY05']);
  });

  it('applies the configured best policy', () => {
    const body = 'قال الدفاع المدني إن 12 مدنيا قتلوا في القصف على إدلب. وقال المرصد السوري إن 9 مدنيين قتلوا في القصف على إدلب.';
    expect(configuredExtractor({ BEST_POLICY: 'highest' })({ body }).totals.killed?.best).toBe(12);
    expect(configuredExtractor({ BEST_POLICY: 'lowest' })({ body }).totals.killed?.best).toBe(9);
  });
});
