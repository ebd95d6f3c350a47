/**
 * Facts a path states about its cell, from any segment (folders and the file stem):
 * `isl_1024_osl_1024`, `8k1k` (1k = 1024), `ctx_8_gen_8` (prefill/decode GPUs), `gpus_16`,
 * `conc64` / `concurrency_64` / `c64`, `tp8`, `ep8`, `pp2`, `qps_16` / `req_rate_inf` / `rr10`.
 * A fallback only: the file's own keys always win. Pure.
 */

export interface PathFacts {
  isl: number | null;
  osl: number | null;
  concurrency: number | null;
  gpus: number | null;
  num_prefill_gpu: number | null;
  num_decode_gpu: number | null;
  tp: number | null;
  ep: number | null;
  pp: number | null;
  /** req/s, or "inf". */
  request_rate: number | 'inf' | null;
}

// Tokens are separated by `_`, `-`, `.` or the segment's ends.
const B = '(?:^|[_.-])';
const E = '(?=$|[_.-])';

const RE = {
  islOsl: new RegExp(`${B}(?:isl|in|input)[_-]?(\\d+)[_-](?:osl|out|output)[_-]?(\\d+)${E}`, 'i'),
  kk: new RegExp(`${B}(\\d+)k(\\d+)k${E}`, 'i'),
  ctxGen: new RegExp(`${B}ctx[_-]?(\\d+)[_-]gen[_-]?(\\d+)${E}`, 'i'),
  gpus: new RegExp(`${B}gpus?[_-]?(\\d+)${E}`, 'i'),
  nGpus: new RegExp(`${B}(\\d+)[_-]?gpus?${E}`, 'i'),
  conc: new RegExp(`${B}(?:conc(?:urrency)?[_-]?|c)(\\d+)${E}`, 'i'),
  tp: new RegExp(`${B}tp[_-]?(\\d+)${E}`, 'i'),
  ep: new RegExp(`${B}ep[_-]?(\\d+)${E}`, 'i'),
  pp: new RegExp(`${B}pp[_-]?(\\d+)${E}`, 'i'),
  rate: new RegExp(`${B}(?:qps|rps|req[_-]?rate|request[_-]?rate|rr|rate)[_-]?(inf|\\d+(?:\\.\\d+)?)${E}`, 'i'),
};

export function emptyPathFacts(): PathFacts {
  return {
    isl: null,
    osl: null,
    concurrency: null,
    gpus: null,
    num_prefill_gpu: null,
    num_decode_gpu: null,
    tp: null,
    ep: null,
    pp: null,
    request_rate: null,
  };
}

/** Facts of a relative POSIX path; the segment nearest the file wins when several state one fact. */
export function pathFacts(path: string): PathFacts {
  const out = emptyPathFacts();
  const segs = path.split('/').filter((s) => s !== '');
  const last = segs.length - 1;
  if (last >= 0) segs[last] = (segs[last] as string).replace(/\.(json|jsonl|csv|txt|log|out|md|markdown)$/i, '');
  for (let i = last; i >= 0; i--) {
    const s = segs[i] as string;
    const num = (m: RegExpExecArray | null, g = 1): number | null => {
      const v = m?.[g];
      return v === undefined ? null : Number(v);
    };
    if (out.isl === null) {
      const m = RE.islOsl.exec(s);
      if (m) {
        out.isl = num(m, 1);
        out.osl = num(m, 2);
      } else {
        const k = RE.kk.exec(s);
        if (k) {
          out.isl = (num(k, 1) as number) * 1024;
          out.osl = (num(k, 2) as number) * 1024;
        }
      }
    }
    if (out.num_prefill_gpu === null) {
      const m = RE.ctxGen.exec(s);
      if (m) {
        out.num_prefill_gpu = num(m, 1);
        out.num_decode_gpu = num(m, 2);
      }
    }
    if (out.gpus === null) {
      out.gpus = num(RE.gpus.exec(s)) ?? num(RE.nGpus.exec(s));
    }
    if (out.concurrency === null) out.concurrency = num(RE.conc.exec(s));
    if (out.tp === null) out.tp = num(RE.tp.exec(s));
    if (out.ep === null) out.ep = num(RE.ep.exec(s));
    if (out.pp === null) out.pp = num(RE.pp.exec(s));
    if (out.request_rate === null) {
      const m = RE.rate.exec(s);
      if (m) out.request_rate = (m[1] as string).toLowerCase() === 'inf' ? 'inf' : Number(m[1]);
    }
  }
  return out;
}

const FACT_TOKENS: readonly RegExp[] = [
  RE.islOsl,
  RE.kk,
  RE.ctxGen,
  RE.gpus,
  RE.nGpus,
  RE.conc,
  RE.tp,
  RE.ep,
  RE.pp,
  RE.rate,
];

