/**
 * Whole-process measurements: wall time (spawn to exit), CPU time and peak RSS of a child
 * process, and the time from spawn to a child's first line of output (cold start).
 *
 * Peak RSS and CPU time come from `/usr/bin/time -f '%M %U %S'` when present, else from a preload
 * that writes `process.resourceUsage()` (maxRSS, user and system CPU) to a file when the child
 * exits. CPU time (user + system, every thread of the child) is what a step costs whatever else
 * runs on the machine: on a shared VM its wall time can be twice its CPU time.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface Run {
  wall_ms: number;
  peak_rss_mb: number | null;
  /** User + system CPU time of the child (all its threads, GC helpers included), ms. */
  cpu_ms: number | null;
  /**
   * Peak V8 heap used, MB, as the GC saw it (the largest "before" size of any `--trace-gc` line);
   * only with `measureNode(…, { heap: true })`, else null.
   */
  peak_heap_mb: number | null;
  code: number | null;
  stdout: string;
  stderr: string;
}

const GNU_TIME = '/usr/bin/time';
const scratch = mkdtempSync(path.join(os.tmpdir(), 'ig-bench-measure-'));
const rssHook = path.join(scratch, 'rss-hook.mjs');
writeFileSync(
  rssHook,
  "import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => { if (!process.env.IG_BENCH_RSS_FILE) return; const u = process.resourceUsage(); writeFileSync(process.env.IG_BENCH_RSS_FILE, `${u.maxRSS} ${u.userCPUTime / 1e6} ${u.systemCPUTime / 1e6}`); });\n",
);
let useGnuTime: boolean | null = null;

/** GNU time's output: peak RSS (KB), user and system CPU (s); the preload writes the same three. */
const TIME_FORMAT = '%M %U %S';

/**
 * Peak RSS (MB) and CPU time (ms) from the last line of a usage file ("<KB> <user s> <system s>";
 * GNU time writes "Command exited with non-zero status N" above it), or null.
 */
export function usageOf(text: string): { rss_mb: number; cpu_ms: number } | null {
  const last = text.trim().split('\n').pop() ?? '';
  const [kb, user, system] = last.trim().split(/\s+/).map(Number);
  if (!Number.isFinite(kb) || (kb as number) <= 0 || !Number.isFinite(user) || !Number.isFinite(system)) return null;
  return { rss_mb: (kb as number) / 1024, cpu_ms: ((user as number) + (system as number)) * 1000 };
}

function gnuTimeWorks(): Promise<boolean> {
  if (useGnuTime !== null) return Promise.resolve(useGnuTime);
  if (!existsSync(GNU_TIME)) return Promise.resolve((useGnuTime = false));
  return new Promise((resolve) => {
    const out = path.join(scratch, 'probe.txt');
    const c = spawn(GNU_TIME, ['-f', TIME_FORMAT, '-o', out, process.execPath, '-e', '0'], { stdio: 'ignore' });
    c.on('error', () => resolve((useGnuTime = false)));
    c.on('exit', (code) => resolve((useGnuTime = code === 0 && usageOf(readFileSync(out, 'utf8')) !== null)));
  });
}

export function cleanupMeasure(): void {
  rmSync(scratch, { recursive: true, force: true });
}

/** How peak RSS is measured on this machine (for the report). */
export async function rssMethod(): Promise<string> {
  return (await gnuTimeWorks()) ? "/usr/bin/time -f '%M %U %S'" : 'process.resourceUsage() in the child';
}

/** `--trace-gc` lines: `Scavenge 4.1 (5.2) -> 3.8 (6.2) MB` / `Mark-Compact 512.3 (530.1) -> …`. */
const GC_LINE = /(?:Scavenge|Mark-Compact|Mark-Sweep|Minor Mark-Sweep)[^\d]*?(\d+(?:\.\d+)?) \(\d+(?:\.\d+)?\) -> /g;

/** The largest heap size before any GC in `--trace-gc` output (MB), else null. */
export function peakHeapOfTrace(text: string): number | null {
  let peak: number | null = null;
  for (const m of text.matchAll(GC_LINE)) {
    const v = Number(m[1]);
    if (Number.isFinite(v) && (peak === null || v > peak)) peak = v;
  }
  return peak;
}

/**
 * Runs `node args...` (node = this process's executable) and measures it. `heap: true` runs the
 * child with `--trace-gc` (its stdout then carries the GC lines) and reports the peak heap.
 */
export async function measureNode(
  args: string[],
  opts: { cwd?: string; env?: NodeJS.ProcessEnv; heap?: boolean } = {},
): Promise<Run> {
  const rssFile = path.join(scratch, `rss-${process.hrtime.bigint()}.txt`);
  const gnu = await gnuTimeWorks();
  const cmd = gnu ? GNU_TIME : process.execPath;
  const nodeArgs = opts.heap ? ['--trace-gc', ...args] : args;
  const argv = gnu ? ['-f', TIME_FORMAT, '-o', rssFile, process.execPath, ...nodeArgs] : ['--import', rssHook, ...nodeArgs];
  const env = { ...process.env, ...opts.env, IG_BENCH_RSS_FILE: rssFile };
  const t0 = process.hrtime.bigint();
  const child = spawn(cmd, argv, { cwd: opts.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((resolve) => {
    child.on('error', () => resolve(null));
    child.on('close', (c) => resolve(c));
  });
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  let usage: { rss_mb: number; cpu_ms: number } | null = null;
  try {
    usage = usageOf(readFileSync(rssFile, 'utf8'));
  } catch {
    usage = null;
  }
  rmSync(rssFile, { force: true });
  // GNU time prints "Command exited with non-zero status N" into its -o file too; the child's own code is kept.
  return {
    wall_ms: wall,
    peak_rss_mb: usage?.rss_mb ?? null,
    cpu_ms: usage?.cpu_ms ?? null,
    peak_heap_mb: opts.heap ? peakHeapOfTrace(stdout) : null,
    code,
    stdout,
    stderr,
  };
}

/** Spawn → first complete line on stdout or stderr, in ms (the child is then killed). */
export async function timeToFirstLine(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<{ ms: number | null; line: string | null }> {
  const t0 = process.hrtime.bigint();
  const child = spawn(process.execPath, args, { cwd: opts.cwd, env: { ...process.env, ...opts.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve) => {
    let done = false;
    let buf = '';
    const finish = (ms: number | null, line: string | null): void => {
      if (done) return;
      done = true;
      child.kill();
      resolve({ ms, line });
    };
    const onData = (d: Buffer): void => {
      buf += d.toString();
      const nl = buf.indexOf('\n');
      if (nl >= 0) finish(Number(process.hrtime.bigint() - t0) / 1e6, buf.slice(0, nl));
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', () => finish(null, null));
    child.on('close', () => finish(buf.length > 0 ? Number(process.hrtime.bigint() - t0) / 1e6 : null, buf.length > 0 ? buf : null));
  });
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  if (n === 0) return NaN;
  return n % 2 === 1 ? (s[(n - 1) / 2] as number) : ((s[n / 2 - 1] as number) + (s[n / 2] as number)) / 2;
}
