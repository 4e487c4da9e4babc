// A real synth: every function bundled by local esbuild (no Docker) into its asset, the
// report asset carrying the linux-arm64 canvas binary and the fonts, and the ingest and
// api bundles loadable by Node as they are.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FunctionName } from './bundling.js';
import { REPO_ROOT } from './function.js';
import { buildStack, logicalId, resourcesOf, type Built } from './testing.js';

// Under the repository (dist/ is git-ignored) so externals resolve from node_modules when
// the bundles are imported below, as they resolve from the runtime on Lambda.
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
    built = buildStack({ bundle: true, outdir: OUTDIR });
    built.app.synth();
  }, 300_000);
  afterAll(() => rmSync(OUTDIR, { recursive: true, force: true }));

  it.each(['ingest', 'api', 'report'] as const)('puts a minified ES module bundle of reasonable size in the %s asset', (name) => {
    const file = join(assetDir(name), 'index.mjs');
    expect(existsSync(file), file).toBe(true);
    const size = statSync(file).size;
    expect(size).toBeGreaterThan(20 * 1024); // a real handler with its shared code, not an empty stub
    expect(size).toBeLessThan(3 * 1024 * 1024);
    const text = readFileSync(file, 'utf8');
    // Minified: lines average thousands of characters (newlines survive only inside strings).
    expect(text.length / text.split('\n').length).toBeGreaterThan(2000);
    expect(text.startsWith("import { createRequire as __syCreateRequire } from 'node:module'")).toBe(true);
    // The SDK is inlined (INLINE_AWS_SDK): its DynamoDB service id is in the bundle and
    // nothing is imported from the runtime's copy.
    expect(text).toContain('DynamoDB_20120810');
    expect(text).not.toMatch(/from"@aws-sdk\//);
  });

  it.each(['ingest', 'api'] as const)('loads the %s bundle in Node and finds its handler', (name) => {
    const url = pathToFileURL(join(assetDir(name), 'index.mjs')).href;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', `const m = await import(${JSON.stringify(url)}); if (typeof m.handler !== 'function') { console.error('no handler export'); process.exit(3); }`], {
      cwd: REPO_ROOT,
      env: { ...process.env, NODE_OPTIONS: '', AWS_REGION: 'eu-west-1' },
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
  });

  it('loads the report bundle in Node (with this machine\'s canvas binary) and finds its handler', () => {
    // The asset's own node_modules hold only the arm64 binary, which cannot load here; a
    // copy of the bundle outside the asset resolves the repository's canvas instead, which
    // proves the ES module bundle and its import of the external canvas package work.
    const dir = join(OUTDIR, 'report-on-this-machine');
    mkdirSync(dir, { recursive: true });
    copyFileSync(join(assetDir('report'), 'index.mjs'), join(dir, 'index.mjs'));
    const url = pathToFileURL(join(dir, 'index.mjs')).href;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', `const m = await import(${JSON.stringify(url)}); if (typeof m.handler !== 'function') { console.error('no handler export'); process.exit(3); }`], {
      cwd: REPO_ROOT,
      env: { ...process.env, NODE_OPTIONS: '', AWS_REGION: 'eu-west-1' },
      encoding: 'utf8',
    });
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
    expect(text(join(dir, 'index.mjs'))).toMatch(/from"@napi-rs\/canvas"/);
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
