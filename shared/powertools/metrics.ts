// One Metrics instance per process (Powertools, CloudWatch EMF). Locally the runtime sets
// POWERTOOLS_METRICS_DISABLED so EMF blobs do not flood the console.
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';

export const metrics = new Metrics({ namespace: 'CasualtyStatistics', serviceName: 'casualty-statistics' });
export { MetricUnit };
