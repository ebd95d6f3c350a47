/**
 * Where a run ran, as far as its files say: the cell's `environment` (schemas/
 * inferguard-analyze-v1.schema.json). Never part of a cell's identity: runs of one configuration
 * land on different nodes and clusters, and compare says so next to the verdict
 * (src/core/compare/environment.ts). Pure.
 */
import { toStr } from '../../core/parse.js';
import type { CellEnvironment } from '../../core/types.js';

export interface EnvironmentInput {
  /** The concrete runner or node name (InferenceX `h200-cw_00`, a `runner` field). */
  runner?: string | null;
  /** The runner's cluster or pool; derived from an InferenceX runner name when not given. */
  cluster?: string | null;
  /** The machine's host name (`hostname`, `node` fields). */
  host?: string | null;
  /** The engine's container image. */
  image?: string | null;
}

/**
 * The cluster an InferenceX runner names (configs/runners.yaml: `<hw>-<cluster>_<index>`):
 * `h200-cw_00` → `cw`, `gb200-nv_1` → `nv`, `mi355x-amds_02` → `amds`; null when the name has
 * no part after its hardware.
 */
export function clusterOfRunner(runner: string | null | undefined): string | null {
  if (!runner) return null;
  const dash = runner.indexOf('-');
  if (dash <= 0) return null;
  const rest = runner.slice(dash + 1).replace(/_\d+$/, '');
  return rest === '' ? null : rest;
}

/** The environment block (keys sorted, strings or null), or null when nothing is known. */
export function environmentOf(e: EnvironmentInput | null | undefined): CellEnvironment | null {
  if (!e) return null;
  const clean = (v: string | null | undefined): string | null => {
    const s = typeof v === 'string' ? v.trim() : '';
    return s === '' ? null : s;
  };
  const runner = clean(e.runner);
  const env: CellEnvironment = {
    cluster: clean(e.cluster) ?? clusterOfRunner(runner),
    host: clean(e.host),
    image: clean(e.image),
    runner,
  };
  return Object.values(env).some((v) => v !== null) ? env : null;
}

/** `{ environment }` for a fragment's extras, or nothing. */
export function environmentExtras(e: EnvironmentInput | null | undefined): { environment?: CellEnvironment } {
  const env = environmentOf(e);
  return env === null ? {} : { environment: env };
}

/**
 * Environment keys a result file may carry (vLLM/SGLang `--metadata`, wrappers that add them):
 * `runner`/`runner_name`, `hostname`/`host_name`/`node`/`node_name`, `image`/`docker_image`/
 * `container_image`. `host` alone is not read: bench clients write the server address there.
 */
export function environmentFromRecord(v: Record<string, unknown>): EnvironmentInput {
  const first = (...keys: string[]): string | null => {
    for (const k of keys) {
      const s = toStr(v[k]);
      if (s !== null && s.trim() !== '') return s;
    }
    return null;
  };
  return {
    runner: first('runner', 'runner_name'),
    host: first('hostname', 'host_name', 'node', 'node_name'),
    image: first('image', 'docker_image', 'container_image'),
  };
}

/** The environment an aggregate's topology names: its `image` (AgentX aggregates). */
export function imageOf(topology: Record<string, unknown>): EnvironmentInput {
  return { image: typeof topology.image === 'string' ? topology.image : null };
}
