/**
 * Bad per-request files are findings, never silent skips (issue 23 item 9): an empty per-request
 * JSONL, a line with bytes that are not UTF-8, and a line nested too deep each get a finding that
 * names the file and says what was used instead. Copies of the repo's fixtures are altered in a
 * temp folder; the fixtures themselves are never modified.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS } from '../../src/core/thresholds.js';
import type { Finding } from '../../src/core/types.js';
import { createIngestContext, scanResultsDir } from '../../src/io/ingest-context.js';
import { agentxAiperfAdapter } from '../../src/sources/agentx-aiperf.js';
import { nativeBenchAdapter } from '../../src/sources/inferguard-bench-native.js';
import { parseObjectLine } from '../../src/sources/lib/jsonl-lines.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const tmp = mkdtempSync(path.join(tmpdir(), 'ig-per-request-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function copy(rel: string, name: string): string {
  const to = path.join(tmp, name);
  cpSync(path.join(HERE, '../fixtures/sources', rel), to, { recursive: true });
  return to;
}

async function findings(root: string, adapter: typeof nativeBenchAdapter): Promise<Finding[]> {
  const scan = await scanResultsDir(root);
  const ctx = createIngestContext(root, scan.files, { ...DEFAULT_THRESHOLDS });
  const r = await adapter.collect(ctx);
  return [...r.findings, ...r.fragments.flatMap((f) => f.findings ?? [])];
}

describe('per-request JSONL lines', () => {
  it('a line with bytes that are not UTF-8, or nested too deep, is a named bad line', () => {
    expect(parseObjectLine('{"a": "x\uFFFDy"}')).toEqual({ error: 'bytes that are not UTF-8' });
    expect(parseObjectLine(`${'['.repeat(70)}${']'.repeat(70)}`)).toEqual({ error: 'nested deeper than 64 levels' });
    expect(parseObjectLine('{"ttft": 0.1}')).toEqual({ value: { ttft: 0.1 } });
  });
});

describe('empty per-request files', () => {
  it('native: an empty metrics.jsonl is a finding naming the file; summary.json is used instead', async () => {
    const root = copy('inferguard-bench-native/kv-stress', 'native-empty');
    const file = path.join(root, 'kv-stress-20260518T103000Z', 'metrics.jsonl');
    writeFileSync(file, '');
    const f = (await findings(root, nativeBenchAdapter)).find((x) => x.evidence?.kind === 'empty_file');
    expect(f?.code).toBe('metrics_unavailable');
    expect(f?.message).toContain('kv-stress-20260518T103000Z/metrics.jsonl');
    expect(f?.message).toContain('summary.json instead');
  });

  it('aiperf: an empty profile_export.jsonl is a finding naming the file; the aggregates are used instead', async () => {
    const root = copy('agentx-aiperf/jsonl-only', 'aiperf-empty');
    const file = path.join(root, 'agentic_tm_rfb/conc_16/aiperf_artifacts/profile_export.jsonl');
    expect(readFileSync(file, 'utf8').length).toBeGreaterThan(0);
    writeFileSync(file, '');
    const f = (await findings(root, agentxAiperfAdapter)).find((x) => x.evidence?.kind === 'empty_file');
    expect(f?.code).toBe('metrics_unavailable');
    expect(f?.message).toContain('conc_16/aiperf_artifacts/profile_export.jsonl');
  });

  it('aiperf: a line with bytes that are not UTF-8 is a bad line the finding names', async () => {
    const root = copy('agentx-aiperf/jsonl-only', 'aiperf-latin1');
    const file = path.join(root, 'agentic_tm_rfb/conc_16/aiperf_artifacts/profile_export.jsonl');
    const lines = readFileSync(file);
    writeFileSync(
      file,
      Buffer.concat([Buffer.from('{"metadata": {"x": "'), Buffer.from([0xff, 0xfe]), Buffer.from('"}}\n'), lines]),
    );
    const f = (await findings(root, agentxAiperfAdapter)).find((x) => x.evidence?.kind === 'bad_lines');
    expect(f?.message).toMatch(/line 1: bytes that are not UTF-8/);
  });
});
