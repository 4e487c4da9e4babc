// npm run bench:bundle — bundles each Lambda entry with exactly the esbuild options the
// CDK stack uses (infra/bundling.ts) and prints, per function, the minified bundle size,
// its biggest inputs, and the cold import time: `node -e "require(bundle)"` spawned
// N times (median) beside an empty `node -e ''` start. The runs are interleaved (empty,
// externals, bundle, empty, …) so machine load hits all three alike, and each child also
// reports the CPU time of the import itself, which load barely moves.
//
// A third column imports only what the bundle leaves external (canvas for the report; the
// AWS SDK too when it is taken from the runtime), the part of the cold start that is theirs.
// Each function is measured both ways — SDK inlined and SDK from the runtime — and only
// the way infra/bundling.ts deploys it (its `sdk`) counts against the floors. What loads
// later (the ingest HTML reader, the api's S3 client) is timed on its own first use.
//
// Floors (issue 6): ingest ≤ 400 KB, api ≤ 300 KB (report: native canvas binary excluded),
// cold import ≤ 120 ms over the empty start. Exit code 1 when a floor is missed.
import { build, type Metafile } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  BUNDLE_FILE, FUNCTION_BUNDLES, RUNTIME_SDK_MODULES, esbuildOptions, lazyModuleOptions,
  type FunctionBundle, type FunctionName, type LazyModule,
} from '../infra/bundling.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const SIZE_FLOOR_KB: Partial<Record<FunctionName, number>> = { ingest: 400, api: 300 };
const IMPORT_FLOOR_MS = 120;
// Inside the repository so the external @aws-sdk/* and @napi-rs/canvas resolve from
// node_modules, as they resolve from the runtime and the asset on Lambda (dist/ is git-ignored).
const OUT = join(process.cwd(), 'dist', 'bench-bundle');

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * A child that loads `file` as Lambda loads a CommonJS handler (require) and prints the CPU
 * ms the load took; wall ms measured outside.
 */
function run(file: string | null): { wall: number; cpu: number } {
  const code = file
    ? `const c0 = process.cpuUsage(); require(${JSON.stringify(file)}); const c = process.cpuUsage(c0); console.log((c.user + c.system) / 1000);`
    : '';
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['-e', code], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`loading ${file} failed: ${r.stderr.toString().slice(0, 800)}`);
  return { wall, cpu: file ? Number(r.stdout.toString().trim()) : 0 };
}

/** In a process that has loaded `bundle`, how long the first import of `specifiers` takes. */
function firstLoad(bundle: string, specifiers: string[]): { wall: number; cpu: number } {
  // Resolved from the bundle's folder, as the bundle's own import() would resolve them.
  const code = `const bundle = require(${JSON.stringify(bundle)}); const req = require('node:module').createRequire(${JSON.stringify(bundle)});
    const t0 = performance.now(), c0 = process.cpuUsage();
    Promise.all(${JSON.stringify(specifiers)}.map((s) => s.startsWith('file:') ? import(s) : req(s))).then(() => { const c = process.cpuUsage(c0); console.log(performance.now() - t0, (c.user + c.system) / 1000); });`;
  const r = spawnSync(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_OPTIONS: '' } });
  if (r.status !== 0) throw new Error(`loading ${specifiers.join(', ')} failed: ${r.stderr.toString().slice(0, 800)}`);
  const [wall, cpu] = r.stdout.toString().trim().split(' ').map(Number);
  return { wall, cpu };
}

/** firstLoad over RUNS processes: "+wall ms (CPU cpu ms)", medians. */
function firstLoadMedians(bundle: string, specifiers: string[]): string {
  const runs = Array.from({ length: RUNS }, () => firstLoad(bundle, specifiers));
  return `+${median(runs.map((r) => r.wall)).toFixed(0)} ms (CPU ${median(runs.map((r) => r.cpu)).toFixed(0)} ms)`;
}

