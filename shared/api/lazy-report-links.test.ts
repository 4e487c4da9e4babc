import { describe, expect, it } from 'vitest';
import { lazyReportLinks } from './lazy-report-links.js';
import type { ReportLinks } from './reports.js';

const links: ReportLinks = { list: async () => [], latest: async () => null };

describe('lazyReportLinks', () => {
  it('builds the links on the first call, once, however many calls race', async () => {
    let builds = 0;
    const lazy = lazyReportLinks(async () => (builds++, links));
    expect(builds).toBe(0);
    await Promise.all([lazy.list({ limit: 5 }), lazy.latest({}), lazy.list({ limit: 1 })]);
    await lazy.latest({ period: 'week' });
    expect(builds).toBe(1);
  });

  it('passes a failed build to the caller and tries again on the next call', async () => {
    let builds = 0;
    const lazy = lazyReportLinks(async () => {
      if (++builds === 1) throw new Error('cannot load the S3 client');
      return links;
    });
    await expect(lazy.list({ limit: 5 })).rejects.toThrow('cannot load the S3 client');
    await expect(lazy.latest({})).resolves.toBeNull();
    expect(builds).toBe(2);
  });
});
