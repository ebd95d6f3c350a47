import { roleHits, timelineFinding, timelineGroups } from '../timeline/timeline-block.js';
import { roleNames } from '../timeline/timeline-samples.js';
import type { Finding } from '../types.js';
import type { FindingRule } from './types.js';

/**
 * engine_unidentified (warning), re-derived from the live timeline: a snapshot whose endpoint
 * engine is `unknown` although it was scraped without error (an unreachable endpoint is
 * endpoint_unreachable, not this). One finding per timeline, merged with the carried one.
 */
export const engineUnidentified: FindingRule = {
  code: 'engine_unidentified',
  evaluate({ cells }) {
    const out: Finding[] = [];
    for (const g of timelineGroups(cells)) {
      const s = g.samples;
      const { hits, roles } = roleHits(s, (i) => s.engineUnknownRoles(i));
      if (hits.count === 0) continue;
      const roleList = roleNames(roles);
      out.push(
        timelineFinding(g, {
          code: 'engine_unidentified',
          severity: 'warning',
          hits,
          what: `the ${roleList.join(' and ')} endpoint answering without an identifiable engine`,
          threshold_name: null,
          threshold: null,
          extra: { roles: roleList },
        }),
      );
    }
    return out;
  },
};
