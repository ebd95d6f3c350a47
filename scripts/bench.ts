/**
 * `npm run bench`: generates synthetic inputs at scale (scripts/bench/generate.ts) into a temp
 * dir, measures the bundled CLI on them as whole processes (wall time, peak RSS) next to a bare
 * baseline over the same bytes (scripts/bench/bare.mjs), measures the action's cold start, prints
 * a table with ratios (ours / bare) and writes bench/results.json. docs/PERFORMANCE.md explains it.
 *
 * Options:
 *   --small            tiny inputs, one run each, results to the temp dir only (BENCH_SMALL=1 too);
 *                      used by test/bench.test.ts so the harness cannot rot. No timing is judged.
 *   --dist DIR         bundles to measure (default dist/): DIR/cli/index.js and DIR/index.js.
 *                      Without DIR/cli/index.js the CLI runs from source through tsx (marked).
 *   --runs N           repetitions per measurement, the median is reported (default 3; small 1).
 *   --out FILE         results file (default bench/results.json; small: none unless given).
 *   --only a,b         scenarios to run: agentx_1m, agentx_4m, timeline_100k, native_1m, sweep_2000, cold_start,
 *                      artifacts_500 (the action on 500 artifacts, 100 ms latency, serial vs pooled),
 *                      compare_100k (compare on a 100,000-cell report: peak RSS or refusal),
 *                      history_30 (compare against 30 base runs of the 2,000-cell sweep vs against 1:
 *                      peak RSS, peak heap and wall time, scripts/bench/history.ts),
 *                      report_html_2000 (report.html of the 2,000-cell sweep, analyze and compare:
 *                      size and render time in headless Chromium, scripts/bench/report-html.ts).
 *   --keep             keep the generated data (its path is printed).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateAgentx, generateNative, generateStaticSweep, type Generated } from './bench/generate.js';
import { cleanupMeasure, measureNode, median, rssMethod, timeToFirstLine, type Run } from './bench/measure.js';
import { artifactsScenario, type ArtifactsRow } from './bench/artifacts.js';
import { historyScenario, type HistoryResult } from './bench/history.js';
import { reportHtmlScenario, type ReportHtmlResult } from './bench/report-html.js';
import { makeCell, makeReport } from '../test/helpers/reports.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BARE = path.join(ROOT, 'scripts', 'bench', 'bare.mjs');

interface Args {
  small: boolean;
  dist: string;
  runs: number;
  out: string | null;
  only: Set<string> | null;
  keep: boolean;
}

function parseArgs(argv: string[]): Args {
  const get = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const small = argv.includes('--small') || process.env.BENCH_SMALL === '1';
  const runs = Number(get('--runs') ?? (small ? 1 : 3));
  const only = get('--only');
  return {
    small,
    dist: path.resolve(get('--dist') ?? path.join(ROOT, 'dist')),
    runs: Number.isInteger(runs) && runs > 0 ? runs : 1,
    out:
      get('--out') !== undefined
        ? path.resolve(get('--out') as string)
        : small
          ? null
          : path.join(ROOT, 'bench', 'results.json'),
    only: only ? new Set(only.split(',')) : null,
    keep: argv.includes('--keep'),
  };
}

/** Sizes of every scenario, full and small. */
const SIZES = {
  full: {
    agentx1: 1_000_000,
    agentx4: 4_000_000,
    timeline: 100_000,
    cells: 2000,
    native: 1_000_000,
    artifacts: 500,
    latencyMs: 100,
    bigCells: 100_000,
    historyRuns: 30,
  },
  small: {
    agentx1: 2_000,
    agentx4: 8_000,
    timeline: 200,
    cells: 20,
    native: 2_000,
    artifacts: 6,
    latencyMs: 20,
    bigCells: 200,
    historyRuns: 3,
  },
};

