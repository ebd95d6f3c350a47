/* global Plot */
/** Section `cost`: cost per million output tokens vs load per family, base and head. */
function costFigure(fam, C) {
  var head = finiteOnly(points(fam.head, 'head'), ['load', 'cost']);
  var base = finiteOnly(points(fam.base, 'base'), ['load', 'cost']);
  if (head.length + base.length === 0) return null;
  var marks = [];
  [
    { list: base, colour: C.base, dash: '5,4', hollow: true },
    { list: head, colour: C.head },
  ].forEach(function (s) {
    if (s.list.length === 0) return;
    var pts = s.list.slice().sort(function (a, b) {
      return a.load - b.load;
    });
    marks.push(
      Plot.line(pts, { x: 'load', y: 'cost', stroke: s.colour, strokeWidth: 1.8, strokeDasharray: s.dash || null }),
    );
    marks.push(Plot.dot(pts, { x: 'load', y: 'cost', r: 3.5, stroke: s.colour, fill: s.hollow ? C.bg : s.colour }));
  });
  var xt = scaleType(
    head.concat(base).map(function (p) {
      return p.load;
    }),
  );
  var cur = model.meta.currency || '';
  var chart = chartNode(
    plotOptions({
      x: { label: loadAxis(fam) + ' →', type: xt, base: xt === 'log' ? 2 : undefined },
      y: { label: '↑ cost per million output tokens (' + cur + ')', zero: true, nice: true },
      marks: marks,
    }),
  );
  var legend = [legendItem(C.head, model.kind === 'compare' ? 'head' : 'this run', { shape: 'circle' })];
  if (base.length > 0) legend.push(legendItem(C.base, 'base', { dash: true, shape: 'circle', hollow: true }));
  return figure(
    'cost',
    'cost per million output tokens (' + cur + ') vs ' + (fam.load === 'concurrency' ? 'concurrency' : 'request rate'),
    fam.label,
    [chart],
    legend,
    {
      columns: [
        { label: 'side' },
        { label: 'cell', cls: 'id' },
        { label: 'load' },
        { label: 'cost / M output tokens (' + cur + ')', num: true },
      ],
      rows: head.concat(base).map(function (p) {
        return [p.side, cellRef(p), loadLabel(fam, p.load), num(p.cost)];
      }),
    },
  );
}

SECTIONS.cost = {
  title: 'Cost per million tokens',
  draw: function (sec) {
    familyGrid(sec, costFigure, 'No cost: give --gpu-hour-cost or --price-table (and the GPU count) to analyze.');
  },
};
