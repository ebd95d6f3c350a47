/* global document, window, Plot */
/* exported SHOWN_ENTRIES, WIDTH, SECTIONS, add, cellLink, num, pct, colours, loadLabel,
   loadAxis, tputAxis, tputUnit, points, has, finiteOnly, scaleType, logTicks, plotOptions, legendItem, figure,
   dataTable, chartNode, cellRef, section, familyGrid, longList, verdictItem */
/**
 * report.html's page script, first part: what every section shares. The page script is this file,
 * then client/sections/*.js (one file per section, each adding its entry to SECTIONS), then
 * report.js (which draws the model's sections in order), joined inside one function by
 * scripts/gen-report-html.mjs. It reads the report model from the inline JSON block
 * (src/render/html/model.ts builds it). Untrusted text (model names, cell ids, messages, file
 * names) only ever reaches the page as text: textContent, createTextNode, Plot's text and title
 * channels, never innerHTML; the only links are in-page anchors built from integers.
 */

/**
 * The page's sections by id, each added by its file in client/sections/: { title, intro?, draw(sec) }
 * (no title: drawn without a heading). Which are drawn, and in what order, is the model's
 * `sections` (the shared section table, src/render/sections.ts).
 */
var SECTIONS = {};

/** Families whose figures are drawn at load; the rest on "Show all". */
var EAGER_FAMILIES = 12;
/** Entries of a list or table shown at once; the rest behind a "N more" <details>. */
var SHOWN_ENTRIES = 12;
var WIDTH = 560;
var HEIGHT = 290;

var model = JSON.parse(document.getElementById('report-data').textContent);

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

/** One verdict entry (changes and suspicious): tier, metric, the cell linked, what changed. */
function verdictItem(v) {
  var li = el('li');
  li.appendChild(el('b', 'tier-' + v.tier, v.tier));
  li.appendChild(document.createTextNode(' ' + v.metric + ' — '));
  li.appendChild(cellLink(v.cell, v.cell !== null ? model.cells[v.cell][0] : 'run'));
  if (v.text) li.appendChild(document.createTextNode(': ' + v.text));
  return li;
}
