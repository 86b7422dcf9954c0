// Builds the Clippings page for one collection with trunk, as README.md says a user would, and
// measures it: wall time of the build, and the sizes of what it ships.
import { spawn, execFileSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * A copy of the last commit's source under target/bench/source, for `--from-head`: the working tree
 * may be in the middle of someone's edit. Its cargo target dir stays the shared bench one.
 */
export function exportHead(repoRoot, benchDir) {
  const out = join(benchDir, 'source');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  execFileSync('bash', ['-c', `git -C "${repoRoot}" archive HEAD | tar -x -C "${out}"`]);
  return out;
}

function runLogged(command, { cwd, env, logFile }) {
  return new Promise((resolve) => {
    const log = createWriteStream(logFile);
    const child = spawn('bash', ['-c', command], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    child.on('close', (code) => log.end(() => resolve(code)));
  });
}

/** Raw and gzip -9 sizes of the files trunk wrote, by kind. */
export function distSizes(distDir) {
  const files = readdirSync(distDir).filter((name) => statSync(join(distDir, name)).isFile());
  const sizeOf = (name) => {
    const body = readFileSync(join(distDir, name));
    return { name, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
  };
  const all = files.map(sizeOf);
  const wasm = all.find((f) => f.name.endsWith('.wasm'));
  return { wasm, files: all };
}

/**
 * `trunk build --release --offline` of `corpusDir` into `distDir`. The cargo target dir is the
 * benchmark's own, so a build here never waits on another engineer's cargo lock.
 * Returns { ok, wallMs, logFile, sizes } (sizes only when it built).
 */
export async function buildClippings({ repoRoot, sourceDir, sourceLabel, corpusDir, distDir, cargoTargetDir, logFile }) {
  const env = { ...process.env, CLIPPINGS_SEEDS: corpusDir, CARGO_TARGET_DIR: cargoTargetDir };
  // env.sh of the real repo: it puts trunk, wasm-bindgen and wasm-opt (npm binaryen) on PATH.
  const command = `source "${repoRoot}/scripts/env.sh" && trunk build --release --offline --dist "${distDir}"`;
  const started = performance.now();
  const code = await runLogged(command, { cwd: sourceDir, env, logFile });
  const wallMs = performance.now() - started;
  const ok = code === 0 && existsSync(join(distDir, 'index.html'));
  const result = { ok, wallMs, source: sourceLabel, logFile, sizes: ok ? distSizes(distDir) : null };
  if (ok) writeFileSync(join(distDir, '..', `${distName(distDir)}.build.json`), JSON.stringify({ wallMs, source: sourceLabel, builtAt: new Date().toISOString() }));
  return result;
}

const distName = (distDir) => distDir.split('/').filter(Boolean).at(-1);

/** For `--skip-build`: the existing dist and the wall time recorded when it was built. */
export function reuseBuild(distDir) {
  if (!existsSync(join(distDir, 'index.html'))) return { ok: false, reused: true, wallMs: null, sizes: null };
  const record = join(distDir, '..', `${distName(distDir)}.build.json`);
  const { wallMs = null, source = 'unknown' } = existsSync(record) ? JSON.parse(readFileSync(record, 'utf8')) : {};
  return { ok: true, reused: true, wallMs, source, sizes: distSizes(distDir) };
}
