/**
 * The inferguard-cost/v1 block, per cell and for the run (docs/ARCHITECTURE.md "Cost").
 * Pure: cells and cost inputs in, blocks and findings out.
 *
 * - Price per GPU-hour: `--gpu-hour-cost` for every cell, or the price table's rate for the cell's
 *   hardware. A hardware with no price gets a `metrics_unavailable` warning and null costs, never 0.
 * - GPUs: topology `gpus`, else `num_prefill_gpu + num_decode_gpu`, else prefill/decode workers ×
 *   tp, else tp × pp (× dp when given), else `--gpus` (which fills, never overrides, what the files
 *   state: src/core/cells/given.ts).
 * - gpu_hours = duration_seconds × gpus / 3600; compute_cost = gpu_hours × price.
 * - Per completed unit: compute_cost / completed sessions (when sessions are known) and / completed
 *   requests; `completion_basis` is session-based when sessions are known.
 * - Per million tokens: compute_cost / (tokens / 1e6) when the run's duration and token totals are
 *   known; else from throughput: price × GPUs / 3600 / (absolute tok/s) × 1e6, where absolute
 *   output tok/s is `output_tput_tps`, else `output_tput_per_gpu` × decode GPUs in multi-node
 *   (× all GPUs when there are no decode GPUs) or × GPUs single-node.
 * - Run level: sums of GPU-hours, compute cost and completed units over the cells, and per-unit
 *   costs from those sums (over the cells where both are known), never an average of ratios.
 */
import { metricOf } from '../curve/curve.js';
import { toInt, toNumber } from '../parse.js';
import { lookupPrice, type PriceTable } from './price-table.js';
import type { Cell, CostBlock, Finding } from '../types.js';

export interface CostInputs {
  currency: string;
  /** Flat price per GPU-hour for every cell (`--gpu-hour-cost`). */
  gpuHourCost?: number | null;
  /** Price per GPU-hour by hardware (`--price-table`). */
  priceTable?: PriceTable | null;
  /** GPU count for cells whose topology names none (`--gpus`; never over a stated count). */
  gpus?: number | null;
}

export interface GpuCount {
  gpus: number | null;
  source: string | null;
}

function topoInt(cell: Cell, key: string): number | null {
  const v = toInt(cell.topology[key]);
  return v !== null && v >= 0 ? v : null;
}

/** GPUs serving a cell, from its topology (override not applied). */
export function gpusFromTopology(cell: Cell): GpuCount {
  const g = topoInt(cell, 'gpus');
  if (g !== null && g > 0) return { gpus: g, source: 'topology.gpus' };
  const p = topoInt(cell, 'num_prefill_gpu');
  const d = topoInt(cell, 'num_decode_gpu');
  if (p !== null && d !== null && p + d > 0) return { gpus: p + d, source: 'num_prefill_gpu + num_decode_gpu' };
  const pw = topoInt(cell, 'prefill_num_workers');
  const ptp = topoInt(cell, 'prefill_tp');
  const dw = topoInt(cell, 'decode_num_workers');
  const dtp = topoInt(cell, 'decode_tp');
  if (pw !== null && ptp !== null && dw !== null && dtp !== null && pw * ptp + dw * dtp > 0) {
    return { gpus: pw * ptp + dw * dtp, source: 'prefill/decode workers × tp' };
  }
  const tp = topoInt(cell, 'tp');
  if (tp !== null && tp > 0) {
    const pp = topoInt(cell, 'pp') ?? 1;
    const dp = topoInt(cell, 'dp') ?? 1;
    return { gpus: tp * Math.max(pp, 1) * Math.max(dp, 1), source: 'tp × pp × dp' };
  }
  return { gpus: null, source: null };
}

function isMultinode(cell: Cell): boolean {
  return cell.is_multinode === true || topoInt(cell, 'num_decode_gpu') !== null;
}

/**
 * Absolute tokens/s of a cell by direction. `gpus` is the measured GPU count (topology, not the
 * price override): per-GPU throughput is per GPU of the measured setup.
 */
export function absoluteTokensPerSec(
  cell: Cell,
  dir: 'input' | 'output' | 'total',
  gpus: number | null,
): number | null {
  const abs = metricOf(cell, `${dir}_tput_tps`);
  if (abs !== null) return abs;
  const perGpu = metricOf(cell, dir === 'total' ? 'tput_per_gpu' : `${dir}_tput_per_gpu`);
  if (perGpu === null) return null;
  if (dir !== 'total' && isMultinode(cell)) {
    const pool = topoInt(cell, dir === 'output' ? 'num_decode_gpu' : 'num_prefill_gpu');
    if (pool !== null && pool > 0) return perGpu * pool;
  }
  return gpus === null ? null : perGpu * gpus;
}

/** Whether a cell measured serving performance at all (eval-only and timeline-only cells have no cost). */
export function hasPerformanceData(cell: Cell): boolean {
  return Object.keys(cell.metrics).some((k) => !k.startsWith('eval_') && cell.metrics[k] !== null);
}

