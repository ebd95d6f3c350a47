/**
 * Mermaid xychart-beta charts of one sweep family (one metric over concurrency): base as bars,
 * head as a line, in an explicit palette set by the init directive (each colour ≥ 3:1 against
 * GitHub's light and dark backgrounds), the key in the title, units scaled to the data, failed
 * points marked on the axis, and every number written in plain decimal notation (mermaid's grammar
 * has no exponents).
 */

/** Base (bars) and head (line) colours. Contrast: see test/render/charts.test.ts. */
export const CHART_PALETTE = { base: '#7d8590', head: '#d55e00' } as const;
/**
 * Backgrounds the charts sit on: GitHub's light and dark pages, and the plot background mermaid's
 * default and dark themes draw (white, #333333).
 */
export const CHART_BACKGROUNDS = { light: '#ffffff', dark: '#0d1117', mermaidDark: '#333333' } as const;

export const CHART_WIDTH = 760;
export const CHART_HEIGHT = 300;

/** Plain decimal for mermaid: ≤ 4 significant digits, never an exponent, never -0. */
export function chartNumber(v: number): string {
  if (!Number.isFinite(v)) return '0';
  const a = Math.abs(v);
  if (a < 1e-9) return '0';
  const digits = a >= 1000 ? 0 : Math.min(12, Math.max(0, 3 - Math.floor(Math.log10(a))));
  let s = v.toFixed(digits);
  if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
  return s === '-0' ? '0' : s;
}

/** A round upper bound for the y axis (1, 2, 2.5, 5 × 10^k) at or above `v`. */
export function niceMax(v: number): number {
  if (!Number.isFinite(v) || v <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (m * p >= v * 1.05) return m * p;
  return 10 * p;
}

export interface ChartPoint {
  concurrency: number;
  base: number | null;
  head: number | null;
  /** The head cell had no successful requests (or no value): marked on the x axis. */
  headFailed: boolean;
}

export type ChartMetric = 'latency_s' | 'throughput';

interface Scale {
  unit: string;
  factor: number;
}

function scaleFor(kind: ChartMetric, max: number, unit: string): Scale {
  if (kind === 'latency_s') return max * 1000 >= 10_000 ? { unit: 's', factor: 1 } : { unit: 'ms', factor: 1000 };
  if (max >= 100_000) return { unit: `k ${unit}`, factor: 1 / 1000 };
  return { unit, factor: 1 };
}

function label(s: string): string {
  return s.replace(/["\\]/g, "'").replace(/[^\p{L}\p{N} ._/()%,:+-]/gu, ' ');
}

/**
 * One chart, or null when fewer than 2 points have a value. `title` is the metric name (short);
 * the key ("bars: base, line: head") and the unit are added to it.
 */
export function renderChart(opts: {
  title: string;
  kind: ChartMetric;
  unit: string;
  points: readonly ChartPoint[];
  withBase: boolean;
}): string | null {
  const pts = [...opts.points].sort((a, b) => a.concurrency - b.concurrency);
  const usable = pts.filter((p) => p.head !== null || (opts.withBase && p.base !== null) || p.headFailed);
  const valued = usable.filter((p) => p.head !== null || (opts.withBase && p.base !== null));
  if (valued.length < 2) return null;
  let max = 0;
  for (const p of usable) {
    if (p.head !== null) max = Math.max(max, p.head);
    if (opts.withBase && p.base !== null) max = Math.max(max, p.base);
  }
  const s = scaleFor(opts.kind, max, opts.unit);
  const top = niceMax(max * s.factor);
  const key = opts.withBase ? 'bars base, line head' : 'head run, no baseline';
  const failed = usable.some((p) => p.headFailed);
  const init = {
    xyChart: { width: CHART_WIDTH, height: CHART_HEIGHT, titleFontSize: 16 },
    themeVariables: {
      xyChart: {
        plotColorPalette: opts.withBase ? `${CHART_PALETTE.base}, ${CHART_PALETTE.head}` : CHART_PALETTE.head,
      },
    },
  };
  const x = usable.map((p) => `"${p.concurrency}${p.headFailed ? ' ✗' : ''}"`).join(', ');
  const v = (n: number | null): string => chartNumber(n === null ? 0 : n * s.factor);
  const lines = [
    '```mermaid',
    `%%{init: ${JSON.stringify(init)}}%%`,
    'xychart-beta',
    `  title "${label(`${opts.title} (${s.unit}), ${key}`)}"`,
    `  x-axis "${failed ? 'Concurrency (✗ failed, plotted at 0)' : 'Concurrency'}" [${x}]`,
    `  y-axis "${label(s.unit)}" 0 --> ${chartNumber(top)}`,
  ];
  if (opts.withBase) lines.push(`  bar [${usable.map((p) => v(p.base)).join(', ')}]`);
  lines.push(`  line [${usable.map((p) => v(p.headFailed ? null : p.head)).join(', ')}]`);
  lines.push('```');
  return lines.join('\n');
}

/** WCAG relative luminance of #rrggbb. */
export function luminance(hex: string): number {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const ch = [m[1], m[2], m[3]].map((h) => {
    const c = parseInt(h as string, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * ch[0] + 0.7152 * ch[1] + 0.0722 * ch[2];
}

/** WCAG contrast ratio of two #rrggbb colours. */
export function contrast(a: string, b: string): number {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
