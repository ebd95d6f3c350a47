/** What changed between the base and head environment of a pair, and the change most pairs share. */
import type { CellDiff, ReportDiff } from '../../core/compare/types.js';
import { NB, plural } from './format.js';
import { safeText } from '../escape.js';

/** Environment fields in the order environment.ts writes them (`cluster cw · runner h200-cw_00`). */
const ENV_FIELDS = ['cluster', 'runner', 'host', 'image'] as const;

const ENV_NOUN: Record<string, string> = {
  cluster: 'ran on different clusters',
  runner: 'ran on different runners',
  host: 'ran on different hosts',
  image: 'ran different engine images',
  environment: 'ran in different environments',
};

interface EnvFieldChange {
  field: string;
  base: string[];
  head: string[];
}

/** The values of each field in a side's environment descriptions (untrusted text, not yet escaped). */
function envValues(list: readonly unknown[]): Map<string, string[]> {
  const m = new Map<string, Set<string>>();
  for (const d of list) {
    if (typeof d !== 'string') continue;
    for (const part of d.split(' · ')) {
      const i = part.indexOf(' ');
      const k = i < 0 ? '' : part.slice(0, i);
      if (!(ENV_FIELDS as readonly string[]).includes(k)) continue;
      const set = m.get(k) ?? new Set<string>();
      set.add(part.slice(i + 1));
      m.set(k, set);
    }
  }
  return new Map([...m.entries()].map(([k, v]) => [k, [...v].sort()]));
}

/**
 * What changed between the base and head environment of a pair, field by field (cluster, runner,
 * host, image); null unless compare.json says the environments differ.
 */
function envChange(d: CellDiff): EnvFieldChange[] | null {
  const e = d.environment;
  if (!e || e.differs !== true || !Array.isArray(e.base) || !Array.isArray(e.head)) return null;
  const b = envValues(e.base);
  const h = envValues(e.head);
  const out: EnvFieldChange[] = [];
  for (const f of ENV_FIELDS) {
    const bv = b.get(f) ?? [];
    const hv = h.get(f) ?? [];
    if (bv.length === hv.length && bv.every((x, i) => x === hv[i])) continue;
    out.push({ field: f, base: bv, head: hv });
  }
  if (out.length > 0) return out;
  // Descriptions that are not `field value` pairs: the whole descriptions.
  const str = (l: readonly unknown[]): string[] => l.filter((x): x is string => typeof x === 'string');
  return [{ field: 'environment', base: str(e.base), head: str(e.head) }];
}

function envSide(values: readonly string[], max: number): string {
  if (values.length === 0) return '?';
  const shown = values.slice(0, 2).map((v) => safeText(v, max));
  return `${shown.join('/')}${values.length > 2 ? ` +${values.length - 2}` : ''}`;
}

/** One field's change, escaped: "runner h200-cw\_00 → h200-nb\_1". */
function envFieldText(ch: EnvFieldChange, max = 40): string {
  return `${ch.field} ${envSide(ch.base, max)} → ${envSide(ch.head, max)}`;
}

/**
 * The first changed field of a pair, escaped, for a row ("cluster cw → nb (+ runner)"); '' when
 * none. A change the headline already states for most cells reads "cluster as above" in the
 * change tables (`asAbove`) and is left out of the per-cell verdicts.
 */
export function envRowText(d: CellDiff, diff: ReportDiff, asAbove = false): string {
  const ch = envChange(d);
  if (!ch || ch.length === 0) return '';
  const first = ch[0] as EnvFieldChange;
  const common = envCommon(diff);
  if (common && envKey(first) === envKey(common.change)) return asAbove ? `${first.field} as above` : '';
  const more = ch.slice(1).map((c) => c.field);
  return `${envFieldText(first)}${more.length > 0 ? ` (+${NB}${more.join(', ')})` : ''}`;
}

function envKey(c: EnvFieldChange): string {
  return JSON.stringify([c.field, c.base, c.head]);
}

interface EnvCommon {
  /** The changed field most pairs share first, with every base and head value of those pairs. */
  change: EnvFieldChange;
  /** Pairs whose first change is that field; pairs that say where they ran; pairs changed otherwise. */
  n: number;
  known: number;
  others: number;
}

const ENV_COMMON = new WeakMap<ReportDiff, EnvCommon | null>();

/**
 * The change of environment shared by most matched pairs, when at least half of the pairs that say
 * where they ran changed it (null otherwise). Computed once per diff.
 */
function envCommon(diff: ReportDiff): EnvCommon | null {
  const hit = ENV_COMMON.get(diff);
  if (hit !== undefined) return hit;
  const known = diff.cells.filter((d) => d.verdict !== null && d.environment && typeof d.environment === 'object');
  const changes = known.map(envChange).filter((c): c is EnvFieldChange[] => c !== null && c.length > 0);
  let out: EnvCommon | null = null;
  if (changes.length > 0 && changes.length * 2 >= known.length) {
    const byField = new Map<string, { base: Set<string>; head: Set<string>; n: number }>();
    for (const c of changes) {
      const first = c[0] as EnvFieldChange;
      const t = byField.get(first.field) ?? { base: new Set<string>(), head: new Set<string>(), n: 0 };
      first.base.forEach((v) => t.base.add(v));
      first.head.forEach((v) => t.head.add(v));
      t.n++;
      byField.set(first.field, t);
    }
    const order = (f: string): number => (ENV_FIELDS as readonly string[]).indexOf(f);
    const [field, t] = [...byField.entries()].sort((a, b) => b[1].n - a[1].n || order(a[0]) - order(b[0]))[0] as [
      string,
      { base: Set<string>; head: Set<string>; n: number },
    ];
    out = {
      change: { field, base: [...t.base].sort(), head: [...t.head].sort() },
      n: t.n,
      known: known.length,
      others: changes.length - t.n,
    };
  }
  ENV_COMMON.set(diff, out);
  return out;
}

/** Headline line for a change of environment most cells share ("base and head ran on different runners: cw → nb"). */
export function envHeadline(diff: ReportDiff): string | null {
  const c = envCommon(diff);
  if (!c) return null;
  const what = ENV_NOUN[c.change.field] ?? ENV_NOUN.environment;
  const values = `${envSide(c.change.base, 60)} → ${envSide(c.change.head, 60)}`;
  const cells = `${c.n} of ${plural(c.known, 'compared cell')}${c.others > 0 ? `; ${c.others} more with other changes` : ''}`;
  return `⚠️ Base and head ${what}: ${values} (${cells}); run-to-run noise across machines is larger than on one.`;
}