interface CellCostDetail {
  cell: Cell;
  block: CostBlock;
  /** Price per second for the whole cell (rate × gpus / 3600), null when unknown. */
  costPerSecond: number | null;
  absIn: number | null;
  absOut: number | null;
  inputTokens: number | null;
  outputTokens: number | null;
}

function div(a: number | null, b: number | null): number | null {
  return a === null || b === null || b <= 0 ? null : a / b;
}

function intOrNull(v: number | null): number | null {
  return v !== null && Number.isInteger(v) && v >= 0 ? v : null;
}

function priceOf(cell: Cell, inputs: CostInputs): { rate: number | null; source: string; sku: string | null } {
  if (inputs.gpuHourCost !== undefined && inputs.gpuHourCost !== null)
    return { rate: inputs.gpuHourCost, source: '--gpu-hour-cost', sku: null };
  if (inputs.priceTable) {
    const hit = lookupPrice(inputs.priceTable, cell.hardware);
    return hit
      ? { rate: hit.rate, source: `${inputs.priceTable.source}:${hit.key}`, sku: hit.sku }
      : { rate: null, source: inputs.priceTable.source, sku: null };
  }
  return { rate: null, source: 'none', sku: null };
}

/**
 * Warnings for what a cell's cost lacks: no price for its hardware in the price table, no GPU
 * count, neither a duration nor a throughput.
 */
function missingCostInputs(
  cell: Cell,
  inputs: CostInputs,
  known: { priceKnown: boolean; gpusKnown: boolean; timeKnown: boolean },
): Finding[] {
  const findings: Finding[] = [];
  if (!known.priceKnown && inputs.priceTable) {
    findings.push({
      code: 'metrics_unavailable',
      severity: 'warning',
      message: `The price table ${inputs.priceTable.source} has no price for hardware '${cell.hardware ?? 'unknown'}' of cell ${cell.cell_id}, so its cost is unknown.`,
      cell_id: cell.cell_id,
      evidence: {
        kind: 'cost_price_missing',
        hardware: cell.hardware,
        price_table: inputs.priceTable.source,
        priced_skus: Object.keys(inputs.priceTable.rates),
      },
    });
  }
  if (!known.gpusKnown) {
    findings.push({
      code: 'metrics_unavailable',
      severity: 'warning',
      message: `Cell ${cell.cell_id} has no GPU count in its topology and --gpus was not given, so its cost is unknown.`,
      cell_id: cell.cell_id,
      evidence: { kind: 'cost_gpus_unknown', topology_keys: Object.keys(cell.topology).sort() },
    });
  }
  if (!known.timeKnown) {
    findings.push({
      code: 'metrics_unavailable',
      severity: 'warning',
      message: `Cell ${cell.cell_id} has neither a measured duration nor a throughput, so cost per unit cannot be computed.`,
      cell_id: cell.cell_id,
      evidence: {
        kind: 'cost_inputs_missing',
        needs: ['duration_seconds', 'output_tput_tps', 'output_tput_per_gpu', 'tput_per_gpu'],
      },
    });
  }
  return findings;
}

function costDetail(cell: Cell, inputs: CostInputs): { detail: CellCostDetail; findings: Finding[] } {
  const topo = gpusFromTopology(cell);
  const given = inputs.gpus ?? null;
  const gpus = topo.gpus ?? given;
  const measuredGpus = gpus;
  // The count came from --gpus when the topology had none, or when --gpus filled it (cell.given).
  const fromFlag =
    (topo.gpus === null && given !== null) || (cell.given as { gpus?: unknown } | undefined)?.gpus !== undefined;
  const price = priceOf(cell, inputs);
  const duration = metricOf(cell, 'duration_seconds');
  const inputTokens = metricOf(cell, 'total_input_tokens');
  const outputTokens = metricOf(cell, 'total_output_tokens');
  const absIn = absoluteTokensPerSec(cell, 'input', measuredGpus);
  const absOut = absoluteTokensPerSec(cell, 'output', measuredGpus);
  const absTotal = absoluteTokensPerSec(cell, 'total', measuredGpus);

  const findings = missingCostInputs(cell, inputs, {
    priceKnown: price.rate !== null,
    gpusKnown: gpus !== null,
    timeKnown: duration !== null || absOut !== null || absIn !== null || absTotal !== null,
  });

  const gpuHours = duration !== null && gpus !== null ? (duration * gpus) / 3600 : null;
  const computeCost = gpuHours !== null && price.rate !== null ? gpuHours * price.rate : null;
  const costPerSecond = price.rate !== null && gpus !== null ? (price.rate * gpus) / 3600 : null;
  const sessions = intOrNull(toNumber(cell.completion.sessions_completed));
  const requests = intOrNull(toNumber(cell.completion.num_requests_successful));

  const fromTokens = computeCost !== null;
  const perM = (tokens: number | null, abs: number | null): number | null => {
    if (fromTokens) return div(computeCost, tokens === null ? null : tokens / 1e6);
    const perTok = div(costPerSecond, abs);
    return perTok === null ? null : perTok * 1e6;
  };
  const perMIn = perM(inputTokens, absIn);
  const perMOut = perM(outputTokens, absOut);
  const perMTotal = perM(inputTokens !== null && outputTokens !== null ? inputTokens + outputTokens : null, absTotal);
  const block: CostBlock = {
    schema_version: 'inferguard-cost/v1',
    currency: inputs.currency,
    duration_seconds: duration,
    gpus,
    gpu_hours: gpuHours,
    gpu_hour_cost: price.rate,
    compute_cost: computeCost,
    completed_sessions: sessions,
    completed_requests: requests,
    completion_basis: sessions !== null ? 'session-based' : 'request-based',
    cost_per_completed_session: sessions !== null ? div(computeCost, sessions) : null,
    cost_per_completed_request: div(computeCost, requests),
    cost_per_million_input_tokens: perMIn,
    cost_per_million_output_tokens: perMOut,
    cost_per_million_total_tokens: perMTotal,
    per_token_basis:
      perMIn !== null || perMOut !== null || perMTotal !== null
        ? fromTokens
          ? 'duration and token totals'
          : 'throughput'
        : null,
    gpus_source: fromFlag ? '--gpus' : topo.source,
    price_source: price.source,
    hardware_sku: price.sku,
  };
  return { detail: { cell, block, costPerSecond, absIn, absOut, inputTokens, outputTokens }, findings };
}

