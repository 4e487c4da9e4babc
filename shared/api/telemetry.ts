// The API's Telemetry port on Powertools: an unexpected failure becomes one structured log line
// with the request's context and one ApiErrors metric (EMF; disabled locally by the runtime's env).
import { logger } from '../powertools/logger.js';
import { metrics, MetricUnit } from '../powertools/metrics.js';
import type { Telemetry } from './app.js';

export const powertoolsTelemetry: Telemetry = {
  requestFailed(error, context) {
    logger.error('API request failed', { ...context, error: error as Error });
    const metric = metrics.singleMetric();
    metric.addDimension('route', context.route ?? 'unmatched');
    metric.addMetric('ApiErrors', MetricUnit.Count, 1);
  },
};
