import { snapshotsOf, timelineFinding, timelineGroups } from '../timeline-block.js';
import type { Finding, TimelineSample } from '../types.js';
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
      const hits: TimelineSample[] = [];
      const roles = new Set<string>();
      for (const s of g.samples) {
        let hit = false;
        for (const { role, snap } of snapshotsOf(s)) {
          const err = typeof snap.scrape_error === 'string' ? snap.scrape_error.trim() : '';
          const ep = snap.endpoint;
          const engine =
            ep && typeof ep === 'object' && !Array.isArray(ep) ? (ep as Record<string, unknown>).engine : null;
          if (err === '' && typeof engine === 'string' && engine.toLowerCase() === 'unknown') {
            hit = true;
            roles.add(role);
          }
        }
        if (hit) hits.push(s);
      }
      if (hits.length === 0) continue;
      const roleList = [...roles].sort();
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
