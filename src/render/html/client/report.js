/* global document, window */
/**
 * report.html's page script, last part: draws the model's sections (the shared section table's
 * order, src/render/sections.ts) with their entries in SECTIONS (client/sections/<id>.js), and
 * draws them again when the colour scheme changes. A section without an entry is a console error
 * (the page tests count them), never a silent gap.
 */

function render() {
  var root = document.getElementById('report');
  while (root.firstChild) root.removeChild(root.firstChild);
  model.sections.forEach(function (id) {
    var s = SECTIONS[id];
    if (!s) {
      window.console.error('report.html: no page code for section ' + id);
      return;
    }
    var node = s.title ? section(id, s.title, s.intro) : el('header');
    node.id = id;
    s.draw(node);
    root.appendChild(node);
  });
  document.documentElement.setAttribute('data-rendered', 'true');
}

render();
if (window.matchMedia) {
  var mq = window.matchMedia('(prefers-color-scheme: dark)');
  if (mq.addEventListener) mq.addEventListener('change', render);
}
