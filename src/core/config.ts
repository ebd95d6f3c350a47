/**
 * The --config file: parsed (JSON or YAML text in, plain object out), validated against
 * schemas/inferguard-config-v1.schema.json, turned into typed settings. An unknown or ill-typed
 * key is a UsageError naming it.
 */
import { parse as parseYaml } from 'yaml';
import { validateContract } from '../schemas/validate.js';
import { checkGivenFacts } from './cells/given.js';
import type { AnalyzerConfig } from './config-defaults.js';
import { DEFAULT_THRESHOLDS, type Thresholds } from './thresholds.js';
import { UsageError } from './types.js';

export { defaultConfig, type AnalyzerConfig } from './config-defaults.js';

/** Parses config text (`name` is only used in messages; `.json` parses as JSON, else YAML). */
export function parseConfigText(text: string, name: string): AnalyzerConfig {
  let raw: unknown;
  try {
    raw = name.toLowerCase().endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (e) {
    throw new UsageError(`config ${name} does not parse: ${(e as Error).message.split('\n')[0]}`);
  }
  if (raw === null || raw === undefined) raw = {};
  const r = validateContract('inferguard-config/v1', raw);
  if (!r.ok) {
    throw new UsageError(`config ${name}: ${describeConfigError(r.errors[0] ?? 'invalid')}`);
  }
  const obj = raw as Omit<Partial<AnalyzerConfig>, 'run'> & {
    thresholds?: Partial<Thresholds>;
    run?: { hardware?: string; gpus?: number; labels?: Record<string, string | number | boolean>; runner?: string };
  };
  const run = obj.run ?? {};
  const labels = run.labels
    ? Object.fromEntries(Object.entries(run.labels).map(([k, v]) => [k, String(v)]))
    : undefined;
  const given = checkGivenFacts(
    {
      ...(run.hardware !== undefined ? { hardware: run.hardware } : {}),
      ...(run.gpus !== undefined ? { gpus: run.gpus } : {}),
      ...(labels && Object.keys(labels).length > 0 ? { labels } : {}),
      ...(run.runner !== undefined ? { runner: run.runner } : {}),
    },
    `config ${name}: run`,
  );
  if (given.gpus !== undefined && obj.cost?.gpus !== undefined && obj.cost.gpus !== given.gpus)
    throw new UsageError(`config ${name}: run.gpus (${given.gpus}) and cost.gpus (${obj.cost.gpus}) disagree`);
  return {
    thresholds: { ...DEFAULT_THRESHOLDS, ...(obj.thresholds ?? {}) },
    compare: (obj.compare as Record<string, unknown>) ?? {},
    cost: obj.cost ?? {},
    gates: obj.gates ?? [],
    eval_thresholds: obj.eval_thresholds ?? {},
    run: given,
  };
}

function describeConfigError(err: string): string {
  // "/thresholds: must NOT have additional properties 'ttft_cliff'" -> unknown key thresholds.ttft_cliff
  const m = /^(.*): must NOT have additional properties '(.+)'$/.exec(err);
  if (m) {
    const parent = m[1] === '(root)' ? '' : (m[1] ?? '').replace(/^\//, '').replace(/\//g, '.');
    return `unknown key '${parent ? `${parent}.` : ''}${m[2]}'`;
  }
  const t = /^\/(.+?): (.*)$/.exec(err);
  if (t) return `key '${(t[1] ?? '').replace(/\//g, '.')}' ${t[2]}`;
  return err;
}
