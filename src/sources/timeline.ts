/**
 * `inferguard_timeline.jsonl` live overlays (README "Supported inputs"), an optional enrichment.
 *
 * Each line is either an `inferguard-timeline/v1` wrapper (time = `observed_at`) or a raw
 * `disagg-status/v1` snapshot, which has no top-level time: its time is `prefill.scraped_at`
 * (epoch s; decode/transfer `scraped_at` when prefill is null). Every line is checked against its
 * JSON Schema; bad lines (not JSON, failing the schema, no time) become ONE `metrics_unavailable`
 * warning per file, and the rest of the file is used.
 *
 * The findings each snapshot carries are summarised once per code (never one per line), with
 * the max severity seen. Codes outside the analyze enum (`connector_mismatch`) are not findings:
 * they are counted in `non_report_codes`. The pipeline attaches the timeline to the cells whose
 * fragments share its folder.
 */
import { isRecord, toInt, toNumber } from '../core/parse.js';
import { TimelineSamples } from '../core/timeline/timeline-samples.js';
import {
  FINDING_CODES,
  SEVERITIES,
  SEVERITY_RANK,
  type Finding,
  type FindingCode,
  type Severity,
  type TimelineSample,
} from '../core/types.js';
import { validateContract } from '../schemas/validate.js';
import type { AdapterResult, IngestContext, SourceAdapter } from './types.js';

export const TIMELINE_FILE_NAME = 'inferguard_timeline.jsonl';
const WRAPPER = 'inferguard-timeline/v1';
const RAW = 'disagg-status/v1';
/** How many bad line numbers a finding lists. */
const MAX_LISTED_LINES = 5;

type TimelineOut = NonNullable<AdapterResult['timelines']>[number];

export const timelineAdapter: SourceAdapter = {
  id: 'timeline',
  async collect(ctx: IngestContext): Promise<AdapterResult> {
    const result: AdapterResult = { fragments: [], findings: [], manifest: [], timelines: [] };
    for (const f of ctx.files) {
      if (!ctx.isTimelineFile(f.path)) continue;
      ctx.claim(f.path);
      result.manifest.push({ path: f.path, kind: 'timeline', cell_id: null, required: false, present: true });
      result.timelines?.push(await readTimeline(ctx, f.path, f.dir));
    }
    return result;
  },
};

interface BadLine {
  line: number;
  error: string;
}

/** Parses one line into a sample, or says why it is not one. */
export function parseTimelineLine(text: string, line: number): TimelineSample | BadLine {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { line, error: `not JSON (${(e as Error).message.split('\n')[0]})` };
  }
  if (!isRecord(value)) return { line, error: 'not a JSON object' };
  if (value.schema_version === WRAPPER) {
    const v = validateContract(WRAPPER, value);
    if (!v.ok) return { line, error: `fails ${WRAPPER}: ${v.errors[0] ?? 'invalid'}` };
    const status = value.disagg_status as Record<string, unknown>;
    const inner = validateContract(RAW, status);
    if (!inner.ok) return { line, error: `disagg_status fails ${RAW}: ${inner.errors[0] ?? 'invalid'}` };
    const ms = Date.parse(value.observed_at as string);
    if (!Number.isFinite(ms)) return { line, error: `observed_at '${String(value.observed_at)}' is not a time` };
    return { observed_at: ms / 1000, sequence: toInt(value.sequence), line, status };
  }
  if (value.schema_version === RAW) {
    const v = validateContract(RAW, value);
    if (!v.ok) return { line, error: `fails ${RAW}: ${v.errors[0] ?? 'invalid'}` };
    // A raw snapshot has no top-level time; the scrape time of its first endpoint stands in.
    let at: number | null = null;
    for (const role of ['prefill', 'decode', 'transfer']) {
      const snap = value[role];
      if (isRecord(snap)) at = toNumber(snap.scraped_at);
      if (at !== null) break;
    }
    if (at === null) return { line, error: 'raw disagg-status/v1 line has no prefill.scraped_at (no time)' };
    return { observed_at: at, sequence: null, line, status: value };
  }
  return { line, error: `unknown schema_version ${JSON.stringify(value.schema_version ?? null)}` };
}

function iso(epochS: number): string {
  return new Date(Math.round(epochS * 1000)).toISOString();
}

const REPORT_CODES = new Set<string>(FINDING_CODES);

interface CodeAgg {
  samples: number;
  first_at: number;
  last_at: number;
  first_line: number;
  severity: Severity;
  first_message: string | null;
}

/** One pass over a timeline file: the samples, the carried codes, the bad lines (first few) and a read error. */
interface TimelineRead {
  samples: TimelineSamples;
  carriedCodes: CarriedCodes;
  bad: BadLine[];
  badCount: number;
  readError: string | null;
  nonBlank: number;
}

async function scanTimelineLines(ctx: IngestContext, file: string): Promise<TimelineRead> {
  // Each parsed line is folded into compact columns and the carried-code summary, then dropped.
  const read: TimelineRead = {
    samples: new TimelineSamples(),
    carriedCodes: new CarriedCodes(),
    bad: [],
    badCount: 0,
    readError: null,
    nonBlank: 0,
  };
  try {
    for await (const { line, text } of ctx.lines(file)) {
      if (text.trim() === '') continue;
      read.nonBlank++;
      const r = parseTimelineLine(text, line);
      if ('error' in r) {
        // Only the first few bad lines are reported; the rest are counted.
        if (read.bad.length < MAX_LISTED_LINES) read.bad.push(r);
        read.badCount++;
      } else {
        read.samples.push(r);
        read.carriedCodes.add(r);
      }
    }
  } catch (e) {
    read.readError = (e as Error).message;
  }
  read.samples.finish();
  return read;
}

