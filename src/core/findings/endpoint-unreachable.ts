import { snapshotsOf, timelineFinding, timelineGroups } from '../timeline-block.js';
import type { Finding, TimelineSample } from '../types.js';
import type { FindingRule } from './types.js';

/**
 * endpoint_unreachable (critical), re-derived from the live timeline's disagg-status/v1
 * snapshots: a snapshot whose `scrape_error` is set (non-empty). One finding per timeline (on the
 * cell that owns it), merged with the carried one; never one per line.
 */
export const endpointUnreachable: FindingRule = {
  code: 'endpoint_unreachable',
  evaluate({ cells }) {
    const out: Finding[] = [];
    for (const g of timelineGroups(cells)) {
      const hits: TimelineSample[] = [];
      const roles = new Set<string>();
      let firstError: string | null = null;
      for (const s of g.samples) {
        let hit = false;
        for (const { role, snap } of snapshotsOf(s)) {
          const err = typeof snap.scrape_error === 'string' ? snap.scrape_error.trim() : '';
          if (err === '') continue;
          hit = true;
          roles.add(role);
          if (firstError === null) firstError = err;
        }
        if (hit) hits.push(s);
      }
      if (hits.length === 0) continue;
      const roleList = [...roles].sort();
      out.push(
        timelineFinding(g, {
          code: 'endpoint_unreachable',
          severity: 'critical',
          hits,
          what: `the ${roleList.join(' and ')} endpoint unreachable (${firstError})`,
          threshold_name: null,
          threshold: null,
          extra: { roles: roleList, first_error: firstError },
        }),
      );
    }
    return out;
  },
};