/** Targets of the issue (benchmarks, judged only in full mode). */
const TARGETS = {
  agentx_1m_wall_s: 3,
  agentx_1m_rss_mb: 200,
  throughput_vs_bare: 0.5,
  rss_growth_4m_vs_1m: 0.3,
  sweep_total_s: 2,
  cold_start_ms: 300,
  /** Pooled download phase at most this share of the serial one (500 artifacts, 100 ms latency). */
  artifacts_pooled_vs_serial: 0.2,
  compare_100k_rss_mb: 1024,
  /** Peak RSS of compare against 30 base runs at most this multiple of that against one (issue 22 item 8). */
  history_rss_ratio: 2,
};

interface Row {
  scenario: string;
  input: string;
  ours_wall_s: number | null;
  ours_rss_mb: number | null;
  bare_wall_s: number | null;
  bare_rss_mb: number | null;
  /** ours / bare wall time. */
  wall_ratio: number | null;
  /** bare / ours wall time: our throughput as a fraction of the bare baseline's. */
  throughput_vs_bare: number | null;
  runs_s: number[];
  note: string | null;
}

function fmt(v: number | null, digits = 2): string {
  return v === null || !Number.isFinite(v) ? '–' : v.toFixed(digits);
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const size = args.small ? SIZES.small : SIZES.full;
  const cliBundle = path.join(args.dist, 'cli', 'index.js');
  const actionBundle = path.join(args.dist, 'index.js');
  const fromSource = !existsSync(cliBundle);
  const cli = fromSource ? ['--import', 'tsx', path.join(ROOT, 'src', 'cli.ts')] : [cliBundle];
  const want = (s: string): boolean => args.only === null || args.only.has(s);
  const work = mkdtempSync(path.join(os.tmpdir(), 'ig-bench-'));
  const log = (s: string): void => void process.stderr.write(`${s}\n`);
  log(`bench: ${args.small ? 'small' : 'full'} mode, ${args.runs} run(s) each, data in ${work}`);
  log(
    `bench: CLI ${fromSource ? 'from source via tsx (no bundle at --dist)' : path.relative(ROOT, cliBundle) || cliBundle}`,
  );

  const rows: Row[] = [];
  const notes: string[] = [];
  let sweep: Record<string, unknown> | null = null;
  let cold: Record<string, unknown> | null = null;
  let artifacts: ArtifactsRow[] | null = null;
  let big: Record<string, unknown> | null = null;
  let history: HistoryResult | null = null;
  let reportHtml: ReportHtmlResult | null = null;

  const repeat = async (fn: () => Promise<Run>): Promise<Repeated> => {
    const runs: Run[] = [];
    for (let i = 0; i < args.runs; i++) runs.push(await fn());
    const rss = runs.map((r) => r.peak_rss_mb).filter((x): x is number => x !== null);
    const cpu = runs.map((r) => r.cpu_ms).filter((x): x is number => x !== null);
    return {
      wall: median(runs.map((r) => r.wall_ms)) / 1000,
      rss: rss.length > 0 ? median(rss) : null,
      cpu: cpu.length > 0 ? median(cpu) / 1000 : null,
      all: runs.map((r) => Math.round(r.wall_ms) / 1000),
      cpuAll: cpu.map((x) => Math.round(x) / 1000),
      last: runs[runs.length - 1] as Run,
    };
  };

  /** analyze (ours) and the bare baseline over the same files, interleaved run by run. */
  const analyzeVsBare = async (scenario: string, g: Generated, input: string): Promise<void> => {
    const outDir = path.join(work, `out-${scenario}`);
    const ours: Run[] = [];
    const bare: Run[] = [];
    for (let i = 0; i < args.runs; i++) {
      ours.push(
        await measureNode([...cli, 'analyze', g.root, '--output-dir', outDir, '--fail-on', 'never'], { cwd: work }),
      );
      if (g.dataFiles.length > 0) bare.push(await measureNode([BARE, ...g.dataFiles.map((f) => f.file)]));
    }
    const bad = ours.find((r) => r.code !== 0);
    const ow = median(ours.map((r) => r.wall_ms)) / 1000;
    const orss = ours.map((r) => r.peak_rss_mb).filter((x): x is number => x !== null);
    const bw = bare.length > 0 ? median(bare.map((r) => r.wall_ms)) / 1000 : null;
    const brss = bare.map((r) => r.peak_rss_mb).filter((x): x is number => x !== null);
    rows.push({
      scenario,
      input,
      ours_wall_s: bad ? null : ow,
      ours_rss_mb: bad ? null : orss.length > 0 ? median(orss) : null,
      bare_wall_s: bw,
      bare_rss_mb: brss.length > 0 ? median(brss) : null,
      wall_ratio: !bad && bw ? ow / bw : null,
      throughput_vs_bare: !bad && bw ? bw / ow : null,
      runs_s: ours.map((r) => Math.round(r.wall_ms) / 1000),
      note: bad ? `analyze exited ${bad.code}: ${bad.stderr.trim().split('\n')[0] ?? ''}` : null,
    });
    log(`bench: ${scenario}: ours ${fmt(ow)} s, bare ${fmt(bw)} s`);
  };

  try {
    if (want('agentx_1m')) {
      const g = await generateAgentx(path.join(work, 'agentx-1m'), size.agentx1);
      await analyzeVsBare('agentx_1m', g, `AgentX v0.1, ${g.rows} request rows, ${mb(g.bytes)}`);
      if (!args.keep) rmSync(g.root, { recursive: true, force: true });
    }
    if (want('agentx_4m')) {
      const g = await generateAgentx(path.join(work, 'agentx-4m'), size.agentx4);
      await analyzeVsBare('agentx_4m', g, `AgentX v0.1, ${g.rows} request rows, ${mb(g.bytes)}`);
      if (!args.keep) rmSync(g.root, { recursive: true, force: true });
    }
    if (want('timeline_100k')) {
      const g = await generateNative(path.join(work, 'timeline'), 0, size.timeline);
      await analyzeVsBare(
        'timeline_100k',
        g,
        `timeline, ${size.timeline} lines (+ a 36-line native run), ${mb(g.bytes)}`,
      );
      if (!args.keep) rmSync(g.root, { recursive: true, force: true });
    }
    if (want('native_1m')) {
      const g = await generateNative(path.join(work, 'native'), size.native, 0);
      await analyzeVsBare('native_1m', g, `native metrics.jsonl, ${g.rows} lines, ${mb(g.bytes)}`);
      if (!args.keep) rmSync(g.root, { recursive: true, force: true });
    }
    if (want('sweep_2000')) sweep = await sweepScenario(work, size.cells, cli, repeat, log);
    if (want('artifacts_500') && existsSync(actionBundle))
      artifacts = await artifactsScenario({
        count: size.artifacts,
        latencyMs: size.latencyMs,
        concurrencies: [1, 8],
        log,
      });
    if (want('compare_100k')) big = await compareBig(work, size.bigCells, cli, log);
    if (want('history_30')) history = await historyBench(work, size.cells, size.historyRuns, cli, args.runs, log);
    if (want('report_html_2000'))
      reportHtml = await reportHtmlScenario({ work, cells: size.cells, cli, runs: args.runs, log });
    if (want('cold_start'))
      cold = await coldStart(actionBundle, cliBundle, cli, args.small ? 1 : Math.max(5, args.runs), work);
  } finally {
    if (!args.keep) rmSync(work, { recursive: true, force: true });
    else log(`bench: data kept in ${work}`);
    cleanupMeasure();
  }

  // Targets (full mode only).
  const r1 = rows.find((r) => r.scenario === 'agentx_1m');
  const r4 = rows.find((r) => r.scenario === 'agentx_4m');
  const rssGrowth = r1?.ours_rss_mb && r4?.ours_rss_mb ? r4.ours_rss_mb / r1.ours_rss_mb - 1 : null;
  const judged = !args.small;
  const check = (ok: boolean | null): 'pass' | 'FAIL' | 'n/a' =>
    !judged || ok === null ? 'n/a' : ok ? 'pass' : 'FAIL';
  const sweepTotal = typeof sweep?.total_s === 'number' ? sweep.total_s : null;
  const coldMs = typeof cold?.ms === 'number' ? cold.ms : null;
  const serialDl = artifacts?.find((r) => r.concurrency === 1)?.download_s ?? null;
  const pooledDl = artifacts?.find((r) => r.concurrency === 8)?.download_s ?? null;
  const pooledShare = serialDl && pooledDl !== null ? pooledDl / serialDl : null;
  const targets = [
    {
      target: `1M-row AgentX analyze ≤ ${TARGETS.agentx_1m_wall_s} s wall`,
      value: `${fmt(r1?.ours_wall_s ?? null)} s`,
      result: check(r1?.ours_wall_s != null ? r1.ours_wall_s <= TARGETS.agentx_1m_wall_s : null),
    },
    {
      target: `1M-row AgentX peak RSS ≤ ${TARGETS.agentx_1m_rss_mb} MB`,
      value: `${fmt(r1?.ours_rss_mb ?? null, 0)} MB`,
      result: check(r1?.ours_rss_mb != null ? r1.ours_rss_mb <= TARGETS.agentx_1m_rss_mb : null),
    },
    {
      target: `throughput ≥ ${TARGETS.throughput_vs_bare * 100}% of bare (1M AgentX)`,
      value: r1?.throughput_vs_bare != null ? `${(r1.throughput_vs_bare * 100).toFixed(0)}%` : '–',
      result: check(r1?.throughput_vs_bare != null ? r1.throughput_vs_bare >= TARGETS.throughput_vs_bare : null),
    },
    {
      target: `peak RSS 4M rows within ${TARGETS.rss_growth_4m_vs_1m * 100}% of 1M rows`,
      value: rssGrowth !== null ? `${rssGrowth >= 0 ? '+' : ''}${(rssGrowth * 100).toFixed(0)}%` : '–',
      result: check(rssGrowth !== null ? rssGrowth <= TARGETS.rss_growth_4m_vs_1m : null),
    },
    {
      target: `2,000-cell sweep analyze + compare + comment ≤ ${TARGETS.sweep_total_s} s`,
      value: sweepTotal !== null ? `${fmt(sweepTotal)} s` : String(sweep?.status ?? '–'),
      result: check(sweepTotal !== null ? sweepTotal <= TARGETS.sweep_total_s : null),
    },
    {
      target: `${size.artifacts} artifacts at ${size.latencyMs} ms latency: pooled download ≤ ${TARGETS.artifacts_pooled_vs_serial} of serial`,
      value: pooledShare !== null ? `${fmt(pooledShare)} of serial` : '–',
      result: check(pooledShare !== null ? pooledShare <= TARGETS.artifacts_pooled_vs_serial : null),
    },
    {
      target: `compare on a ${size.bigCells}-cell report: peak RSS ≤ ${TARGETS.compare_100k_rss_mb} MB or a clear refusal before parsing`,
      value: big
        ? `${fmt(big.rss_mb as number | null, 0)} MB, ${big.refused_before_parse ? 'refused before parsing' : `exit ${String(big.exit_code)}`}`
        : '–',
      result: check(
        big ? (big.rss_mb as number | null) !== null && (big.rss_mb as number) <= TARGETS.compare_100k_rss_mb : null,
      ),
    },
    {
      target: `cold start ≤ ${TARGETS.cold_start_ms} ms`,
      value: coldMs !== null ? `${coldMs.toFixed(0)} ms` : '–',
      result: check(coldMs !== null ? coldMs <= TARGETS.cold_start_ms : null),
    },
  ];

  const lines: string[] = [];
  lines.push(
    '| scenario | input | ours wall s | ours peak RSS MB | bare wall s | bare peak RSS MB | ours / bare (wall) | throughput vs bare |',
  );
  lines.push('|---|---|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    lines.push(
      `| ${r.scenario} | ${r.input} | ${fmt(r.ours_wall_s)} | ${fmt(r.ours_rss_mb, 0)} | ${fmt(r.bare_wall_s)} | ${fmt(r.bare_rss_mb, 0)} | ${fmt(r.wall_ratio)} | ${r.throughput_vs_bare !== null ? `${(r.throughput_vs_bare * 100).toFixed(0)}%` : '–'} |`,
    );
  }
  if (sweep) {
    const steps = sweep.steps as Record<string, SweepStep>;
    lines.push('', '| 2,000-cell sweep step | wall s | CPU s | peak RSS MB | status |', '|---|---:|---:|---:|---|');
    for (const [k, v] of Object.entries(steps))
      lines.push(`| ${k} | ${fmt(v.wall_s)} | ${fmt(v.cpu_s ?? null)} | ${fmt(v.rss_mb, 0)} | ${v.status} |`);
  }
  if (artifacts) {
    lines.push(
      '',
      `| action on ${size.artifacts} artifacts, ${size.latencyMs} ms per request | download-concurrency | download phase s | whole step s | exit |`,
      '|---|---:|---:|---:|---:|',
    );
    for (const r of artifacts)
      lines.push(
        `| ${r.concurrency === 1 ? 'serial' : 'pooled'} | ${r.concurrency} | ${fmt(r.download_s)} | ${fmt(r.step_s)} | ${r.exit_code} |`,
      );
  }
  if (big)
    lines.push(
      '',
      `compare on a ${String(big.cells)}-cell report (${String(big.size_mb)} MB): wall ${fmt(big.wall_s as number)} s, peak RSS ${fmt(big.rss_mb as number | null, 0)} MB, exit ${String(big.exit_code)}: \`${String(big.message).slice(0, 160)}\``,
    );
  if (history) {
    const h = history;
    lines.push(
      '',
      `| compare, ${h.cells}-cell sweep (report ${h.report_mb} MB) | base runs | wall s | peak RSS MB | peak heap MB |`,
      '|---|---:|---:|---:|---:|',
    );
    for (const [name, side] of [
      ['one base run', h.one],
      ['base-branch history', h.many],
    ] as const)
      lines.push(
        `| ${name} | ${side.base_reports} | ${fmt(side.wall_s)} | ${fmt(side.rss_mb, 0)} | ${fmt(side.heap_mb, 0)} |`,
      );
    lines.push(`| history / one | | ${fmt(h.wall_ratio)}× | ${fmt(h.rss_ratio)}× | ${fmt(h.heap_ratio)}× |`);
    // Its own line, not a row of the targets table (whose rows test/bench.test.ts pins).
    const ok = h.rss_ratio !== null ? h.rss_ratio <= TARGETS.history_rss_ratio : null;
    h.target = `peak RSS with ${h.runs} base runs ≤ ${TARGETS.history_rss_ratio}× with 1: ${check(ok)}`;
    lines.push('', `History target: ${h.target} (${fmt(h.rss_ratio)}×).`);
  }
  if (reportHtml) {
    const p = reportHtml;
    lines.push(
      '',
      `| report.html, ${p.cells}-cell sweep (${p.source}) | MB | render s (median) | runs s |`,
      '|---|---:|---:|---|',
      `| analyze | ${fmt(p.analyze.mb)} | ${fmt(p.analyze.render_s)} | ${p.analyze.runs_s.join(', ')} |`,
      `| compare | ${fmt(p.compare.mb)} | ${fmt(p.compare.render_s)} | ${p.compare.runs_s.join(', ')} |`,
      '',
      `report.html target: ${judged ? p.target : `${p.target.split(':')[0]}: n/a (small mode)`}.`,
    );
  }
  if (cold)
    lines.push(
      '',
      `Cold start (${String(cold.entry)}, spawn to first output line, median of ${String(cold.runs)}): ${coldMs !== null ? `${coldMs.toFixed(0)} ms` : '–'}; first line: \`${String(cold.first_line ?? '').slice(0, 80)}\``,
    );
  lines.push('', '| target | measured | result |', '|---|---:|---|');
  for (const t of targets) lines.push(`| ${t.target} | ${t.value} | ${t.result} |`);
  for (const r of rows) if (r.note) notes.push(`${r.scenario}: ${r.note}`);
  if (notes.length > 0) lines.push('', ...notes.map((n) => `- ${n}`));
  // No machine paths in the output: the temp dir and the repo root become placeholders.
  const scrub = (text: string): string => text.split(work).join('<tmp>').split(ROOT).join('<repo>');
  process.stdout.write(scrub(`${lines.join('\n')}\n`));

  const results = {
    schema: 'inferguard-bench-results/v1',
    mode: args.small ? 'small' : 'full',
    runs_per_measurement: args.runs,
    machine: {
      cpus: os.cpus().length,
      node: process.version,
      platform: `${process.platform}-${process.arch}`,
      total_mem_mb: Math.round(os.totalmem() / 1048576),
    },
    cli: fromSource ? 'source (tsx)' : 'bundle',
    rss_method: await rssMethod(),
    scenarios: rows,
    sweep,
    cold_start: cold,
    artifacts,
    compare_big: big,
    history,
    report_html: reportHtml,
    targets,
  };
  if (args.out) {
    mkdirSync(path.dirname(args.out), { recursive: true });
    writeFileSync(args.out, scrub(`${JSON.stringify(results, null, 2)}\n`));
    log(`bench: wrote ${path.relative(ROOT, args.out) || args.out}`);
  }
  return 0;
}