/**
 * The configuration a file name states beyond its facts: the stem without the point's own
 * numbers (lengths, concurrency, GPUs, request rate), dates and bare numbers, e.g.
 * `minimax_m25_vllm_dep8_isl1024_osl128_conc16` → `minimax_m25_vllm_dep8`. Points of one sweep
 * share it; two configurations whose files say nothing else apart (`dep8` vs `tep8`) do not.
 * Empty stem → the parent folder's label. Null when nothing is left.
 */
export function configLabel(path: string): string | null {
  const segs = path.split('/').filter((s) => s !== '');
  for (let i = segs.length - 1; i >= Math.max(0, segs.length - 2); i--) {
    const seg = (segs[i] as string).replace(/\.(json|jsonl|csv|txt|log|out|md|markdown|ya?ml)$/i, '');
    // A vllm bench sweep folder states its configuration as keys (sweepConfig), not as a label.
    if (isSweepSegment(seg)) return null;
    // A rerun's name minus its repeat marker: `x_conc16_rerun2` labels like `x_conc16`.
    const label = labelOf(stripRepeat(seg).seg);
    if (label !== null) return label;
  }
  return null;
}

function labelOf(stem: string): string | null {
  let s = `_${stem}_`;
  for (const re of FACT_TOKENS) {
    // Twice: adjacent tokens share their separator, so one pass skips every other one.
    const g = new RegExp(re.source, 'gi');
    s = s.replace(g, '_').replace(g, '_');
  }
  s = s.replace(/req[_-]?rate[_-]?inf/gi, '_');
  const tokens = s
    .split(/[_-]+/)
    .filter((t) => t !== '' && !/^\d+$/.test(t) && !/^\d{8}t?\d{0,6}$/i.test(t) && !/^(inf|infqps)$/i.test(t));
  return tokens.length > 0 ? tokens.join('_').toLowerCase() : null;
}

// ---------------------------------------------------------------------------------------------
// Repeats: another run of one configuration, saved under a marked name

/**
 * What tells a run apart from the other runs of its configuration: a number (`run=N`, `runN`,
 * `run_N`), the rerun token (`rerun`, `rerun2`, `retry3`), or several joined by `/`
 * (`1/rerun`); null when the path has no repeat marker.
 */
export type RepeatTag = number | string | null;

// Run numbers have at most 3 digits (`dry_run_20251023` is a date, not run 20251023).
// A whole segment: `run=0` (vllm bench sweep: vllm/benchmarks/sweep/serve.py `_get_comb_run_path`
// writes `<comb folder>/run={run_number}.json`), `run1`, `run_2`, `run-3` repetition folders.
const RUN_SEGMENT = /^run[=_-]?(\d{1,3})$/i;
// A whole segment or a suffix: `rerun`, `rerun2`, `retry`, `retry_3` (`x_conc16_rerun.json`,
// `results_retry3/`), and a `_run2` / `_run=2` suffix of a stem.
const RERUN_WHOLE = /^(rerun|retry)(?:[_-]?(\d+))?$/i;
const RERUN_SUFFIX = /[_-](rerun|retry)(?:[_-]?(\d+))?$/i;
const RUN_SUFFIX = /[_-]run[=_-]?(\d{1,3})$/i;
// A `_runN` token followed only by numbers (a timestamp the harness appends to every file):
// SGLang's nightly CI writes `sglang_serving_benchmark_concurrency_16_run1_20251023_021053.log`
// for run 1 of 3 back-to-back runs of one configuration.
const RUN_BEFORE_STAMP = /[_-]run[=_-]?(\d{1,3})(?=(?:[_-]\d+)+$)/i;

/** One segment (folder, or file stem) without its repeat marker ('' when it is only one). */
export function stripRepeat(seg: string): { seg: string; repeat: RepeatTag } {
  const run = RUN_SEGMENT.exec(seg);
  if (run) return { seg: '', repeat: Number(run[1]) };
  const whole = RERUN_WHOLE.exec(seg);
  if (whole) return { seg: '', repeat: rerunToken(whole) };
  const suffix = RERUN_SUFFIX.exec(seg);
  if (suffix) return { seg: seg.slice(0, suffix.index), repeat: rerunToken(suffix) };
  const runSuffix = RUN_SUFFIX.exec(seg);
  if (runSuffix) return { seg: seg.slice(0, runSuffix.index), repeat: Number(runSuffix[1]) };
  const stamped = RUN_BEFORE_STAMP.exec(seg);
  if (stamped)
    return {
      seg: seg.slice(0, stamped.index) + seg.slice(stamped.index + stamped[0].length),
      repeat: Number(stamped[1]),
    };
  return { seg, repeat: null };
}

function rerunToken(m: RegExpExecArray): string {
  return `${(m[1] as string).toLowerCase()}${m[2] !== undefined ? String(Number(m[2])) : ''}`;
}

