/**
 * InferGuard campaign `manifest.json` (README "Supported inputs"): the cells a campaign promised.
 * Accepted shape (ours; InferGuard documents the layout but no file format):
 *
 *   { "schema_version": "inferguard-campaign-manifest/v1",
 *     "cells": [ { "cell_id": "...", "path": "rigs/gb200/multi_node/<recipe>", "timeline": true } ] }
 *
 * `path` is relative to the manifest's folder; `cell_id` matches an explicit cell id. A listed
 * cell that produced no results becomes missing_required_artifact (see findings/).
 */
import { isRecord, toStr } from '../core/parse.js';
import type { AdapterResult, ExpectedCell, SourceAdapter } from './types.js';

export const CAMPAIGN_MANIFEST_SCHEMA = 'inferguard-campaign-manifest/v1';

export const campaignManifestAdapter: SourceAdapter = {
  id: 'campaign-manifest',
  async collect(ctx) {
    const result: AdapterResult = { fragments: [], findings: [], manifest: [], expectations: [] };
    for (const f of ctx.files) {
      if (f.name !== 'manifest.json') continue;
      const read = await ctx.readJson(f.path);
      if (!read.ok) continue; // not ours to judge: may be any tool's manifest
      const v = read.value;
      if (!isRecord(v) || v.schema_version !== CAMPAIGN_MANIFEST_SCHEMA) continue;
      ctx.claim(f.path);
      result.manifest.push({ path: f.path, kind: 'campaign_manifest', cell_id: null, required: false, present: true });
      const cells = Array.isArray(v.cells) ? v.cells : [];
      cells.forEach((entry, i) => {
        if (!isRecord(entry)) {
          result.findings.push({
            code: 'metrics_unavailable',
            severity: 'warning',
            message: `${f.path} cells[${i}] is not an object, so it was ignored.`,
            cell_id: null,
            evidence: { file: f.path, index: i },
          });
          return;
        }
        const rel = toStr(entry.path);
        const expected: ExpectedCell = {
          file: f.path,
          cell_id: toStr(entry.cell_id),
          dir: rel === null ? null : joinPosix(f.dir, rel),
          timeline_expected: entry.timeline === true,
        };
        result.expectations?.push(expected);
      });
    }
    return result;
  },
};

function joinPosix(dir: string, rel: string): string {
  const parts = (dir ? `${dir}/${rel}` : rel).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '' || p === '.') continue;
    if (p === '..') out.pop();
    else out.push(p);
  }
  return out.join('/');
}
