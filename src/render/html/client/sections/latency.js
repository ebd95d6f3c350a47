/* global Plot */
/** Section `latency`: p50 and tail TTFT and TPOT vs load (concurrency or request rate) per family. */
function hasLatency(list, what) {
  return has(finiteOnly(list, ['load']), what + '50') || has(finiteOnly(list, ['load']), what + 'Tail');
}

function latencyChart(fam, C, what, head, base, width) {
  var k50 = what + '50';
  var kt = what + 'Tail';
  var all = head.concat(base);
  var marks = [];
  var series = [
    { list: base, key: k50, colour: C.p50, dash: '5,4', hollow: true },
    { list: base, key: kt, colour: C.p99, dash: '5,4', hollow: true },
    { list: head, key: k50, colour: C.p50 },
    { list: head, key: kt, colour: C.p99 },
  ];
  series.forEach(function (s) {
    var pts = finiteOnly(s.list, ['load', s.key]).sort(function (a, b) {
      return a.load - b.load;
    });
    if (pts.length === 0) return;
    marks.push(
      Plot.line(pts, { x: 'load', y: s.key, stroke: s.colour, strokeWidth: 1.8, strokeDasharray: s.dash || null }),
    );
    marks.push(
      Plot.dot(pts, {
        x: 'load',
        y: s.key,
        r: 3.5,
        stroke: s.colour,
        fill: s.hollow ? C.bg : s.colour,
        symbol: s.key === kt ? 'triangle' : 'circle',
        title: function (d) {
          return loadLabel(fam, d.load) + ': ' + num(d[s.key]) + ' ms (' + d.side + ')';
        },
      }),
    );
  });
  var loads = finiteOnly(all, ['load']).map(function (p) {
    return p.load;
  });
  var xt = scaleType(loads);
  return chartNode(
    plotOptions({
      width: width,
      marginLeft: 52,
      x: { label: loadAxis(fam) + ' →', type: xt, base: xt === 'log' ? 2 : undefined, nice: xt !== 'log' },
      y: { label: '↑ ' + (what === 'ttft' ? 'TTFT' : 'TPOT') + ' (ms)', zero: true, nice: true },
      marks: marks,
    }),
  );
}

function latencyFigure(fam, C) {
  var head = points(fam.head, 'head');
  var base = points(fam.base, 'base');
  var all = head.concat(base);
  var which = ['ttft', 'tpot'].filter(function (w) {
    return hasLatency(all, w);
  });
  if (which.length === 0) return null;
  var width = which.length === 2 ? WIDTH / 2 - 4 : WIDTH;
  var charts = which.map(function (w) {
    return latencyChart(fam, C, w, head, base, width);
  });
  var names = which
    .map(function (w) {
      return w.toUpperCase() + ' (ms)';
    })
    .join(' and ');
  var tail = fam.tail;
  var legend = [legendItem(C.p50, 'p50', { shape: 'circle' }), legendItem(C.p99, tail, { shape: 'circle' })];
  if (base.length > 0)
    legend.push(legendItem(C.muted, 'base (dashed, hollow)', { dash: true, shape: 'circle', hollow: true }));
  var rows = head.concat(base).map(function (p) {
    return [p.side, cellRef(p), loadLabel(fam, p.load), num(p.ttft50), num(p.ttftTail), num(p.tpot50), num(p.tpotTail)];
  });
  return figure(
    'latency',
    'p50 and ' + tail + ' ' + names + ' vs ' + (fam.load === 'concurrency' ? 'concurrency' : 'request rate'),
    fam.label,
    charts,
    legend,
    {
      columns: [
        { label: 'side' },
        { label: 'cell', cls: 'id' },
        { label: 'load' },
        { label: 'p50 TTFT ms', num: true },
        { label: tail + ' TTFT ms', num: true },
        { label: 'p50 TPOT ms', num: true },
        { label: tail + ' TPOT ms', num: true },
      ],
      rows: rows,
    },
  );
}

SECTIONS.latency = {
  title: 'Latency vs load',
  draw: function (sec) {
    familyGrid(sec, latencyFigure, 'No cell has a load point (concurrency or request rate) with TTFT or TPOT.');
  },
};
