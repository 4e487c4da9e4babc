// Report links built on first use. Only the /reports routes need them, and building them
// loads the S3 client and the presigner, about a fifth of the api function's cold start
// (npm run bench:bundle); requests for figures never pay for it.
import type { ReportLinks } from './reports.js';

export function lazyReportLinks(build: () => Promise<ReportLinks>): ReportLinks {
  let links: Promise<ReportLinks> | null = null;
  const get = (): Promise<ReportLinks> => {
    links ??= build().catch((error: unknown) => {
      links = null; // the next /reports request tries again
      throw error;
    });
    return links;
  };
  return {
    list: async (q) => (await get()).list(q),
    latest: async (q) => (await get()).latest(q),
  };
}
