// Imported first by the local runtime, the CLI and the benches: Powertools reads these when
// its Logger and Metrics are built. EMF metric blobs mean nothing without CloudWatch.
process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';
process.env.POWERTOOLS_LOG_LEVEL ??= 'WARN';
