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
  if (last >= 0) segs[last] = (segs[last] as string).replace(/\.(json|jsonl|csv|txt|log)$/i, '');
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
    const label = labelOf((segs[i] as string).replace(/\.(json|jsonl|csv|txt|log)$/i, ''));
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
