// The extraction contract scored on the five seed articles by ../shared/eval/score.mjs
// (read from ../shared, never copied here): F1 ≥ 0.95 and every total inside its gold range.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const scorer = join(root, '..', 'shared', 'eval', 'score.mjs');

describe('seed articles (../shared/eval)', () => {
  it('scores F1 ≥ 0.95 with every total in range', () => {
    expect(existsSync(scorer), `${scorer} must sit beside the project`).toBe(true);
    const out = execFileSync('node', [scorer, '--verbose'], { cwd: root, encoding: 'utf8', env: { ...process.env, EXTRACT_CMD: `node --import tsx ${join(root, 'cli', 'extract.ts')}` } });
    const m = /F1 ([\d.]+) totals ([\d.]+)/.exec(out);
    expect(m, out).not.toBeNull();
    expect(Number(m![1]), out).toBeGreaterThanOrEqual(0.95);
    expect(Number(m![2]), out).toBe(1);
  }, 120_000);
});
