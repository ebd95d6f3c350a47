/* global document */
/** Section `headline`: the report's title, its facts (run status, cells, findings), the verdict and the contents. */

function headline(root) {
  var m = model.meta;
  root.appendChild(el('h1', null, model.kind === 'compare' ? 'inferguard compare report' : 'inferguard report'));
  root.appendChild(status(model.headline));
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
  item('findings', m.findings.critical + ' critical, ' + m.findings.warning + ' warning, ' + m.findings.info + ' info');
  item('inferguard', m.version);
  root.appendChild(ul);
  if (model.verdict) {
    var p = el('p');
    p.appendChild(el('span', 'verdict tier-' + model.verdict.verdict, model.verdict.verdict));
    p.appendChild(document.createTextNode(' ' + model.verdict.summary));
    root.appendChild(p);
  }
  root.appendChild(contents());
  model.notes.forEach(function (n) {
    root.appendChild(el('p', 'note', n));
  });
}

/** The run status and its facts, in the PR comment headline's words (the comment's title is the same word). */
function status(h) {
  var box = el('div', 'status');
  var p = el('p', 'status-word', h.status.icon + ' ' + h.status.word);
  p.setAttribute('title', h.status.means);
  box.appendChild(p);
  var ul = el('ul', 'facts');
  h.facts.forEach(function (f) {
    var li = el('li');
    li.appendChild(el('b', null, f.label + ': '));
    li.appendChild(document.createTextNode(f.icon + ' ' + f.word.toLowerCase()));
    li.appendChild(el('span', 'means', ' — ' + f.means));
    ul.appendChild(li);
  });
  box.appendChild(ul);
  return box;
}

/** Links to the page's titled sections, in the order they are drawn. */
function contents() {
  var nav = el('nav', 'toc');
  nav.setAttribute('aria-label', 'sections');
  model.sections.forEach(function (id) {
    var s = SECTIONS[id];
    if (!s || !s.title) return;
    var a = el('a', null, s.title);
    a.setAttribute('href', '#' + id);
    nav.appendChild(a);
  });
  return nav;
}

SECTIONS.headline = { draw: headline };