export interface RepeatOfPath {
  repeat: RepeatTag;
  /** The folder without repeat markers (segments that were only a marker dropped). */
  dir: string;
  /** The path without repeat markers, extension kept ('' stem: the marker was the whole name). */
  path: string;
}

/**
 * The repeat marker(s) of a relative POSIX path and the path without them, so a rerun
 * (`glm47_conc16_rerun.json`, `run2/result.json`, `SERVE--…/run=1.json`) keys like its original
 * while `repeat` keeps the runs apart. Markers nearest the root come first in a joined tag.
 */
export function repeatOfPath(path: string): RepeatOfPath {
  const segs = path.split('/').filter((s) => s !== '');
  const tags: (number | string)[] = [];
  const out: string[] = [];
  segs.forEach((raw, i) => {
    const last = i === segs.length - 1;
    const ext = last ? (/\.(json|jsonl|csv|txt|log)$/i.exec(raw)?.[0] ?? '') : '';
    const r = stripRepeat(raw.slice(0, raw.length - ext.length));
    if (r.repeat !== null) tags.push(r.repeat);
    if (r.seg !== '' || last) out.push(`${r.seg}${ext}`);
  });
  const repeat = tags.length === 0 ? null : tags.length === 1 ? (tags[0] as number | string) : tags.join('/');
  return { repeat, dir: out.slice(0, -1).join('/'), path: out.join('/') };
}

// ---------------------------------------------------------------------------------------------
// vllm bench sweep: the combination folder states the configuration

/**
 * `vllm bench sweep serve` writes each combination to
 * `<output_dir>/<experiment>/SERVE--<serve params>-BENCH--<bench params>/run=<N>.json`
 * (vllm/benchmarks/sweep/serve.py `_get_comb_base_path`: `"-".join(["SERVE-", serve_comb.name,
 * "BENCH-", bench_comb.name])`, either part absent when its combination is empty; the name is
 * param_sweep.py `ParameterSweepItem.name`: `_benchmark_name`, else `k=v` pairs joined by `-`;
 * utils.py `sanitize_filename` turns `/` into `_`).
 */
export function isSweepSegment(seg: string): boolean {
  return /^(SERVE|BENCH)--/.test(seg);
}

/**
 * Bench parameters the result file itself states (identity: concurrency, request rate, lengths)
 * or that scale with the point (`num_prompts` is often 10× the concurrency): not configuration.
 */
const BENCH_POINT_PARAMS = new Set([
  'max_concurrency',
  'request_rate',
  'num_prompts',
  'random_input_len',
  'random_output_len',
  'input_len',
  'output_len',
  'sonnet_input_len',
  'sonnet_output_len',
  'sharegpt_output_len',
]);

export interface SweepConfig {
  /** The server's settings (`max_num_seqs=4,max_num_batched_tokens=1024`, sorted), or its name. */
  server: string | null;
  /** Bench settings beyond the point (e.g. `random_range_ratio=0.5`), sorted; null when none. */
  bench: string | null;
}

/** The configuration a vllm bench sweep combination folder states (nearest the file), else nulls. */
export function sweepConfig(path: string): SweepConfig {
  const segs = path.split('/').filter((s) => s !== '');
  for (let i = segs.length - 2; i >= 0; i--) {
    const seg = segs[i] as string;
    if (!isSweepSegment(seg)) continue;
    let serve: string | null = null;
    let bench: string | null = null;
    if (seg.startsWith('SERVE--')) {
      const rest = seg.slice('SERVE--'.length);
      const b = rest.indexOf('-BENCH--');
      serve = b >= 0 ? rest.slice(0, b) : rest;
      bench = b >= 0 ? rest.slice(b + '-BENCH--'.length) : null;
    } else bench = seg.slice('BENCH--'.length);
    return {
      server: serve === null ? null : paramsText(serve, null),
      bench: bench === null ? null : paramsText(bench, BENCH_POINT_PARAMS),
    };
  }
  return { server: null, bench: null };
}

/**
 * `k=v-k=v` → `k=v,k=v` sorted by key, minus `drop`. A `-`-token without `=` continues the
 * previous value (`model=meta-llama`); with no `=` at all the text is a `_benchmark_name`.
 */
function paramsText(text: string, drop: ReadonlySet<string> | null): string | null {
  if (text === '') return null;
  if (!text.includes('=')) return text;
  const pairs: [string, string][] = [];
  for (const tok of text.split('-')) {
    const eq = tok.indexOf('=');
    const prev = pairs[pairs.length - 1];
    if (eq > 0) pairs.push([tok.slice(0, eq), tok.slice(eq + 1)]);
    else if (prev) prev[1] = `${prev[1]}-${tok}`;
    else pairs.push([tok, '']);
  }
  const kept = pairs
    .filter(([k]) => drop === null || !drop.has(k.replace(/-/g, '_')))
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return kept.length === 0 ? null : kept.map(([k, v]) => (v === '' ? k : `${k}=${v}`)).join(',');
}
