/* global Plot */
/** Section `pareto`: throughput per GPU vs interactivity per family, base and head overlaid, with the frontier drawn. */
function paretoFigure(fam, C) {
  var head = finiteOnly(points(fam.head, 'head'), ['iv', 'tput']);
  var base = finiteOnly(points(fam.base, 'base'), ['iv', 'tput']);
  if (head.length + base.length === 0) return null;
  var fh = fam.fhead.map(function (r) {
    return { iv: r[0], tput: r[1] };
  });
  var fb = fam.fbase.map(function (r) {
    return { iv: r[0], tput: r[1] };
  });
  var marks = [];
  if (fb.length > 1)
    marks.push(Plot.line(fb, { x: 'iv', y: 'tput', stroke: C.base, strokeWidth: 1.5, strokeDasharray: '5,4' }));
  if (base.length > 0)
    marks.push(
      Plot.dot(base, {
        x: 'iv',
        y: 'tput',
        stroke: C.base,
        fill: 'none',
        r: 4,
        strokeWidth: 1.5,
        title: tipText(fam),
      }),
    );
  if (fh.length > 1) marks.push(Plot.line(fh, { x: 'iv', y: 'tput', stroke: C.head, strokeWidth: 2 }));
  marks.push(Plot.dot(head, { x: 'iv', y: 'tput', fill: C.head, symbol: 'square', r: 4, title: tipText(fam) }));
  marks.push(
    Plot.text(head, {
      x: 'iv',
      y: 'tput',
      text: function (d) {
        return loadLabel(fam, d.load);
      },
      dy: -10,
      fill: C.fg,
      fontSize: 10,
    }),
  );
  var chart = chartNode(
    plotOptions({
      x: { label: 'interactivity (tok/s/user) →', nice: true },
      y: { label: '↑ ' + tputAxis(fam), nice: true, zero: true },
      marks: marks,
    }),
  );
  var legend = [legendItem(C.head, model.kind === 'compare' ? 'head' : 'this run', { shape: 'square' })];
  if (fh.length > 1) legend.push(legendItem(C.head, model.kind === 'compare' ? 'head frontier' : 'frontier'));
  if (base.length > 0) legend.push(legendItem(C.base, 'base', { shape: 'circle', hollow: true, line: false }));
  if (fb.length > 1) legend.push(legendItem(C.base, 'base frontier', { dash: true }));
  var rows = head.concat(base).map(function (p) {
    return [p.side, cellRef(p), loadLabel(fam, p.load), num(p.iv), num(p.tput)];
  });
  return figure(
    'pareto',
    tputUnit(fam) + ' vs tok/s/user',
    fam.label + ' — interactivity = 1000 / p50 TPOT (ms); the line joins the Pareto frontier',
    [chart],
    legend,
    {
      columns: [
        { label: 'side' },
        { label: 'cell', cls: 'id' },
        { label: 'load' },
        { label: 'tok/s/user', num: true },
        { label: tputUnit(fam), num: true },
      ],
      rows: rows,
    },
  );
}

function tipText(fam) {
  return function (d) {
    return (
      loadLabel(fam, d.load) + '\n' + num(d.iv) + ' tok/s/user\n' + num(d.tput) + ' ' + tputUnit(fam) + '\n' + d.side
    );
  };
}

SECTIONS.pareto = {
  title: 'Throughput per GPU vs interactivity',
  intro:
    'Each point is a load point; up and to the right is better. The line joins the Pareto frontier (points no other point beats on both axes).',
  draw: function (sec) {
    familyGrid(sec, paretoFigure, 'No cell has both a throughput and a p50 TPOT (interactivity = 1000 / TPOT ms).');
  },
};