/** The packages (or project folders) that contribute most bytes to the output. */
function topInputs(meta: Metafile, n = 5): string {
  const out = Object.values(meta.outputs)[0];
  const by = new Map<string, number>();
  for (const [file, { bytesInOutput }] of Object.entries(out.inputs)) {
    const m = file.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
    const key = m ? m[1] : file.split('/').slice(0, 2).join('/');
    by.set(key, (by.get(key) ?? 0) + bytesInOutput);
  }
  return [...by.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${k} ${(v / 1024).toFixed(0)}K`).join(', ');
}

/**
 * The packages the bundle imports at run time because we made them external (the SDK,
 * canvas). Optional requires esbuild leaves unresolved inside try/catch (linkedom's
 * `canvas`) are not among them: they fail softly at run time by design.
 */
function externalPackages(meta: Metafile, bundle: FunctionBundle): string[] {
  const out = Object.values(meta.outputs)[0];
  const ours = (path: string) =>
    RUNTIME_SDK_MODULES.some((m) => (m.endsWith('/*') ? path.startsWith(m.slice(0, -1)) : path === m)) || bundle.nodeModules.includes(path);
  return [...new Set((out.imports ?? []).filter((i) => i.external && ours(i.path)).map((i) => i.path))].sort();
}

async function measure(bundle: FunctionBundle, suffix: string, inlineSdk: boolean, label: string): Promise<boolean> {
  // Laid out as the asset is: index.js and its lazy modules side by side (OUT's package.json
  // makes them CommonJS, as they are on Lambda, where the asset has no package.json).
  const dir = join(OUT, bundle.name + suffix);
  const outfile = join(dir, BUNDLE_FILE);
  const result = await build(esbuildOptions(bundle, outfile, inlineSdk));
  const kb = statSync(outfile).size / 1024;
  const lazy: { module: LazyModule; file: string; kb: number }[] = [];
  for (const module of bundle.lazyModules) {
    const file = join(dir, module.importPath);
    await build(lazyModuleOptions(bundle, module, file, inlineSdk));
    lazy.push({ module, file, kb: statSync(file).size / 1024 });
  }
  const externals = externalPackages(result.metafile!, bundle);
  // A module importing only what the bundle leaves external (the SDK; canvas for report).
  const externalsFile = join(dir, 'externals.js');
  const atStart = externals.filter((p) => !bundle.loadedOnDemand.includes(p));
  writeFileSync(externalsFile, atStart.map((p) => `require(${JSON.stringify(p)});`).join('\n') + '\n');

  const empty: number[] = [], ext: number[] = [], full: number[] = [], extCpu: number[] = [], fullCpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    empty.push(run(null).wall);
    const e = run(externalsFile);
    ext.push(e.wall);
    extCpu.push(e.cpu);
    const f = run(outfile);
    full.push(f.wall);
    fullCpu.push(f.cpu);
  }
  const over = median(full) - median(empty);
  const sizeFloor = SIZE_FLOOR_KB[bundle.name];
  const sizeOk = sizeFloor === undefined || kb <= sizeFloor;
  const importOk = over <= IMPORT_FLOOR_MS;
  const ms = (x: number) => `${x.toFixed(0)}`;
  console.log(
    [
      (bundle.name + suffix).padEnd(9),
      kb.toFixed(1).padStart(8),
      (sizeFloor ? `${sizeOk ? 'ok' : 'MISS'}≤${sizeFloor}` : 'n/a').padStart(8),
      '|',
      ms(median(empty)).padStart(5),
      ms(median(ext)).padStart(10),
      ms(median(full)).padStart(8),
      '|',
      ms(over).padStart(12),
      `${importOk ? 'ok' : 'MISS'}≤${IMPORT_FLOOR_MS}`.padStart(8),
      '|',
      ms(median(extCpu)).padStart(21),
      ms(median(fullCpu)).padStart(7),
      '|',
      topInputs(result.metafile!),
    ].join(' '),
  );
  console.log(`${''.padEnd(9)} ${label}; external at run time: ${externals.join(', ') || '(none)'}`);
  // What loads later is paid once per process, by the first request that needs it.
  const onDemand = bundle.loadedOnDemand.filter((p) => externals.includes(p));
  if (onDemand.length > 0) {
    console.log(`${''.padEnd(9)} + ${onDemand.join(', ')} loaded on first use, not at start: ${firstLoadMedians(outfile, onDemand)} then`);
  }
  for (const l of lazy) {
    console.log(
      `${''.padEnd(9)} + ${l.module.importPath} ${l.kb.toFixed(1)} KB beside it, imported on first use (${l.module.entry}): ` +
        `${firstLoadMedians(outfile, [pathToFileURL(l.file).href])} then; asset JavaScript in all ${(kb + l.kb).toFixed(1)} KB`,
    );
  }
  return !sizeOk || !importOk;
}

async function main(): Promise<void> {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'package.json'), '{ "type": "commonjs" }\n');
  console.log(`node ${process.version} ${process.arch}; ${RUNS} interleaved runs per function; load average at start ${loadavg()[0].toFixed(1)}\n`);
  console.log('function   size KB   floor | empty  externals   bundle | bundle-empty  floor | import CPU: externals  bundle | biggest inputs');
  let failed = false;
  // First pass: what is deployed. Second pass: the other SDK choice, for comparison only.
  const sdkLabel = (inlined: boolean) => (inlined ? 'AWS SDK inlined in the bundle' : 'AWS SDK from the Lambda runtime (loaded from node_modules here)');
  for (const deployed of [true, false]) {
    console.log(deployed ? '\ndeployed (infra/bundling.ts):' : '\nfor comparison, not deployed: the other SDK choice');
    for (const bundle of Object.values(FUNCTION_BUNDLES)) {
      if (!existsSync(bundle.entry)) {
        console.log(`${bundle.name.padEnd(9)} — ${bundle.entry} does not exist yet; skipped`);
        continue;
      }
      const inlineSdk = (bundle.sdk === 'inlined') === deployed;
      const missed = await measure(bundle, deployed ? '' : inlineSdk ? '+sdk' : '-sdk', inlineSdk, sdkLabel(inlineSdk));
      if (deployed) failed ||= missed;
    }
  }
  console.log('\nms columns are medians; "import CPU" is user+system CPU inside the child for the import alone.');
  if (failed) {
    console.log('FLOOR MISSED: the biggest inputs column names the imports responsible.');
    process.exitCode = 1;
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
