// A real synth: every function bundled by local esbuild (no Docker) into its asset, the
// report asset carrying the linux-arm64 canvas binary and the fonts, the ingest asset its
// lazily loaded HTML reader, and the ingest and api bundles loadable by Node as they are.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_FILE, FUNCTION_BUNDLES, HTML_READER, type FunctionName } from './bundling.js';
import { REPO_ROOT } from './function.js';
import { buildStack, logicalId, resourcesOf, type Built } from './testing.js';

// Under the repository (dist/ is git-ignored) so externals resolve from node_modules when
// the bundles are loaded below, as they resolve from the runtime on Lambda. Its own
// package.json makes index.js CommonJS, as it is in an asset (the repository's says "module").
const OUTDIR = join(REPO_ROOT, 'dist', `cdk-synth-test-${process.pid}`);

describe('synth with bundling', { timeout: 300_000 }, () => {
  let built: Built;
  const assetDir = (name: FunctionName): string => {
    const fn = { ingest: built.stack.pipeline.ingest, api: built.stack.api.api, report: built.stack.reports.report }[name].fn;
    const key = resourcesOf(built.template)[logicalId(built, fn)].Properties!.Code.S3Key as string;
    return join(OUTDIR, `asset.${key.replace(/\.zip$/, '')}`);
  };

  beforeAll(() => {
    mkdirSync(OUTDIR, { recursive: true });
    writeFileSync(join(OUTDIR, 'package.json'), '{ "type": "commonjs" }\n');
    built = buildStack({ bundle: true, outdir: OUTDIR });
    built.app.synth();
  }, 300_000);
  afterAll(() => rmSync(OUTDIR, { recursive: true, force: true }));

  it.each(['ingest', 'api', 'report'] as const)('puts a minified CommonJS bundle of reasonable size in the %s asset', (name) => {
    const file = join(assetDir(name), BUNDLE_FILE);
    expect(existsSync(file), file).toBe(true);
    const size = statSync(file).size;
    expect(size).toBeGreaterThan(20 * 1024); // a real handler with its shared code, not an empty stub
    expect(size).toBeLessThan(3 * 1024 * 1024);
    const text = readFileSync(file, 'utf8');
    // Minified: lines average thousands of characters (newlines survive only inside strings).
    expect(text.length / text.split('\n').length).toBeGreaterThan(2000);
    expect(text).toContain('module.exports');
    expect(text).not.toMatch(/^import /m);
    // import.meta.url is defined for CommonJS by the banner, not left empty.
    expect(text.startsWith("const __syImportMetaUrl = require('node:url')")).toBe(true);
    if (FUNCTION_BUNDLES[name].sdk === 'runtime') {
      // Required from the Lambda runtime's copy, not inlined (its DynamoDB service id would be).
      expect(text).toMatch(/require\("@aws-sdk\/client-dynamodb"\)/);
      expect(text).not.toContain('DynamoDB_20120810');
    } else {
      // Inlined: no client or library is required at run time (the optional CRT signer,
      // required inside a try/catch by the S3 signer, is the only SDK require left).
      expect(text).toContain('DynamoDB_20120810');
      expect(text).not.toMatch(/require\("@aws-sdk\/(client|lib|util|s3)-/);
    }
  });

  it('loads the api bundle without loading the S3 client, which only the /reports routes need', () => {
    const file = join(assetDir('api'), BUNDLE_FILE);
    const onDemand = FUNCTION_BUNDLES.api.loadedOnDemand;
    expect(onDemand.length).toBeGreaterThan(0);
    const r = spawnSync(
      process.execPath,
      ['-e', `require(${JSON.stringify(file)}); console.log(JSON.stringify(Object.keys(require.cache)))`],
      { cwd: REPO_ROOT, env: { ...process.env, NODE_OPTIONS: '', AWS_REGION: 'eu-west-1' }, encoding: 'utf8' },
    );
    expect(r.status, r.stderr).toBe(0);
    const loaded = JSON.parse(r.stdout) as string[];
    expect(loaded.some((f) => f.includes('/@aws-sdk/client-dynamodb/'))).toBe(true); // the check can see SDK packages
    for (const pkg of onDemand) expect(loaded.filter((f) => f.includes(`/${pkg}/`))).toEqual([]);
  });

  it('ships the HTML reader beside the ingest bundle, which imports it only when a page arrives', () => {
    const dir = assetDir('ingest');
    const reader = join(dir, HTML_READER.importPath);
    expect(existsSync(reader), reader).toBe(true);
    const bundle = text(join(dir, BUNDLE_FILE));
    expect(bundle.includes(`import("${HTML_READER.importPath}")`)).toBe(true);
    // Readability's code (its _grabArticle method) is in the reader's file, not also in the bundle.
    expect(text(reader).includes('_grabArticle')).toBe(true);
    expect(bundle.includes('_grabArticle')).toBe(false);
    // The asset's copy reads a page by itself, loaded as the bundle loads it (dynamic import).
    const page = '<html><head><title>t</title></head><body><nav>القائمة</nav><article><p>قتل ثلاثة مدنيين في قصف على حي في حمص.</p></article></body></html>';
    const r = spawnSync(
      process.execPath,
      ['-e', `import(${JSON.stringify(pathToFileURL(reader).href)}).then((m) => console.log(m.extractHtmlArticle(${JSON.stringify(page)}).body))`],
      { cwd: REPO_ROOT, env: { ...process.env, NODE_OPTIONS: '' }, encoding: 'utf8' },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe('قتل ثلاثة مدنيين في قصف على حي في حمص.');
  });

  it.each(['ingest', 'api'] as const)('loads the %s bundle in Node and finds its handler', (name) => {
    const r = loadHandler(join(assetDir(name), BUNDLE_FILE));
    expect(r.status, r.stderr).toBe(0);
  });

  it('loads the report bundle in Node (with this machine\'s canvas binary) and finds its handler', () => {
    // The asset's own node_modules hold only the arm64 binary, which cannot load here; a
    // copy of the bundle outside the asset resolves the repository's canvas instead, which
    // proves the bundle and its require of the external canvas package work.
    const dir = join(OUTDIR, 'report-on-this-machine');
    mkdirSync(dir, { recursive: true });
    copyFileSync(join(assetDir('report'), BUNDLE_FILE), join(dir, BUNDLE_FILE));
    const r = loadHandler(join(dir, BUNDLE_FILE));
    expect(r.status, r.stderr).toBe(0);
  });

  it('ships the linux-arm64 canvas binary (and no other) beside the report bundle', () => {
    const dir = assetDir('report');
    const modules = join(dir, 'node_modules', '@napi-rs');
    expect(readdirSync(modules).sort()).toEqual(['canvas', 'canvas-linux-arm64-gnu']);
    const binary = join(modules, 'canvas-linux-arm64-gnu', 'skia.linux-arm64-gnu.node');
    const head = readFileSync(binary).subarray(0, 20);
    expect(head.subarray(0, 4).toString('latin1')).toBe('\x7fELF');
    expect(head.readUInt16LE(18)).toBe(0xb7); // e_machine = EM_AARCH64
    expect(text(join(dir, BUNDLE_FILE))).toMatch(/require\("@napi-rs\/canvas"\)/);
  });

  it('ships every font the report code registers, where REPORT_FONT_DIR points', async () => {
    const fonts = join(assetDir('report'), 'fonts');
    expect(readdirSync(fonts).filter((f) => f.endsWith('.ttf')).length).toBeGreaterThanOrEqual(3);
    const env = resourcesOf(built.template)[logicalId(built, built.stack.reports.report.fn)].Properties!.Environment.Variables;
    expect(env.REPORT_FONT_DIR).toBe('/var/task/fonts');
    // The report module's own font loader, pointed at the asset's copy, must find them all.
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', "const { registerFonts } = await import('./reports/fonts.ts'); registerFonts();"],
      { cwd: REPO_ROOT, env: { ...process.env, NODE_OPTIONS: '', REPORT_FONT_DIR: fonts }, encoding: 'utf8' },
    );
    expect(r.status, r.stderr).toBe(0);
  });
});

const text = (file: string) => readFileSync(file, 'utf8');

/** require() the bundle as the Lambda runtime does and check it exports a handler. */
function loadHandler(file: string) {
  return spawnSync(
    process.execPath,
    ['-e', `const m = require(${JSON.stringify(file)}); if (typeof m.handler !== 'function') { console.error('no handler export'); process.exit(3); }`],
    { cwd: REPO_ROOT, env: { ...process.env, NODE_OPTIONS: '', AWS_REGION: 'eu-west-1' }, encoding: 'utf8' },
  );
}
