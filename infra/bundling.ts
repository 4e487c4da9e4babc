// How each Lambda entry point is bundled: one description, used both by the CDK
// NodejsFunction (infra/function.ts) and by the bundle bench (bench/bundle.ts), so the
// sizes the bench prints are the sizes that get deployed.
import type { BuildOptions } from 'esbuild';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { OutputFormat, type BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';

export type FunctionName = 'ingest' | 'api' | 'report';

export const RUNTIME = Runtime.NODEJS_22_X;
/** The canvas package ships a linux-arm64-gnu binary; Graviton is also cheaper per GB-second. */
export const ARCHITECTURE = Architecture.ARM_64;
export const ESBUILD_TARGET = 'node22';

/**
 * The AWS SDK is bundled (minified) rather than taken from the Lambda runtime. Measured
 * with `npm run bench:bundle`: importing the runtime-style SDK from node_modules costs
 * about twice the CPU of the same SDK inlined in one minified file (api: 195 ms vs 88 ms
 * import CPU; ingest: 257 ms vs 111 ms), which is the cold start; it also pins the SDK
 * version the tests ran against instead of whatever the runtime ships. The price is size
 * (about +480 KB per bundle). Set to false to use the runtime's SDK (CDK's default).
 */
export const INLINE_AWS_SDK = true;
export const RUNTIME_SDK_MODULES = ['@aws-sdk/*'];
export const EXTERNAL_MODULES: string[] = INLINE_AWS_SDK ? [] : RUNTIME_SDK_MODULES;

/**
 * Packages installed beside the bundle instead of inlined: the canvas package loads a
 * native `.node` binary by platform name, which esbuild cannot inline.
 */
export const REPORT_NODE_MODULES = ['@napi-rs/canvas'];

/**
 * Lambda has no system fonts: the report font files are copied into the asset, and the
 * function finds them through REPORT_FONT_DIR (reports/fonts.ts).
 */
export const REPORT_FONT_PACKAGE = '@expo-google-fonts/ibm-plex-sans-arabic';
export const REPORT_FONT_ASSET_DIR = 'fonts';
export const LAMBDA_TASK_ROOT = '/var/task';

/**
 * npm picks optional platform packages for the machine it runs on; these make it install
 * `@napi-rs/canvas-linux-arm64-gnu` for Lambda whatever machine synthesises the stack.
 */
export const TARGET_PLATFORM_ENV: Record<string, string> = {
  npm_config_os: 'linux',
  npm_config_cpu: 'arm64',
  npm_config_libc: 'glibc',
};

/**
 * esbuild turns `require()` calls left in CommonJS dependencies into a throwing stub in
 * an ES module bundle; a real `require` bound to the bundle's URL keeps them working.
 */
export const ESM_REQUIRE_BANNER =
  "import { createRequire as __syCreateRequire } from 'node:module'; const require = __syCreateRequire(import.meta.url);";

export interface FunctionBundle {
  name: FunctionName;
  /** Entry file, relative to the repository root. */
  entry: string;
  /** Packages installed into the asset's node_modules rather than bundled. */
  nodeModules: string[];
}

export const FUNCTION_BUNDLES: Record<FunctionName, FunctionBundle> = {
  ingest: { name: 'ingest', entry: 'functions/ingest.ts', nodeModules: [] },
  api: { name: 'api', entry: 'functions/api.ts', nodeModules: [] },
  report: { name: 'report', entry: 'functions/report.ts', nodeModules: REPORT_NODE_MODULES },
};

/** The NodejsFunction `bundling` block: local esbuild only, never Docker. */
export function cdkBundling(
  bundle: FunctionBundle,
  extra: { afterBundling?: (outputDir: string) => string[] } = {},
): BundlingOptions {
  const after = extra.afterBundling;
  return {
    forceDockerBundling: false,
    minify: true,
    sourceMap: false,
    target: ESBUILD_TARGET,
    format: OutputFormat.ESM,
    mainFields: ['module', 'main'],
    banner: ESM_REQUIRE_BANNER,
    externalModules: EXTERNAL_MODULES,
    ...(bundle.nodeModules.length > 0 ? { nodeModules: bundle.nodeModules, environment: TARGET_PLATFORM_ENV } : {}),
    ...(after
      ? {
          commandHooks: {
            beforeBundling: () => [],
            beforeInstall: () => [],
            afterBundling: (_inputDir: string, outputDir: string) => after(outputDir),
          },
        }
      : {}),
  };
}

/**
 * The same build as esbuild API options, for the bench (bundle only, no npm install).
 * `inlineSdk` overrides INLINE_AWS_SDK so the bench can show the other choice too.
 */
export function esbuildOptions(bundle: FunctionBundle, outfile: string, inlineSdk = INLINE_AWS_SDK): BuildOptions {
  return {
    entryPoints: [bundle.entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: ESBUILD_TARGET,
    minify: true,
    sourcemap: false,
    mainFields: ['module', 'main'],
    banner: { js: ESM_REQUIRE_BANNER },
    external: [...(inlineSdk ? [] : RUNTIME_SDK_MODULES), ...bundle.nodeModules],
    metafile: true,
    logLevel: 'warning',
  };
}
