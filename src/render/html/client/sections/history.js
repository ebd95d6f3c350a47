/* global document, Plot */
/** Section `history`: each metric the verdicts used over the base runs, the head marked by its verdict tier. */
var TIER_SYMBOL = { REGRESSION: 'triangle', IMPROVEMENT: 'triangle', SUSPICIOUS: 'diamond' };

function historyFigure(h, C) {
  var runs = h.runs.map(function (r, i) {
    return { x: i, y: r.value, label: r.label };
  });
  var n = runs.length;
  var head = { x: n, y: h.head };
  var labels = runs
    .map(function (r) {
      return r.label;
    })
    .concat(['head']);
  var marks = [];
  if (h.band) {
    marks.push(
      Plot.areaY(
        [
          { x: -0.3, lo: h.band[0], hi: h.band[1] },
          { x: n + 0.3, lo: h.band[0], hi: h.band[1] },
        ],
        { x: 'x', y1: 'lo', y2: 'hi', fill: C.band },
      ),
    );
  }
  if (h.centre !== null) marks.push(Plot.ruleY([h.centre], { stroke: C.p50, strokeDasharray: '4,3' }));
  var known = finiteOnly(runs, ['y']);
  marks.push(Plot.line(known, { x: 'x', y: 'y', stroke: C.base, strokeWidth: 1.5 }));
  marks.push(
    Plot.dot(known, {
      x: 'x',
      y: 'y',
      fill: C.base,
      r: 4,
      title: function (d) {
        return d.label + ': ' + num(d.y) + ' ' + h.unit;
      },
    }),
  );
  var tc = h.tier ? C[h.tier.toLowerCase()] : C.fg;
  if (h.head !== null) {
    marks.push(Plot.dot([head], { x: 'x', y: 'y', r: 6, fill: tc, symbol: TIER_SYMBOL[h.tier] || 'circle' }));
    marks.push(
      Plot.text([head], {
        x: 'x',
        y: 'y',
        text: [h.tier || 'head'],
        dy: -14,
        fill: tc,
        fontWeight: 'bold',
        fontSize: 11,
      }),
    );
  }
  var ys = known
    .map(function (r) {
      return r.y;
    })
    .concat(h.head !== null ? [h.head] : [])
    .concat(h.band || []);
  var chart = chartNode(
    plotOptions({
      x: {
        label: 'base runs, oldest → newest, then head',
        domain: [-0.5, n + 0.5],
        ticks: labels.map(function (_, i) {
          return i;
        }),
        tickFormat: function (i) {
          return labels[i] || '';
        },
        grid: false,
      },
      y: { label: '↑ ' + h.label + ' (' + h.unit + ')', domain: padDomain(ys), nice: true },
      marks: marks,
    }),
  );
  var legend = [
    legendItem(C.base, 'base runs', { shape: 'circle' }),
    legendItem(tc, 'head' + (h.tier ? ': ' + h.tier : ''), { shape: 'circle', line: false }),
  ];
  if (h.band) legend.push(legendItem(C.band, 'noise band: ' + h.bandNote, { shape: 'band', line: false }));
  if (h.centre !== null) legend.push(legendItem(C.p50, 'base centre', { dash: true }));
  var rows = h.runs.map(function (r, i) {
    return ['run ' + (i + 1), r.sha || '—', r.date, r.root, num(r.value)];
  });
  rows.push(['head', h.headSha || '—', h.headDate, h.headRoot, num(h.head)]);
  var fig = figure(
    'history',
    'history: ' + h.label + ' (' + h.unit + ') over the base runs, head marked',
    h.scope,
    [chart],
    legend,
    {
      columns: [
        { label: 'run' },
        { label: 'commit' },
        { label: 'generated' },
        { label: 'input' },
        { label: h.label + ' (' + h.unit + ')', num: true },
      ],
      rows: rows,
    },
  );
  if (h.cell !== null && h.cell !== undefined) {
    var p = el('p', 'note');
    p.appendChild(document.createTextNode('Cell: '));
    p.appendChild(cellLink(h.cell, model.cells[h.cell] ? model.cells[h.cell][0] : 'cell'));
    if (h.note) p.appendChild(document.createTextNode(' — ' + h.note));
    fig.insertBefore(p, fig.querySelector('details'));
  }
  return fig;
}

function padDomain(ys) {
  var v = ys.filter(function (y) {
    return y !== null && isFinite(y);
  });
  if (v.length === 0) return undefined;
  var lo = Math.min.apply(null, v);
  var hi = Math.max.apply(null, v);
  var pad = (hi - lo) * 0.15 || Math.abs(hi) * 0.1 || 1;
  return [Math.max(0, lo - pad), hi + pad];
}

function historySection(sec) {
  if (model.history.length === 0) {
    sec.appendChild(
      el(
        'p',
        'empty',
        model.meta.base_runs < 2
          ? 'History needs at least two base runs; this compare has ' + model.meta.base_runs + '.'
          : 'No metric to show.',
      ),
    );
    return;
  }
  var grid = el('div', 'grid');
  var C = colours();
  model.history.forEach(function (h) {
    grid.appendChild(historyFigure(h, C));
  });
  sec.appendChild(grid);
}

SECTIONS.history = {
  title: 'History',
  intro: 'Each metric the verdicts used, over the base runs, with the head run marked by its verdict tier.',
  draw: historySection,
};
