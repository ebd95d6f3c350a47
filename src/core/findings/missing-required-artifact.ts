import type { Finding } from '../types.js';
import type { FindingRule } from './types.js';

/**
 * Critical: something the run promised is absent. Adapters report required files missing inside
 * a cell folder; this rule checks the campaign `manifest.json` expectations: a listed cell that
 * produced no cell, and a timeline declared expected that is absent.
 */
export const missingRequiredArtifact: FindingRule = {
  code: 'missing_required_artifact',
  evaluate({ cells, expectations, timelineFiles }) {
    const out: Finding[] = [];
    for (const e of expectations) {
      const matches = cells.filter((c) => {
        if (e.cell_id !== null && c.cell_id === e.cell_id) return true;
        if (e.dir !== null) {
          const dirs = (c.fragment_dirs as string[] | undefined) ?? [];
          return dirs.some((d) => d === e.dir || d.startsWith(`${e.dir}/`));
        }
        return false;
      });
      const what = e.cell_id ?? e.dir ?? '?';
      if (matches.length === 0) {
        out.push({
          code: 'missing_required_artifact',
          severity: 'critical',
          message: `The campaign manifest ${e.file} lists cell ${what}, but no results for it were found.`,
          cell_id: e.cell_id,
          evidence: { kind: 'expected_cell_absent', manifest: e.file, expected: what },
        });
        continue;
      }
      if (e.timeline_expected) {
        const dir = e.dir ?? '';
        const has = timelineFiles.some((t) => (dir === '' ? true : t.startsWith(`${dir}/`)));
        if (!has) {
          out.push({
            code: 'missing_required_artifact',
            severity: 'critical',
            message: `The campaign manifest ${e.file} declares a timeline for ${what}, but no inferguard_timeline.jsonl was found there.`,
            cell_id: matches[0]?.cell_id ?? null,
            evidence: {
              kind: 'expected_timeline_absent',
              manifest: e.file,
              expected: `${dir ? `${dir}/` : ''}inferguard_timeline.jsonl`,
            },
          });
        }
      }
    }
    return out;
  },
};