/** Warnings about the file itself: unusable lines, a read that stopped early, no samples at all. */
function timelineFileFindings(file: string, read: TimelineRead): Finding[] {
  const { samples, bad, badCount, readError, nonBlank } = read;
  const findings: Finding[] = [];
  if (badCount > 0) {
    const first = bad[0] as BadLine;
    const listed = bad.map((b) => b.line);
    findings.push({
      code: 'metrics_unavailable',
      severity: 'warning',
      message: `${file} has ${badCount} unusable line(s) of ${nonBlank} (first: line ${listed.join(', ')}; line ${first.line} ${first.error}); the other ${samples.length} sample(s) are used.`,
      cell_id: null,
      evidence: {
        file,
        bad_lines: badCount,
        first_lines: listed,
        first_error: `line ${first.line}: ${first.error}`,
        samples_used: samples.length,
      },
    });
  }
  if (readError !== null) {
    findings.push({
      code: 'metrics_unavailable',
      severity: 'warning',
      message: `${file} could not be read to the end (${readError}); ${samples.length} sample(s) read before the error are used.`,
      cell_id: null,
      evidence: { file, error: readError, samples_used: samples.length },
    });
  } else if (nonBlank === 0) {
    findings.push({
      code: 'metrics_unavailable',
      severity: 'warning',
      message: `${file} is empty: the live timeline has no samples.`,
      cell_id: null,
      evidence: { file, samples_used: 0 },
    });
  }
  return findings;
}

/** One finding per report code the samples carry, with its span and max severity. */
function carriedFindings(file: string, carried: Iterable<[FindingCode, CodeAgg]>, totalSamples: number): Finding[] {
  const findings: Finding[] = [];
  for (const [code, a] of carried) {
    const span = a.samples === 1 ? `at ${iso(a.first_at)}` : `from ${iso(a.first_at)} to ${iso(a.last_at)}`;
    findings.push({
      code,
      severity: a.severity,
      message: `The live timeline ${file} carries ${code} in ${a.samples} of ${totalSamples} samples, ${span} (max severity ${a.severity}).`,
      cell_id: null,
      evidence: {
        samples: a.samples,
        total_samples: totalSamples,
        first_at: iso(a.first_at),
        last_at: iso(a.last_at),
        first_line: a.first_line,
        severity: a.severity,
        first_message: a.first_message,
        carried: true,
      },
    });
  }
  return findings;
}

async function readTimeline(ctx: IngestContext, file: string, dir: string): Promise<TimelineOut> {
  const read = await scanTimelineLines(ctx, file);
  const { samples } = read;
  const { carried, nonReport } = read.carriedCodes.result();
  const findings = [...timelineFileFindings(file, read), ...carriedFindings(file, carried, samples.length)];
  const out: TimelineOut = { file, dir, samples, findings };
  if (nonReport.size > 0) {
    const nr: Record<string, number> = {};
    for (const k of [...nonReport.keys()].sort()) nr[k] = nonReport.get(k) as number;
    out.non_report_codes = nr;
  }
  return out;
}

/**
 * Per code over samples: number of samples carrying it, first/last time, first line (the
 * earliest sample by time, then line), max severity. A code repeated inside one sample counts
 * that sample once. Samples may be added in any order: only min/max/sums are kept.
 */
class CarriedCodes {
  private readonly agg = new Map<string, CodeAgg>();
  private readonly nonReport = new Map<string, number>();

  add(s: TimelineSample): void {
    const list = Array.isArray(s.status.findings) ? s.status.findings : [];
    const seen = list.length > 1 ? new Set<string>() : null;
    for (const f of list) {
      if (!isRecord(f) || typeof f.code !== 'string') continue;
      if (seen) {
        if (seen.has(f.code)) continue;
        seen.add(f.code);
      }
      if (!REPORT_CODES.has(f.code)) {
        this.nonReport.set(f.code, (this.nonReport.get(f.code) ?? 0) + 1);
        continue;
      }
      const sev: Severity = (SEVERITIES as readonly string[]).includes(f.severity as string)
        ? (f.severity as Severity)
        : 'warning';
      const prev = this.agg.get(f.code);
      if (!prev) {
        this.agg.set(f.code, {
          samples: 1,
          first_at: s.observed_at,
          last_at: s.observed_at,
          first_line: s.line,
          severity: sev,
          first_message: typeof f.message === 'string' ? f.message : null,
        });
      } else {
        prev.samples++;
        if (s.observed_at < prev.first_at || (s.observed_at === prev.first_at && s.line < prev.first_line)) {
          prev.first_at = s.observed_at;
          prev.first_line = s.line;
          prev.first_message = typeof f.message === 'string' ? f.message : null;
        }
        if (s.observed_at > prev.last_at) prev.last_at = s.observed_at;
        if (SEVERITY_RANK[sev] > SEVERITY_RANK[prev.severity]) prev.severity = sev;
      }
    }
  }

  result(): { carried: [FindingCode, CodeAgg][]; nonReport: Map<string, number> } {
    const carried = [...this.agg.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([code, a]) => [code as FindingCode, a] as [FindingCode, CodeAgg]);
    return { carried, nonReport: this.nonReport };
  }
}

/** The carried-code summary of `samples` (see CarriedCodes). */
export function summarizeCarried(samples: readonly TimelineSample[]): {
  carried: [FindingCode, CodeAgg][];
  nonReport: Map<string, number>;
} {
  const c = new CarriedCodes();
  for (const s of samples) c.add(s);
  return c.result();
}
