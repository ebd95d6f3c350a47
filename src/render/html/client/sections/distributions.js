/* global Plot */
/** Section `distributions`: per-request TTFT and TPOT distributions per family, where samples exist. */

/** Okabe-Ito, for series told apart by category (loads in a distribution). */
var CATEGORICAL = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#f0e442'];

function ecdfChart(fam, key, label) {
  var lines = [];
  fam.dist.forEach(function (d) {
    var q = d[key];
    if (!q || q.length === 0) return;
    var n = q.length - 1;
    q.forEach(function (v, i) {
      lines.push({ load: loadLabel(fam, d.load), ms: v, p: n === 0 ? 1 : i / n });
    });
  });
  if (lines.length === 0) return null;
  var domain = [];
  fam.dist.forEach(function (d) {
    var l = loadLabel(fam, d.load);
    if (domain.indexOf(l) < 0) domain.push(l);
  });
  var xt = scaleType(
    lines.map(function (l) {
      return l.ms;
    }),
    10,
  );
  var ms = lines.map(function (l) {
    return l.ms;
  });
  return chartNode(
    plotOptions({
      width: WIDTH / 2 - 4,
      marginLeft: 44,
      x: {
        label: label + ' (ms) →',
        type: xt,
        nice: xt !== 'log',
        ticks: xt === 'log' ? logTicks(Math.min.apply(null, ms), Math.max.apply(null, ms)) : undefined,
        tickFormat: xt === 'log' ? '~s' : undefined,
      },
      y: { label: '↑ share of requests', domain: [0, 1], tickFormat: '.0%' },
      color: {
        type: 'ordinal',
        domain: domain,
        range: domain.length <= CATEGORICAL.length ? CATEGORICAL : undefined,
        scheme: domain.length > CATEGORICAL.length ? 'viridis' : undefined,
        legend: false,
      },
      marks: [Plot.line(lines, { x: 'ms', y: 'p', z: 'load', stroke: 'load', curve: 'step-after', strokeWidth: 1.6 })],
    }),
  );
}

function distributionFigure(fam) {
  if (!fam.dist || fam.dist.length === 0) return null;
  var a = ecdfChart(fam, 'ttft', 'TTFT');
  var b = ecdfChart(fam, 'tpot', 'TPOT');
  if (!a && !b) return null;
  var legend = fam.dist.map(function (d, i) {
    var c = fam.dist.length <= CATEGORICAL.length ? CATEGORICAL[i] : '#888888';
    return legendItem(c, loadLabel(fam, d.load) + ' (n=' + d.n + ')');
  });
  var rows = [];
  fam.dist.forEach(function (d) {
    var n = Math.max((d.ttft || []).length, (d.tpot || []).length);
    for (var i = 0; i < n; i++)
      rows.push([
        cellRef({ cell: d.cell }),
        loadLabel(fam, d.load),
        n > 1 ? ((100 * i) / (n - 1)).toFixed(0) + '%' : '100%',
        num(d.ttft ? d.ttft[i] : null),
        num(d.tpot ? d.tpot[i] : null),
      ]);
  });
  return figure(
    'distribution',
    'per-request TTFT (ms) and TPOT (ms) distributions (share of requests at or below)',
    fam.label + ' — from the cells’ per-request samples (quantile sketch)',
    [a, b],
    legend,
    {
      columns: [
        { label: 'cell', cls: 'id' },
        { label: 'load' },
        { label: 'quantile' },
        { label: 'TTFT ms', num: true },
        { label: 'TPOT ms', num: true },
      ],
      rows: rows,
    },
  );
}

SECTIONS.distributions = {
  title: 'Per-request distributions',
  draw: function (sec) {
    familyGrid(sec, distributionFigure, 'No cell carries per-request samples.');
  },
};
