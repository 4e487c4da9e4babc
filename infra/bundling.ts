// How each Lambda entry point is bundled: one description, used both by the CDK
// NodejsFunction (infra/function.ts) and by the bundle bench (bench/bundle.ts), so the
// sizes the bench prints are the sizes that get deployed.
import type { BuildOptions } from 'esbuild';
import { join } from 'node:path';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { OutputFormat, type BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';

export type FunctionName = 'ingest' | 'api' | 'report';

export const RUNTIME = Runtime.NODEJS_22_X;
/** The canvas package ships a linux-arm64-gnu binary; Graviton is also cheaper per GB-second. */
export const ARCHITECTURE = Architecture.ARM_64;
export const ESBUILD_TARGET = 'node22';

/**
 * Where a function's AWS SDK comes from, chosen per function from `npm run bench:bundle`
 * (docs/deploy.md, Bundling):
 * - 'runtime' (CDK's default for Node 22): the bundle holds only our code and its
 *   libraries; Node requires the runtime's SDK at start. Inlined and minified, the
 *   DynamoDB client alone is ~330 KB, above the api function's whole 300 KB budget, so
 *   ingest and api must take the runtime's.
 * - 'inlined': minified into the bundle, which then pins the SDK version the tests ran
 *   against and starts faster (one minified file instead of the runtime's CommonJS
 *   packages: report 98 vs 121 ms over an empty start); only the report function, which
 *   has no size floor, can afford the ~500 KB.
 */
export type SdkSource = 'runtime' | 'inlined';
export const RUNTIME_SDK_MODULES = ['@aws-sdk/*'];

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
 * CommonJS, not ES modules: Node loads the runtime's SDK (itself CommonJS) through
 * `require()` in about half the CPU time an ES `import` of it takes (cjs-module-lexer scans
 * every file for named exports): ingest 132 vs 245 ms, api 126 vs 229 ms import CPU.
 */
export const BUNDLE_FORMAT = 'cjs' as const;
/** `import.meta.url` (reports/fonts.ts resolves the font package with it) made to work in CommonJS. */
export const IMPORT_META_URL_BANNER = "const __syImportMetaUrl = require('node:url').pathToFileURL(__filename).href;";
export const IMPORT_META_URL_DEFINE = { 'import.meta.url': '__syImportMetaUrl' };
/** The bundle's file name in the asset; NodejsFunction names a CommonJS bundle index.js. */
export const BUNDLE_FILE = 'index.js';

/**
 * A module the function imports on demand (`import('./html-article.js')`) that is bundled
 * into its own file beside index.js instead of into it, so the cold start does not load it.
 */
export interface LazyModule {
  /** Source file, relative to the repository root. */
  entry: string;
  /** The specifier the code imports it by; also the bundled file's name in the asset. */
  importPath: `./${string}.js`;
}

export interface FunctionBundle {
  name: FunctionName;
  /** Entry file, relative to the repository root. */
  entry: string;
  /** Packages installed into the asset's node_modules rather than bundled. */
  nodeModules: string[];
  lazyModules: LazyModule[];
  sdk: SdkSource;
  /**
   * External packages the code loads on first use rather than at start (the api's S3
   * client, for the /reports routes only): the bench times them, the synth test checks
   * loading the bundle does not load them.
   */
  loadedOnDemand: string[];
}

/**
 * The HTML reader (Readability + linkedom + htmlparser2, ~210 KB minified): only HTML
 * uploads need it (shared/objects/read-upload.ts loads it on the first one).
 */
export const HTML_READER: LazyModule = { entry: 'shared/objects/html-article.ts', importPath: './html-article.js' };

export const FUNCTION_BUNDLES: Record<FunctionName, FunctionBundle> = {
  ingest: { name: 'ingest', entry: 'functions/ingest.ts', nodeModules: [], lazyModules: [HTML_READER], sdk: 'runtime', loadedOnDemand: [] },
  api: {
    name: 'api', entry: 'functions/api.ts', nodeModules: [], lazyModules: [], sdk: 'runtime',
    loadedOnDemand: ['@aws-sdk/client-s3', '@aws-sdk/s3-request-presigner'],
  },
  report: { name: 'report', entry: 'functions/report.ts', nodeModules: REPORT_NODE_MODULES, lazyModules: [], sdk: 'inlined', loadedOnDemand: [] },
};

/** The NodejsFunction `bundling` block: local esbuild only, never Docker. */
export function cdkBundling(
  bundle: FunctionBundle,
  extra: { afterBundling?: (outputDir: string) => string[] } = {},
): BundlingOptions {
  // Lazy modules are built by the same esbuild, with the same options, after the bundle.
  const lazy = (inputDir: string, outputDir: string): string[] =>
    bundle.lazyModules.map((m) => esbuildCommand(inputDir, lazyModuleOptions(bundle, m, join(outputDir, m.importPath))));
  const after = extra.afterBundling;
  const hooks = bundle.lazyModules.length > 0 || after;
  return {
    forceDockerBundling: false,
    minify: true,
    sourceMap: false,
    target: ESBUILD_TARGET,
    format: OutputFormat.CJS,
    mainFields: ['module', 'main'],
    banner: IMPORT_META_URL_BANNER,
    define: IMPORT_META_URL_DEFINE,
    // NodejsFunction makes `nodeModules` external itself.
    externalModules: loadedAtRunTime(bundle, inlinesSdk(bundle)),
    ...(bundle.nodeModules.length > 0 ? { nodeModules: bundle.nodeModules, environment: TARGET_PLATFORM_ENV } : {}),
    ...(hooks
      ? {
          commandHooks: {
            beforeBundling: () => [],
            beforeInstall: () => [],
            afterBundling: (inputDir: string, outputDir: string) => [...lazy(inputDir, outputDir), ...(after ? after(outputDir) : [])],
          },
        }
      : {}),
  };
}

function inlinesSdk(bundle: FunctionBundle): boolean {
  return bundle.sdk === 'inlined';
}

/** What the bundle leaves for Node to load beside it: the runtime's SDK and the lazy modules. */
function loadedAtRunTime(bundle: FunctionBundle, inlineSdk: boolean): string[] {
  return [...(inlineSdk ? [] : RUNTIME_SDK_MODULES), ...bundle.lazyModules.map((m) => m.importPath)];
}

/**
 * The same build as esbuild API options, for the bench (bundle only, no npm install).
 * `inlineSdk` overrides the function's own SDK choice so the bench can show the other too.
 */
export function esbuildOptions(bundle: FunctionBundle, outfile: string, inlineSdk = inlinesSdk(bundle)): BuildOptions {
  return {
    entryPoints: [bundle.entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: BUNDLE_FORMAT,
    target: ESBUILD_TARGET,
    minify: true,
    sourcemap: false,
    mainFields: ['module', 'main'],
    banner: { js: IMPORT_META_URL_BANNER },
    define: IMPORT_META_URL_DEFINE,
    external: [...loadedAtRunTime(bundle, inlineSdk), ...bundle.nodeModules],
    metafile: true,
    logLevel: 'warning',
  };
}

/** One lazy module's build: the function's options with that module as the entry. */
export function lazyModuleOptions(bundle: FunctionBundle, module: LazyModule, outfile: string, inlineSdk = inlinesSdk(bundle)): BuildOptions {
  return { ...esbuildOptions(bundle, outfile, inlineSdk), entryPoints: [module.entry] };
}

/** The esbuild command line for `o` (the CDK hooks run shell commands, not the JS API). */
export function esbuildCommand(repoRoot: string, o: BuildOptions): string {
  const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  const entries = o.entryPoints as string[];
  const args = [
    ...entries.map((e) => join(repoRoot, e)),
    '--bundle',
    `--platform=${o.platform}`,
    `--format=${o.format}`,
    `--target=${o.target}`,
    ...(o.minify ? ['--minify'] : []),
    `--main-fields=${(o.mainFields ?? []).join(',')}`,
    ...(o.banner?.js ? [`--banner:js=${o.banner.js}`] : []),
    ...Object.entries(o.define ?? {}).map(([k, v]) => `--define:${k}=${v}`),
    ...(o.external ?? []).map((e) => `--external:${e}`),
    `--log-level=${o.logLevel ?? 'warning'}`,
    `--outfile=${o.outfile}`,
  ];
  return [join(repoRoot, 'node_modules', '.bin', 'esbuild'), ...args].map(q).join(' ');
}
