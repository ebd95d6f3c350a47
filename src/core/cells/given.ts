/**
 * What the files don't say, told by the user: `--hardware`, `--gpus`, `--label k=v`, `--runner`
 * (CLI flags, config `run` section, action inputs `hardware`, `gpus`, `labels`, `runner`). Applied
 * to every fragment that lacks the field, never over what a file states:
 *
 * - `hardware` fills `identity.hardware` (normalised as the adapters normalise it);
 * - `gpus` fills `topology.gpus` when the topology names no GPU count at all (no `gpus`, no
 *   prefill/decode GPUs or workers × tp, no tp), so per-GPU throughput (derived.ts) and cost work
 *   for plain vLLM/SGLang results;
 * - `labels` fill `topology.labels` (`k=v,k=v`, keys sorted), a topology key field: a label is
 *   identity, so two analyses told apart only by a label (`--label cluster=a` / `cluster=b`) never
 *   merge into one cell, and compare matches only cells with the same labels. A key the file
 *   already states (an `inferguard-results/v1` row's `labels`, kept in `config_label`) is left as
 *   the file says;
 * - `runner` fills the cell's `environment.runner` where the file names neither a runner nor a
 *   host: where it ran, never its identity. compare then knows which runs share one node, and
 *   allows no jump between them (docs/COMPARE.md "Jumps").
 *
 * What was filled is recorded on the fragment (`extras.given`, the cell's `given`), so a reader of
 * report.json sees which values came from the user, not from the files. Pure, in place.
 */
import { gpusFromTopology } from '../cost/cost.js';
import { normalizeHardware } from '../parse.js';
import { sortKeys } from '../sort-keys.js';
import { UsageError, type Cell, type CellFragment } from '../types.js';

export interface GivenFacts {
  hardware?: string;
  gpus?: number;
  labels?: Record<string, string>;
  runner?: string;
}

/** A label key: letters, digits and `_ . - /`; a value: any text without `,`, `=` or a line break. */
const LABEL_KEY = /^[A-Za-z0-9_./-]+$/;
const LABEL_VALUE = /^[^,=\r\n]+$/;

/** One `k=v` (a flag, an input line) → [k, v]; `what` names the source in the UsageError. */
export function parseLabelPair(text: string, what: string): [string, string] {
  const eq = text.indexOf('=');
  const key = eq < 0 ? '' : text.slice(0, eq).trim();
  const value = eq < 0 ? '' : text.slice(eq + 1).trim();
  if (!LABEL_KEY.test(key) || !LABEL_VALUE.test(value)) {
    throw new UsageError(
      `${what} must be key=value (key of letters, digits, _ . - /; value without , = or line breaks), got '${text}'`,
    );
  }
  return [key, value];
}

/** Several `k=v` → one object; one key given twice with two values is a UsageError. */
export function parseLabels(pairs: readonly string[], what: string): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const p of pairs) {
    const [k, v] = parseLabelPair(p, what);
    if (out[k] !== undefined && out[k] !== v) throw new UsageError(`${what} gives '${k}' twice ('${out[k]}', '${v}')`);
    out[k] = v;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Checks given facts (from the config, where the schema already typed them) the way the flags are checked. */
export function checkGivenFacts(g: GivenFacts, what: string): GivenFacts {
  if (g.hardware !== undefined && (g.hardware.trim() === '' || /[\r\n]/.test(g.hardware)))
    throw new UsageError(`${what} hardware must be a non-empty name on one line, got '${g.hardware}'`);
  if (g.gpus !== undefined && (!Number.isInteger(g.gpus) || g.gpus < 1))
    throw new UsageError(`${what} gpus must be a positive integer, got '${g.gpus}'`);
  if (g.labels !== undefined)
    for (const [k, v] of Object.entries(g.labels)) parseLabelPair(`${k}=${v}`, `${what} label`);
  if (g.runner !== undefined && (g.runner.trim() === '' || /[\r\n]/.test(g.runner)))
    throw new UsageError(`${what} runner must be a non-empty name on one line, got '${g.runner}'`);
  return g;
}

/** `k=v,k=v` (keys sorted) of a label object. */
export function labelText(labels: Record<string, string>): string {
  return Object.keys(labels)
    .sort()
    .map((k) => `${k}=${labels[k]}`)
    .join(',');
}

/** The `k=v` pairs a topology string states (`labels`, or a `config_label` written as pairs); {} otherwise. */
function statedPairs(v: unknown): Record<string, string> {
  if (typeof v !== 'string' || v === '') return {};
  const parts = v.split(',');
  if (!parts.every((p) => p.includes('='))) return {};
  return Object.fromEntries(parts.map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)]));
}

/** Fills what each fragment lacks from `given`; records what was filled in `extras.given`. */
export function applyGivenFacts(fragments: readonly CellFragment[], given: GivenFacts | undefined): void {
  if (!given) return;
  const hardware = given.hardware !== undefined ? normalizeHardware(given.hardware) : null;
  for (const f of fragments) {
    const filled: Record<string, unknown> = {};
    if (hardware !== null && (f.identity.hardware === null || f.identity.hardware === undefined)) {
      f.identity = { ...f.identity, hardware };
      filled.hardware = hardware;
    }
    const topology = { ...f.topology };
    if (given.gpus !== undefined && gpusFromTopology({ topology } as unknown as Cell).gpus === null) {
      topology.gpus = given.gpus;
      filled.gpus = given.gpus;
    }
    if (given.labels) {
      const own = statedPairs(topology.labels);
      const stated = { ...statedPairs(topology.config_label), ...own };
      const added = Object.fromEntries(Object.entries(given.labels).filter(([k]) => stated[k] === undefined));
      if (Object.keys(added).length > 0) {
        topology.labels = labelText({ ...own, ...added });
        filled.labels = sortKeys(added);
      }
    }
    const env = f.extras?.environment;
    const where = env !== null && typeof env === 'object' ? (env as Record<string, unknown>) : {};
    const named = (k: string): boolean => typeof where[k] === 'string' && where[k] !== '';
    const environment =
      given.runner !== undefined && !named('runner') && !named('host')
        ? sortKeys({ ...where, runner: given.runner.trim() })
        : null;
    if (environment) filled.runner = given.runner?.trim();
    if (Object.keys(filled).length === 0) continue;
    f.topology = sortKeys(topology);
    f.extras = sortKeys({
      ...(f.extras ?? {}),
      ...(environment ? { environment } : {}),
      given: sortKeys(filled),
    });
  }
}