export interface CostResult {
  /** cell_id → block, for cells with performance data. */
  cells: Map<string, CostBlock>;
  run: CostBlock | null;
  findings: Finding[];
}

function sum(values: (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : known.reduce((a, b) => a + b, 0);
}

/** Cost blocks of every cell with performance data, the run-level block, and the findings. */
export function computeCosts(cells: readonly Cell[], inputs: CostInputs): CostResult {
  const details: CellCostDetail[] = [];
  const findings: Finding[] = [];
  const out = new Map<string, CostBlock>();
  for (const c of [...cells].sort((a, b) => (a.cell_id < b.cell_id ? -1 : a.cell_id > b.cell_id ? 1 : 0))) {
    if (!hasPerformanceData(c)) continue;
    const { detail, findings: f } = costDetail(c, inputs);
    details.push(detail);
    findings.push(...f);
    out.set(c.cell_id, detail.block);
  }
  return { cells: out, run: details.length === 0 ? null : runBlock(details, inputs), findings };
}

function runBlock(details: CellCostDetail[], inputs: CostInputs): CostBlock {
  const costed = details.filter((d) => d.block.compute_cost !== null);
  const computeCost = sum(costed.map((d) => d.block.compute_cost));
  const ratio = (pick: (d: CellCostDetail) => number | null, scale = 1): number | null => {
    const both = costed.filter((d) => pick(d) !== null);
    const c = sum(both.map((d) => d.block.compute_cost));
    const u = sum(both.map(pick));
    return div(c, u === null ? null : u / scale);
  };
  const sessionCells = costed.filter((d) => d.block.completed_sessions !== null);
  // Tokens: from totals where durations exist; otherwise per-second price over per-second tokens.
  const tokenRatio = (
    tokens: (d: CellCostDetail) => number | null,
    abs: (d: CellCostDetail) => number | null,
  ): [number | null, string | null] => {
    const fromTotals = ratio(tokens, 1e6);
    if (fromTotals !== null) return [fromTotals, 'sums of compute cost and token totals'];
    const rated = details.filter((d) => d.costPerSecond !== null && abs(d) !== null);
    const perTok = div(sum(rated.map((d) => d.costPerSecond)), sum(rated.map(abs)));
    return perTok === null ? [null, null] : [perTok * 1e6, 'sums of price per second and tokens per second'];
  };
  const [perMIn, basisIn] = tokenRatio(
    (d) => d.inputTokens,
    (d) => d.absIn,
  );
  const [perMOut, basisOut] = tokenRatio(
    (d) => d.outputTokens,
    (d) => d.absOut,
  );
  const gpusSet = new Set(details.map((d) => d.block.gpus));
  const rates = new Set(details.map((d) => d.block.gpu_hour_cost).filter((r) => r !== null));
  const allSessions = costed.length > 0 && sessionCells.length === costed.length;
  return {
    schema_version: 'inferguard-cost/v1',
    currency: inputs.currency,
    duration_seconds: sum(costed.map((d) => d.block.duration_seconds)),
    gpus: gpusSet.size === 1 ? ([...gpusSet][0] ?? null) : null,
    gpu_hours: sum(details.map((d) => d.block.gpu_hours)),
    gpu_hour_cost: rates.size === 1 ? ([...rates][0] ?? null) : null,
    compute_cost: computeCost,
    completed_sessions: sum(details.map((d) => d.block.completed_sessions)),
    completed_requests: sum(details.map((d) => d.block.completed_requests)),
    completion_basis: allSessions ? 'session-based' : 'request-based',
    cost_per_completed_session: ratio((d) => d.block.completed_sessions),
    cost_per_completed_request: ratio((d) => d.block.completed_requests),
    cost_per_million_input_tokens: perMIn,
    cost_per_million_output_tokens: perMOut,
    per_token_basis: basisOut ?? basisIn,
    cells: details.length,
    cells_with_compute_cost: costed.length,
  };
}
