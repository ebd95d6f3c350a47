/* global document, window */
/* exported showCell */
/** Section `cells`: the data table of every head cell; cell links elsewhere open it at their row. */

/** Rows of the cell table built at load; larger tables are built when opened. */
var EAGER_TABLE_ROWS = 400;

var tableBuilt = false;
function cellsSection(sec) {
  tableBuilt = false;
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

SECTIONS.cells = { title: 'Cells', draw: cellsSection };
