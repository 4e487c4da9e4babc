// For command-line tools that print their own summary: only errors from Powertools' Logger
// (rejections are in the summary), then the runtime's usual quiet settings.
process.env.POWERTOOLS_LOG_LEVEL ??= 'ERROR';
export {};
