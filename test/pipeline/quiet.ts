// Imported first by the harness: Powertools reads these when its Logger and Metrics are
// built, and the tests' stdout should not be a stream of EMF blobs and INFO lines.
process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';
process.env.POWERTOOLS_LOG_LEVEL ??= 'ERROR';