/** A measurement repeated `--runs` times: medians (wall s, peak RSS MB, CPU s), the single runs, the last run. */
interface Repeated {
  wall: number;
  rss: number | null;
  cpu: number | null;
  all: number[];
  cpuAll: number[];
  last: Run;
}

/** A step of the sweep: median wall time, CPU time (user + system) and peak RSS, with the single runs. */
interface SweepStep {
  wall_s: number | null;
  cpu_s?: number | null;
  rss_mb: number | null;
  status: string;
  runs_s?: number[];
  cpu_runs_s?: number[];
}

/** Analyze base + head sweeps (base untimed), then time analyze(head) + compare + comment. */
async function sweepScenario(
  work: string,
  cells: number,
  cli: string[],
  repeat: (fn: () => Promise<Run>) => Promise<Repeated>,
  log: (s: string) => void,
): Promise<Record<string, unknown>> {
  const base = await generateStaticSweep(path.join(work, 'sweep-base'), cells, { seed: 7 });
  const head = await generateStaticSweep(path.join(work, 'sweep-head'), cells, { seed: 7, perturb: true });
  const baseOut = path.join(work, 'sweep-base-out');
  const headOut = path.join(work, 'sweep-head-out');
  const cmpOut = path.join(work, 'sweep-compare-out');
  const steps: Record<string, SweepStep> = {};
  const result: Record<string, unknown> = {
    input: `${cells} static cells (raw + agg twins) ×2, ${mb(base.bytes + head.bytes)}`,
    steps,
  };

  const pre = await measureNode(
    [...cli, 'analyze', base.root, '--output-dir', baseOut, '--fail-on', 'never', '--format', 'json'],
    { cwd: work },
  );
  const analyzed = await repeat(() =>
    measureNode([...cli, 'analyze', head.root, '--output-dir', headOut, '--fail-on', 'never'], { cwd: work }),
  );
  const ok = pre.code === 0 && analyzed.last.code === 0;
  steps.analyze = {
    wall_s: ok ? analyzed.wall : null,
    cpu_s: ok ? analyzed.cpu : null,
    rss_mb: ok ? analyzed.rss : null,
    status: ok
      ? 'measured'
      : `not available: analyze exited ${analyzed.last.code} (${analyzed.last.stderr.trim().split('\n')[0] ?? ''})`,
    runs_s: analyzed.all,
    cpu_runs_s: analyzed.cpuAll,
  };
  const available = (r: Run): boolean =>
    r.code !== null && r.code <= 2 && !/unknown command|Cannot find module|ERR_MODULE_NOT_FOUND/.test(r.stderr);
  if (ok) {
    const cmp = await repeat(() =>
      measureNode(
        [
          ...cli,
          'compare',
          '--base',
          path.join(baseOut, 'report.json'),
          '--head',
          path.join(headOut, 'report.json'),
          '--output-dir',
          cmpOut,
          '--fail-on',
          'never',
        ],
        { cwd: work },
      ),
    );
    const cmpOk = available(cmp.last);
    steps.compare = {
      wall_s: cmpOk ? cmp.wall : null,
      cpu_s: cmpOk ? cmp.cpu : null,
      rss_mb: cmpOk ? cmp.rss : null,
      status: cmpOk
        ? 'measured'
        : `skipped: not available (${cmp.last.stderr.trim().split('\n')[0] ?? `exit ${cmp.last.code}`})`,
      runs_s: cmp.all,
      cpu_runs_s: cmp.cpuAll,
    };
    const commentArgs = [...cli, 'comment', '--head', path.join(headOut, 'report.json')];
    if (cmpOk && existsSync(path.join(cmpOut, 'compare.json')))
      commentArgs.push('--compare', path.join(cmpOut, 'compare.json'));
    const com = await repeat(() => measureNode(commentArgs, { cwd: work }));
    const comOk = available(com.last);
    steps.comment = {
      wall_s: comOk ? com.wall : null,
      cpu_s: comOk ? com.cpu : null,
      rss_mb: comOk ? com.rss : null,
      status: comOk
        ? 'measured'
        : `skipped: not available (${com.last.stderr.trim().split('\n')[0] ?? `exit ${com.last.code}`})`,
      runs_s: com.all,
      cpu_runs_s: com.cpuAll,
    };
    if (cmpOk && comOk) {
      result.total_s = analyzed.wall + cmp.wall + com.wall;
      if (analyzed.cpu !== null && cmp.cpu !== null && com.cpu !== null)
        result.total_cpu_s = analyzed.cpu + cmp.cpu + com.cpu;
    } else result.status = 'incomplete (compare/comment not available)';
  } else {
    steps.compare = { wall_s: null, rss_mb: null, status: 'skipped: no head report' };
    steps.comment = { wall_s: null, rss_mb: null, status: 'skipped: no head report' };
    result.status = 'analyze not available';
  }
  log(
    `bench: sweep: ${JSON.stringify(Object.fromEntries(Object.entries(steps).map(([k, v]) => [k, { wall_s: v.wall_s, cpu_s: v.cpu_s ?? null }])))}`,
  );
  return result;
}

