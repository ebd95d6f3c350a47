/* global document */
/** Section `changes`: the metrics compare found regressed or improved, then the curve changes (frontier, knee, SLO). */

function changesSection(sec) {
  var changed = model.verdicts.filter(function (v) {
    return v.tier !== 'SUSPICIOUS';
  });
  if (changed.length === 0) {
    sec.appendChild(el('p', 'empty', 'No metric regressed or improved.'));
  } else {
    longList(sec, changed, verdictItem);
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

SECTIONS.changes = { title: 'Verdicts', draw: changesSection };
