// One Logger per process (Powertools): structured JSON lines with the Lambda context added
// by the handler. Level from POWERTOOLS_LOG_LEVEL; the local runtime sets WARN.
import { Logger } from '@aws-lambda-powertools/logger';

export const logger = new Logger({ serviceName: 'casualty-statistics' });