/**
 * `compare` with a `cells`-cell report as both base and head (cells of ~2 KB: every metric, a
 * finding and artifacts each), written without holding it in memory. Peak RSS, and whether it was
 * refused before parsing (the max-report-bytes cap).
 */
async function compareBig(
  work: string,
  cells: number,
  cli: string[],
  log: (s: string) => void,
): Promise<Record<string, unknown>> {
  const { openSync, writeSync, closeSync, statSync } = await import('node:fs');
  const file = path.join(work, 'big-report.json');
  const shell = JSON.stringify({ ...makeReport([]), cells: ['@CELLS@'] }).split('"@CELLS@"');
  const fd = openSync(file, 'w');
  writeSync(fd, shell[0] as string);
  const metrics: Record<string, number> = {};
  for (let k = 0; k < 60; k++) metrics[`metric_${k}`] = k + 0.123456789;
  let buf: string[] = [];
  for (let i = 0; i < cells; i++) {
    const c = makeCell({ concurrency: i + 1, metrics });
    c.cell_id = `bmk_big_${i}`;
    buf.push(JSON.stringify(c));
    if (buf.length === 1000 || i === cells - 1) {
      writeSync(fd, (i >= buf.length ? ',' : '') + buf.join(','));
      buf = [];
    }
  }
  writeSync(fd, shell[1] as string);
  closeSync(fd);
  const sizeMb = Math.round(statSync(file).size / 1048576);
  const r = await measureNode([
    ...cli,
    'compare',
    '--base',
    file,
    '--head',
    file,
    '--output-dir',
    path.join(work, 'big-out'),
  ]);
  const message = (r.stderr || r.stdout).trim().split('\n').pop() ?? '';
  log(
    `bench: compare_big: ${cells} cells, ${sizeMb} MB: ${fmt(r.wall_ms / 1000)} s, ${fmt(r.peak_rss_mb, 0)} MB, exit ${r.code}`,
  );
  rmSync(file, { force: true });
  return {
    cells,
    size_mb: sizeMb,
    wall_s: r.wall_ms / 1000,
    rss_mb: r.peak_rss_mb,
    exit_code: r.code,
    refused_before_parse: /not read/.test(message),
    message: message.replace(work, '<tmp>'),
  };
}

