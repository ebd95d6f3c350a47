/* global document, window, Plot */
/**
 * report.html's page script (plain browser JavaScript, inlined by scripts/gen-report-html.mjs).
 * It reads the report model from the inline JSON block (src/render/html/model.ts builds it) and
 * draws every section with Observable Plot. Untrusted text (model names, cell ids, messages, file
 * names) only ever reaches the page as text: textContent, createTextNode, Plot's text and title
 * channels, never innerHTML; the only links are in-page anchors built from integers.
 */
(function () {
  'use strict';

  /** Families whose figures are drawn at load; the rest on "Show all". */
  var EAGER_FAMILIES = 12;
  /** Entries of a list or table shown at once; the rest behind a "N more" <details>. */
  var SHOWN_ENTRIES = 12;
  /** Rows of the cell table built at load; larger tables are built when opened. */
  var EAGER_TABLE_ROWS = 400;
  var WIDTH = 560;
  var HEIGHT = 290;
  /** Okabe-Ito, for series told apart by category (loads in a distribution). */
  var CATEGORICAL = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#f0e442'];

  var model = JSON.parse(document.getElementById('report-data').textContent);
  var F = {};
  model.fields.forEach(function (f, i) {
    F[f] = i;
  });

  // ---------- small DOM helpers (text only) ----------

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function add(parent) {
    for (var i = 1; i < arguments.length; i++) if (arguments[i]) parent.appendChild(arguments[i]);
    return parent;
  }

  function cellLink(idx, text) {
    if (typeof idx !== 'number' || !Number.isInteger(idx) || idx < 0 || idx >= model.cells.length)
      return el('span', null, text);
    var a = el('a', null, text);
    a.setAttribute('href', '#cell-' + idx);
    a.addEventListener('click', function () {
      showCell(idx);
    });
    return a;
  }

  function num(v, digits) {
    if (v === null || v === undefined || !isFinite(v)) return '—';
    var a = Math.abs(v);
    var s =
      digits !== undefined
        ? v.toFixed(digits)
        : a >= 100
          ? v.toFixed(0)
          : a >= 10
            ? v.toFixed(1)
            : a >= 1
              ? v.toFixed(2)
              : a === 0
                ? '0'
                : v.toPrecision(3);
    var parts = s.split('.');
    parts[0] = parts[0].replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return parts.join('.');
  }

  function pct(v) {
    return v === null || v === undefined || !isFinite(v) ? '—' : (v * 100).toFixed(1) + '%';
  }

  function colours() {
    var cs = window.getComputedStyle(document.documentElement);
    var names = ['fg', 'muted', 'bg', 'base', 'head', 'p50', 'p99', 'regression', 'improvement', 'suspicious', 'band'];
    var out = {};
    names.forEach(function (n) {
      out[n] = cs.getPropertyValue('--' + n).trim();
    });
    return out;
  }

  function loadLabel(fam, v) {
    if (v === null || v === undefined) return '—';
    var t = Number.isInteger(v) ? String(v) : num(v);
    return fam.load === 'concurrency' ? 'c' + t : t + ' req/s';
  }

  function loadAxis(fam) {
    return fam.load === 'concurrency' ? 'concurrency (requests in flight)' : 'request rate (req/s)';
  }

  function tputAxis(fam) {
    return fam.tput === 'per_gpu'
      ? 'throughput per GPU (tok/s/GPU)'
      : fam.tput === 'output'
        ? 'output throughput (tok/s, GPU count unknown)'
        : 'total throughput (tok/s, GPU count unknown)';
  }

  function tputUnit(fam) {
    return fam.tput === 'per_gpu' ? 'tok/s/GPU' : 'tok/s';
  }

  /** Row arrays as objects with the model's field names. */
  function points(rows, side) {
    return rows.map(function (r) {
      var o = { side: side };
      model.fields.forEach(function (f, i) {
        o[f] = r[i];
      });
      return o;
    });
  }

  function has(list, key) {
    return list.some(function (p) {
      return p[key] !== null && p[key] !== undefined && isFinite(p[key]);
    });
  }

  function finiteOnly(list, keys) {
    return list.filter(function (p) {
      return keys.every(function (k) {
        return p[k] !== null && p[k] !== undefined && isFinite(p[k]);
      });
    });
  }

  /** 'log' when the positive values span at least `ratio` (default 8: a load sweep of powers of 2). */
  function scaleType(values, ratio) {
    var v = values.filter(function (x) {
      return x > 0 && isFinite(x);
    });
    if (v.length < 2) return 'linear';
    return Math.max.apply(null, v) / Math.min.apply(null, v) >= (ratio || 8) ? 'log' : 'linear';
  }

  /** 1-2-5 ticks between lo and hi (a log axis labelled at readable values). */
  function logTicks(lo, hi) {
    var out = [];
    if (!(lo > 0) || !(hi > lo)) return undefined;
    for (var e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++)
      [1, 2, 5].forEach(function (m) {
        var t = m * Math.pow(10, e);
        if (t >= lo && t <= hi) out.push(t);
      });
    return out.length >= 2 ? out : undefined;
  }

  function plotOptions(o) {
    var base = {
      width: WIDTH,
      height: HEIGHT,
      marginLeft: 60,
      marginRight: 20,
      marginBottom: 42,
      grid: true,
      style: { background: 'transparent', fontSize: '11px', overflow: 'visible' },
    };
    for (var k in o) base[k] = o[k];
    return base;
  }

  // ---------- figures ----------

  /** A legend entry: a small SVG swatch (line, dash, marker) and its text. */
  function legendItem(colour, label, opts) {
    var ns = 'http://www.w3.org/2000/svg';
    var svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('width', '28');
    svg.setAttribute('height', '12');
    svg.setAttribute('aria-hidden', 'true');
    if (!opts || opts.line !== false) {
      var line = document.createElementNS(ns, 'line');
      line.setAttribute('x1', '1');
      line.setAttribute('x2', '27');
      line.setAttribute('y1', '6');
      line.setAttribute('y2', '6');
      line.setAttribute('stroke', colour);
      line.setAttribute('stroke-width', '2');
      if (opts && opts.dash) line.setAttribute('stroke-dasharray', '4,3');
      svg.appendChild(line);
    }
    var shape = opts && opts.shape;
    if (shape === 'band') {
      var rect = document.createElementNS(ns, 'rect');
      rect.setAttribute('x', '1');
      rect.setAttribute('y', '1');
      rect.setAttribute('width', '26');
      rect.setAttribute('height', '10');
      rect.setAttribute('fill', colour);
      svg.appendChild(rect);
    } else if (shape) {
      var m = document.createElementNS(ns, shape === 'square' ? 'rect' : 'circle');
      if (shape === 'square') {
        m.setAttribute('x', '10');
        m.setAttribute('y', '2');
        m.setAttribute('width', '8');
        m.setAttribute('height', '8');
      } else {
        m.setAttribute('cx', '14');
        m.setAttribute('cy', '6');
        m.setAttribute('r', '4');
      }
      m.setAttribute('fill', opts.hollow ? 'none' : colour);
      m.setAttribute('stroke', colour);
      m.setAttribute('stroke-width', '1.5');
      svg.appendChild(m);
    }
    var span = el('span');
    span.appendChild(svg);
    span.appendChild(document.createTextNode(label));
    return span;
  }

  /**
   * A <figure>: caption (what it shows, axes and units), a legend, the chart(s), and the data
   * table alternative, built when its <details> is first opened.
   */
  function figure(kind, caption, sub, charts, legend, table) {
    var fig = el('figure');
    fig.setAttribute('data-chart', kind);
    var cap = el('figcaption', null, caption);
    if (sub) cap.appendChild(el('span', 'sub', sub));
    fig.appendChild(cap);
    if (legend && legend.length > 0) {
      var lg = el('div', 'legend');
      legend.forEach(function (l) {
        lg.appendChild(l);
      });
      fig.appendChild(lg);
    }
    var box = el('div', 'charts-pair');
    charts.forEach(function (c) {
      if (!c) return;
      // A screen reader hears the caption; the numbers are in the data table below.
      if (c.tagName && c.tagName.toLowerCase() === 'svg') {
        c.setAttribute('role', 'img');
        c.setAttribute('aria-label', caption + (sub ? ' — ' + sub : ''));
      }
      box.appendChild(c);
    });
    fig.appendChild(box);
    if (table) fig.appendChild(lazyTable('Data table', table));
    return fig;
  }

  function lazyTable(label, spec) {
    var d = el('details');
    d.appendChild(el('summary', null, label + ' (' + spec.rows.length + ' rows)'));
    var built = false;
    function build() {
      if (built) return;
      built = true;
      d.appendChild(dataTable(spec));
    }
    d.addEventListener('toggle', function () {
      if (d.open) build();
    });
    d.buildNow = build;
    return d;
  }

  /** spec: { columns: [{label, num?}], rows: [[cell, ...]] } where a cell is text or {text, link}. */
  function dataTable(spec, rowId) {
    var wrap = el('div', 'table-wrap');
    var t = el('table');
    var thead = el('thead');
    var hr = el('tr');
    spec.columns.forEach(function (c) {
      hr.appendChild(el('th', null, c.label));
    });
    add(t, add(thead, hr));
    var tb = el('tbody');
    spec.rows.forEach(function (r, ri) {
      var tr = el('tr');
      if (rowId) tr.id = rowId(ri);
      r.forEach(function (v, i) {
        var td = el('td', spec.columns[i].num ? 'num' : spec.columns[i].cls || null);
        if (v && typeof v === 'object') td.appendChild(cellLink(v.link, v.text));
        else td.textContent = v === null || v === undefined ? '—' : String(v);
        tr.appendChild(td);
      });
      tb.appendChild(tr);
    });
    t.appendChild(tb);
    wrap.appendChild(t);
    return wrap;
  }

  function chartNode(opts) {
    try {
      return Plot.plot(opts);
    } catch (e) {
      return el('p', 'empty', 'chart not drawn: ' + String((e && e.message) || e));
    }
  }

  function cellRef(p) {
    return p.cell >= 0 ? { text: model.cells[p.cell][0], link: p.cell } : 'base';
  }

  // ---------- sections ----------

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
      return [
        p.side,
        cellRef(p),
        loadLabel(fam, p.load),
        num(p.ttft50),
        num(p.ttftTail),
        num(p.tpot50),
        num(p.tpotTail),
      ];
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
        marks: [
          Plot.line(lines, { x: 'ms', y: 'p', z: 'load', stroke: 'load', curve: 'step-after', strokeWidth: 1.6 }),
        ],
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
      'cost per million output tokens (' +
        cur +
        ') vs ' +
        (fam.load === 'concurrency' ? 'concurrency' : 'request rate'),
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

  // ---------- page ----------

  function section(id, title, intro) {
    var s = el('section');
    s.id = id;
    s.appendChild(el('h2', null, title));
    if (intro) s.appendChild(el('p', 'note', intro));
    return s;
  }

  /** Figures per family: the first EAGER_FAMILIES at once, the rest behind a button. */
  function familyGrid(sec, make, emptyText) {
    var grid = el('div', 'grid');
    sec.appendChild(grid);
    var C = colours();
    var made = 0;
    var pending = [];
    model.families.forEach(function (fam) {
      if (made < EAGER_FAMILIES) {
        var f = make(fam, C);
        if (f) {
          grid.appendChild(f);
          made++;
        }
      } else pending.push(fam);
    });
    if (pending.length > 0) {
      var b = el('button', null, 'Show the other ' + pending.length + ' configurations');
      b.addEventListener('click', function () {
        var C2 = colours();
        pending.forEach(function (fam) {
          var f = make(fam, C2);
          if (f) grid.appendChild(f);
        });
        b.remove();
      });
      sec.appendChild(b);
    }
    if (made === 0 && pending.length === 0) sec.appendChild(el('p', 'empty', emptyText));
  }

  function header(root) {
    var m = model.meta;
    root.appendChild(el('h1', null, model.kind === 'compare' ? 'inferguard compare report' : 'inferguard report'));
    var ul = el('ul', 'meta');
    function item(k, v) {
      var li = el('li');
      li.appendChild(document.createTextNode(k + ': '));
      li.appendChild(el('b', null, v));
      ul.appendChild(li);
    }
    item('generated', m.generated_at);
    item('input', m.input_root);
    item('cells', String(m.cells));
    item('run', m.status);
    if (model.kind === 'compare') item('base runs', String(m.base_runs));
    item(
      'findings',
      m.findings.critical + ' critical, ' + m.findings.warning + ' warning, ' + m.findings.info + ' info',
    );
    item('inferguard', m.version);
    root.appendChild(ul);
    if (model.verdict) {
      var p = el('p');
      p.appendChild(el('span', 'verdict tier-' + model.verdict.verdict, model.verdict.verdict));
      p.appendChild(document.createTextNode(' ' + model.verdict.summary));
      root.appendChild(p);
    }
    var nav = el('nav', 'toc');
    nav.setAttribute('aria-label', 'sections');
    SECTIONS.forEach(function (s) {
      if (s.when && !s.when()) return;
      var a = el('a', null, s.title);
      a.setAttribute('href', '#' + s.id);
      nav.appendChild(a);
    });
    root.appendChild(nav);
  }

  function verdictsSection(sec) {
    if (model.verdicts.length === 0) {
      sec.appendChild(el('p', 'empty', 'No metric regressed, improved or looked suspicious.'));
    } else {
      longList(sec, model.verdicts, function (v) {
        var li = el('li');
        li.appendChild(el('b', 'tier-' + v.tier, v.tier));
        li.appendChild(document.createTextNode(' ' + v.metric + ' — '));
        li.appendChild(cellLink(v.cell, v.cell !== null ? model.cells[v.cell][0] : 'run'));
        if (v.text) li.appendChild(document.createTextNode(': ' + v.text));
        return li;
      });
    }
    if (model.frontier.length > 0) {
      sec.appendChild(el('h3', null, 'Curve changes (frontier, knee, SLO)'));
      longList(sec, model.frontier, function (f) {
        var li = el('li');
        li.appendChild(el('b', null, model.families[f.family] ? model.families[f.family].label : ''));
        li.appendChild(document.createTextNode(': ' + f.text));
        return li;
      });
    }
  }

  /** The first SHOWN_ENTRIES items as a list, the rest in a <details> built when opened. */
  function longList(sec, items, item) {
    var ul = el('ul', 'list');
    items.slice(0, SHOWN_ENTRIES).forEach(function (x) {
      ul.appendChild(item(x));
    });
    sec.appendChild(ul);
    if (items.length <= SHOWN_ENTRIES) return;
    var rest = items.slice(SHOWN_ENTRIES);
    var d = el('details');
    d.appendChild(el('summary', null, rest.length + ' more'));
    d.addEventListener('toggle', function () {
      if (!d.open || d.querySelector('ul')) return;
      var more = el('ul', 'list');
      rest.forEach(function (x) {
        more.appendChild(item(x));
      });
      d.appendChild(more);
    });
    sec.appendChild(d);
  }

  function findingsSection(sec) {
    if (model.findings.length === 0) {
      sec.appendChild(el('p', 'empty', 'No findings.'));
      return;
    }
    function table(list) {
      var t = dataTable({
        columns: [{ label: 'severity' }, { label: 'code' }, { label: 'cell', cls: 'id' }, { label: 'message' }],
        rows: list.map(function (f) {
          return [f.sev, f.code, f.cell === null ? 'run' : { text: model.cells[f.cell][0], link: f.cell }, f.msg];
        }),
      });
      t.querySelectorAll('tbody tr').forEach(function (tr, i) {
        tr.firstChild.className = 'sev-' + list[i].sev;
      });
      return t;
    }
    sec.appendChild(table(model.findings.slice(0, SHOWN_ENTRIES)));
    if (model.findings.length > SHOWN_ENTRIES) {
      var rest = model.findings.slice(SHOWN_ENTRIES);
      var d = el('details');
      d.appendChild(el('summary', null, rest.length + ' more findings'));
      d.addEventListener('toggle', function () {
        if (d.open && !d.querySelector('table')) d.appendChild(table(rest));
      });
      sec.appendChild(d);
    }
    if (model.findingsOmitted > 0)
      sec.appendChild(el('p', 'note', model.findingsOmitted + ' more findings in report.json.'));
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

  var tableBuilt = false;
  function cellsSection(sec) {
    var d = el('details');
    d.id = 'cells-table';
    d.appendChild(el('summary', null, 'All ' + model.cells.length + ' cells'));
    sec.appendChild(d);
    d.buildNow = function () {
      if (tableBuilt) return;
      tableBuilt = true;
      d.appendChild(
        dataTable(cellsSpec(), function (i) {
          return 'cell-' + i;
        }),
      );
    };
    d.addEventListener('toggle', function () {
      if (d.open) d.buildNow();
    });
    if (model.cells.length <= EAGER_TABLE_ROWS) {
      d.open = true;
      d.buildNow();
    }
  }

  function cellsSpec() {
    var byCell = [];
    model.families.forEach(function (fam) {
      points(fam.head, 'head').forEach(function (p) {
        byCell[p.cell] = { fam: fam, p: p };
      });
    });
    var cur = model.meta.currency || '';
    return {
      columns: [
        { label: 'cell', cls: 'id' },
        { label: 'configuration' },
        { label: 'load' },
        { label: 'throughput', num: true },
        { label: 'tok/s/user', num: true },
        { label: 'p50 TTFT ms', num: true },
        { label: 'tail TTFT ms', num: true },
        { label: 'p50 TPOT ms', num: true },
        { label: 'tail TPOT ms', num: true },
        { label: 'success', num: true },
        { label: 'cost / M out' + (cur ? ' (' + cur + ')' : ''), num: true },
        { label: 'compare' },
      ],
      rows: model.cells.map(function (c, i) {
        var x = byCell[i];
        var p = x ? x.p : {};
        var fam = x ? x.fam : { label: '', load: 'concurrency', tput: 'per_gpu' };
        return [
          c[0],
          fam.label,
          loadLabel(fam, p.load),
          p.tput === null || p.tput === undefined ? '—' : num(p.tput) + ' ' + tputUnit(fam),
          num(p.iv),
          num(p.ttft50),
          num(p.ttftTail),
          num(p.tpot50),
          num(p.tpotTail),
          pct(p.success),
          num(p.cost),
          c[2] || '',
        ];
      }),
    };
  }

  /** A link to a cell: build and open the cell table, then let the browser follow the anchor. */
  function showCell(idx) {
    var d = document.getElementById('cells-table');
    if (!d) return;
    d.buildNow();
    d.open = true;
    var row = document.getElementById('cell-' + idx);
    if (row) {
      row.classList.add('flash');
      window.setTimeout(function () {
        row.classList.remove('flash');
      }, 2000);
    }
  }

  var SECTIONS = [
    {
      id: 'verdicts',
      title: 'Verdicts',
      when: function () {
        return model.kind === 'compare';
      },
      render: verdictsSection,
    },
    { id: 'findings', title: 'Findings', render: findingsSection },
    {
      id: 'pareto',
      title: 'Throughput per GPU vs interactivity',
      intro:
        'Each point is a load point; up and to the right is better. The line joins the Pareto frontier (points no other point beats on both axes).',
      render: function (sec) {
        familyGrid(sec, paretoFigure, 'No cell has both a throughput and a p50 TPOT (interactivity = 1000 / TPOT ms).');
      },
    },
    {
      id: 'latency',
      title: 'Latency vs load',
      render: function (sec) {
        familyGrid(sec, latencyFigure, 'No cell has a load point (concurrency or request rate) with TTFT or TPOT.');
      },
    },
    {
      id: 'distributions',
      title: 'Per-request distributions',
      render: function (sec) {
        familyGrid(sec, distributionFigure, 'No cell carries per-request samples.');
      },
    },
    {
      id: 'history',
      title: 'History',
      when: function () {
        return model.kind === 'compare';
      },
      intro: 'Each metric the verdicts used, over the base runs, with the head run marked by its verdict tier.',
      render: historySection,
    },
    {
      id: 'cost',
      title: 'Cost per million tokens',
      render: function (sec) {
        familyGrid(sec, costFigure, 'No cost: give --gpu-hour-cost or --price-table (and the GPU count) to analyze.');
      },
    },
    { id: 'cells', title: 'Cells', render: cellsSection },
  ];

  function render() {
    var root = document.getElementById('report');
    while (root.firstChild) root.removeChild(root.firstChild);
    tableBuilt = false;
    header(root);
    model.notes.forEach(function (n) {
      root.appendChild(el('p', 'note', n));
    });
    SECTIONS.forEach(function (s) {
      if (s.when && !s.when()) return;
      var sec = section(s.id, s.title, s.intro);
      s.render(sec);
      root.appendChild(sec);
    });
    document.documentElement.setAttribute('data-rendered', 'true');
  }

  render();
  if (window.matchMedia) {
    var mq = window.matchMedia('(prefers-color-scheme: dark)');
    if (mq.addEventListener) mq.addEventListener('change', render);
  }
})();
