/** Section `suspicious`: metrics outside their cell's usual range but inside the tail of run-to-run noise (shown, never failing). */

function suspiciousSection(sec) {
  var list = model.verdicts.filter(function (v) {
    return v.tier === 'SUSPICIOUS';
  });
  if (list.length === 0) {
    sec.appendChild(el('p', 'empty', 'No metric looked suspicious.'));
    return;
  }
  longList(sec, list, verdictItem);
}

SECTIONS.suspicious = {
  title: 'Suspicious metrics',
  intro: "Shown, never failing: a metric outside its cell's usual range but inside the heavy tail of run-to-run noise.",
  draw: suspiciousSection,
};