/**
 * The history case (scripts/bench/history.ts): the sweep's base and head analyzed untimed, the
 * base report written as `runs` runs, compare against one and against all of them measured.
 */
async function historyBench(
  work: string,
  cells: number,
  runs: number,
  cli: string[],
  repeats: number,
  log: (s: string) => void,
): Promise<HistoryResult | null> {
  const base = await generateStaticSweep(path.join(work, 'history-base'), cells, { seed: 7 });
  const head = await generateStaticSweep(path.join(work, 'history-head'), cells, { seed: 7, perturb: true });
  const out = (side: string): string => path.join(work, `history-${side}-out`);
  for (const [g, side] of [
    [base, 'base'],
    [head, 'head'],
  ] as const) {
    const r = await measureNode(
      [...cli, 'analyze', g.root, '--output-dir', out(side), '--fail-on', 'never', '--format', 'json'],
      { cwd: work },
    );
    if (r.code !== 0) {
      log(`bench: history: analyze ${side} exited ${r.code}: ${r.stderr.trim().split('\n')[0] ?? ''}`);
      return null;
    }
    rmSync(g.root, { recursive: true, force: true });
  }
  return historyScenario({
    work,
    cli,
    baseReport: path.join(out('base'), 'report.json'),
    headReport: path.join(out('head'), 'report.json'),
    cells,
    runs,
    repeats,
    log,
  });
}

