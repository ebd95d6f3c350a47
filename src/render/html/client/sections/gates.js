/* global document */
/** Section `gates`: the SLO gate results, the ones that did not pass first, passing ones folded away. */

var GATE_OUTCOMES = { pass: 'pass', fail: 'fail', not_found: 'not found', conflict: 'conflict', error: 'error' };

function gatesTable(rows) {
  var t = dataTable({
    columns: [
      { label: 'outcome' },
      { label: 'severity' },
      { label: 'gate' },
      { label: 'expected' },
      { label: 'value', num: true },
      { label: 'cells', cls: 'id' },
      { label: 'message' },
    ],
    rows: rows.map(function (r) {
      return [
        GATE_OUTCOMES[r.outcome] || r.outcome,
        r.severity === 'warning' ? 'warning' : 'blocking',
        r.gate,
        r.expected,
        r.value,
        '',
        r.message,
      ];
    }),
  });
  t.querySelectorAll('tbody tr').forEach(function (tr, i) {
    var r = rows[i];
    tr.firstChild.className =
      r.outcome === 'pass' ? 'gate-pass' : r.severity === 'warning' ? 'sev-warning' : 'sev-critical';
    if (r.path !== r.gate) tr.children[2].appendChild(el('div', 'sub id', r.path));
    var cells = tr.children[5];
    cells.textContent = '';
    r.cells.forEach(function (c, j) {
      if (j > 0) cells.appendChild(document.createTextNode(', '));
      cells.appendChild(typeof c === 'number' ? cellLink(c, model.cells[c][0]) : el('span', null, c));
    });
    if (r.moreCells > 0) cells.appendChild(document.createTextNode(' +' + r.moreCells));
    if (r.cells.length === 0) cells.textContent = '—';
  });
  return t;
}

function gatesSection(sec) {
  var g = model.gates;
  var s = g.summary;
  if (s.total === 0) {
    sec.appendChild(el('p', 'empty', 'No gates configured.'));
    return;
  }
  var line =
    s.total +
    ' check' +
    (s.total === 1 ? '' : 's') +
    ' from ' +
    s.gates +
    ' gate' +
    (s.gates === 1 ? '' : 's') +
    ': ' +
    s.passed +
    ' passed, ' +
    s.failed +
    ' failed, ' +
    s.not_found +
    ' not found, ' +
    s.conflict +
    ' conflict, ' +
    s.error +
    ' error.';
  var verdict =
    s.blocking_failures > 0
      ? s.blocking_failures + ' blocking check' + (s.blocking_failures === 1 ? '' : 's') + ' did not pass. '
      : s.passed < s.total
        ? 'Passed with warnings. '
        : 'All gates passed. ';
  var p = el('p');
  p.appendChild(
    el('b', s.blocking_failures > 0 ? 'sev-critical' : s.passed < s.total ? 'sev-warning' : 'gate-pass', verdict),
  );
  p.appendChild(document.createTextNode(line));
  sec.appendChild(p);
  var notPassed = g.rows.filter(function (r) {
    return r.outcome !== 'pass';
  });
  var passed = g.rows.filter(function (r) {
    return r.outcome === 'pass';
  });
  if (notPassed.length > 0) sec.appendChild(gatesTable(notPassed));
  if (passed.length > 0) {
    var d = el('details');
    d.appendChild(el('summary', null, passed.length + ' passing check' + (passed.length === 1 ? '' : 's')));
    d.addEventListener('toggle', function () {
      if (d.open && !d.querySelector('table')) d.appendChild(gatesTable(passed));
    });
    sec.appendChild(d);
  }
  if (g.omitted > 0) sec.appendChild(el('p', 'note', g.omitted + ' more gate results in report.json.'));
}

SECTIONS.gates = { title: 'SLO gates', draw: gatesSection };
