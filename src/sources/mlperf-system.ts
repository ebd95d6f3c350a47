/**
 * Hardware and accelerator count of an MLPerf Inference submission system, for the loadgen cells
 * (src/sources/mlperf-loadgen.ts). Pure.
 *
 * Two sources, the first that says wins per field:
 * 1. The system description `<division>/<submitter>/systems/<system>.json`, next to the
 *    `<division>/<submitter>/results/<system>/…` tree (mlcommons/inference
 *    `tools/submission/submission_checker.py`: `SYSTEM_DESC_REQUIRED_FIELDS` holds
 *    `number_of_nodes`, `accelerators_per_node`, `accelerator_model_name`). Accelerators =
 *    `accelerators_per_node` × `number_of_nodes` (both positive whole numbers, else unknown; a CPU
 *    system writes `0` / `"N/A"`). E.g. v4.1 `DGX-H100_H100-SXM-80GBx16_TRT.json`: 8 per node ×
 *    2 nodes.
 * 2. The system folder name, which the rules leave free-form; read only where it states a count
 *    next to a known accelerator, in the two spellings the published results use (all 120
 *    `systems/*.json` of mlcommons/inference_results_v4.1 checked against their names):
 *    `<N>x<ACCEL>` (`8xMI300X_2xEPYC-9374F`, `Lenovo_8xH200_TRT`, `ESC4000A_E12_4XH100_TRT`) and
 *    `<ACCEL…>x<N>` at the end of a `_`/`-` token (`DGX-H100_H100-SXM-80GBx8_TRT`,
 *    `XE9680_MI300X_192GBx8`, `GH200-GraceHopper-Superchip_GH200-144GB_aarch64x1_TRT`,
 *    `X210c_L40SX2_TRT`, `tpu_v5e_x4_flax`, `MI325X_x8`). The count in a name is the system's
 *    total (`…x16` for 2 nodes × 8). Several readings that disagree, an accelerator without a
 *    count (`Orin_TRT`), or a count without a known accelerator (`2xEPYC`, `g4dn.4xlarge`):
 *    that field stays null. Never a guess.
 *
 * The accelerator name is reduced to its family by ACCELERATORS (decisions as data), then
 * `normalizeHardware` (`H100-SXM-80GB` → `h100`, `AMD Instinct MI300X-NPS1-SPX-192GB-750W` →
 * `mi300x`); an accelerator not in the table is unknown (null), its count is still a count.
 */
import { isRecord, normalizeHardware, toInt, toStr } from '../core/parse.js';

/** Accelerator families as MLPerf system names and `accelerator_model_name` spell them → our hardware name. */
const ACCELERATORS: readonly { re: string; name: (m: string) => string }[] = [
  // NVIDIA datacenter (longer names first: GH200 before H200, A100 before A10, L40S before L40 before L4)
  { re: 'G[BH]\\d{3}', name: (m) => m },
  { re: '[BH]\\d{3}', name: (m) => m },
  { re: 'H20(?!\\d)', name: (m) => m },
  { re: 'A\\d{2,3}', name: (m) => m },
  { re: 'L40S|L40|L4(?!\\d)', name: (m) => m },
  { re: 'T4(?!\\d)', name: (m) => m },
  { re: 'V100', name: (m) => m },
  { re: 'RTX[ _-]?(?:PRO[ _-]?)?A?\\d{4}', name: (m) => m.replace(/[ _-]/g, '') },
  { re: 'Jetson[ _-]?(?:AGX[ _-]?)?(?:Orin|Thor)', name: (m) => `jetson-${/THOR$/i.test(m) ? 'thor' : 'orin'}` },
  // AMD Instinct, Intel Gaudi, Google TPU
  { re: 'MI\\d{3}[A-Z]?', name: (m) => m },
  { re: 'Gaudi ?\\d', name: (m) => m.replace(' ', '') },
  { re: 'TPU[ _-]?v\\d+[a-z]*', name: (m) => `tpu-${m.replace(/^TPU[ _-]?/i, '')}` },
];

const FAMILY = ACCELERATORS.map((a) => `(?:${a.re})`).join('|');
/** A family at a word start, not followed by a digit (`A100` is not `A10`). */
const FAMILY_AT = new RegExp(`(?<![A-Za-z0-9])(${FAMILY})(?!\\d)`, 'i');
/** `<N>x<ACCEL>`: the count before the accelerator, at a token start. */
const PREFIX_COUNT = new RegExp(`(?:^|[_-])(\\d+)x(${FAMILY})(?!\\d)`, 'gi');
/** `<ACCEL…>x<N>`: the accelerator starts a token, the count ends a later or the same token. */
const SUFFIX_COUNT = new RegExp(`(?<![A-Za-z0-9])(${FAMILY})(?!\\d)[A-Za-z0-9._-]*?x(\\d+)(?=$|[_-])`, 'gi');

/** Our hardware name of an accelerator family as written, or null when not a known family. */
function familyName(written: string): string | null {
  for (const a of ACCELERATORS) {
    const m = new RegExp(`^(?:${a.re})$`, 'i').exec(written);
    if (m) return normalizeHardware(a.name(m[0].toUpperCase()));
  }
  return null;
}

/** The accelerator family an `accelerator_model_name` names (`NVIDIA H100-SXM-80GB` → `h100`), or null. */
export function acceleratorFamily(modelName: unknown): string | null {
  const s = toStr(modelName);
  const m = s === null ? null : FAMILY_AT.exec(s);
  return m?.[1] === undefined ? null : familyName(m[1]);
}

export interface SystemHardware {
  hardware: string | null;
  gpus: number | null;
}

/** What a system folder name states (see the file comment); each field null unless unambiguous. */
export function parseSystemName(name: string): SystemHardware {
  const found: { hardware: string | null; count: number }[] = [];
  for (const m of name.matchAll(PREFIX_COUNT)) found.push({ hardware: familyName(m[2] ?? ''), count: Number(m[1]) });
  for (const m of name.matchAll(SUFFIX_COUNT)) found.push({ hardware: familyName(m[1] ?? ''), count: Number(m[2]) });
  const counted = found.filter((f) => f.hardware !== null && f.count > 0);
  const hardware = new Set(counted.map((f) => f.hardware));
  const counts = new Set(counted.map((f) => f.count));
  if (hardware.size !== 1 || counts.size !== 1) return { hardware: null, gpus: null };
  return { hardware: [...hardware][0] ?? null, gpus: [...counts][0] ?? null };
}

const positive = (v: unknown): number | null => {
  const n = toInt(v);
  return n !== null && n > 0 ? n : null;
};

/** What a `systems/<system>.json` states: the accelerator family and accelerators × nodes. */
export function systemDescHardware(desc: unknown): SystemHardware {
  if (!isRecord(desc)) return { hardware: null, gpus: null };
  const perNode = positive(desc.accelerators_per_node);
  const nodes = positive(desc.number_of_nodes);
  return {
    hardware: perNode === null ? null : acceleratorFamily(desc.accelerator_model_name),
    gpus: perNode !== null && nodes !== null ? perNode * nodes : null,
  };
}

/**
 * The system description beside a results tree: `<prefix>/results/<system>/…` →
 * `<prefix>/systems/<system>.json` (null when the path has no `results/<system>` pair).
 */
export function systemDescPath(segments: readonly string[], systemIndex: number): string | null {
  if (systemIndex < 1 || segments[systemIndex - 1] !== 'results') return null;
  return [...segments.slice(0, systemIndex - 1), 'systems', `${segments[systemIndex] ?? ''}.json`].join('/');
}
