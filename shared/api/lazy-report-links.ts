// Report links built on first use. Only the /reports routes need them, and building them
// loads the S3 client and the presigner, about a fifth of the api function's cold start
// (npm run bench:bundle); requests for figures never pay for it.
import { loadOnce } from '../load-once.js';
import type { ReportLinks } from './reports.js';

export function lazyReportLinks(build: () => Promise<ReportLinks>): ReportLinks {
  const get = loadOnce(build); // a failed build is retried by the next /reports request
  return {
    list: async (q) => (await get()).list(q),
    latest: async (q) => (await get()).latest(q),
  };
}
