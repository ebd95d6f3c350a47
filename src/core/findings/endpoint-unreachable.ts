import { roleHits, timelineFinding, timelineGroups } from '../timeline/timeline-block.js';
import { roleNames } from '../timeline/timeline-samples.js';
import type { Finding } from '../types.js';
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
      const s = g.samples;
      const { hits, roles } = roleHits(s, (i) => s.unreachableRoles(i));
      if (hits.count === 0) continue;
      // The first scrape error (role order) of the first sample with one, kept by the reader.
      const firstError = s.firstScrapeError;
      const roleList = roleNames(roles);
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
