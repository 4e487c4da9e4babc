import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'functions/**/*.test.ts', 'reports/**/*.test.ts', 'infra/**/*.test.ts', 'local/**/*.test.ts', 'cli/**/*.test.ts', 'test/**/*.test.ts'],
    // DynamoDB Local and the S3 server start once per run (about 5 s) and are shared.
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: the CDK synth and the servers share them with the tests.
    maxWorkers: 2,
  },
});