/** The action entry to its first log line; the CLI's --version when the action bundle is absent. */
async function coldStart(
  actionBundle: string,
  cliBundle: string,
  cli: string[],
  runs: number,
  work: string,
): Promise<Record<string, unknown>> {
  const action = existsSync(actionBundle);
  const args = action ? [actionBundle] : existsSync(cliBundle) ? [cliBundle, '--version'] : [...cli, '--version'];
  // The action with no inputs: GITHUB_* unset, results dir absent, so it logs and fails fast.
  const env = action ? { GITHUB_WORKSPACE: work, RUNNER_TEMP: work, 'INPUT_RESULTS-DIR': 'absent-results' } : {};
  const times: number[] = [];
  let first: string | null = null;
  for (let i = 0; i < runs; i++) {
    const r = await timeToFirstLine(args, { cwd: work, env });
    if (r.ms !== null) times.push(r.ms);
    first ??= r.line;
  }
  return {
    entry: action
      ? 'node dist/index.js'
      : existsSync(cliBundle)
        ? 'node dist/cli/index.js --version (no action bundle)'
        : 'CLI from source --version (no bundle)',
    runs,
    ms: times.length > 0 ? median(times) : null,
    runs_ms: times.map((t) => Math.round(t)),
    first_line: first?.trim() ?? null,
  };
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`bench: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 1;
  },
);
