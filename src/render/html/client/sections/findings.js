/** Section `findings`: every finding, most severe first, each linked to the row of the cell it names. */
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

SECTIONS.findings = { title: 'Findings', draw: findingsSection };
