/* global document, window, location, Event */
/**
 * The in-page half of test/render/html/browser.test.ts (plain browser code, evaluated through the
 * DevTools protocol, which a page's CSP does not govern): `igProbe.figures()` lists every figure
 * (kind, caption, charts, marks, data-table rows once opened), `igProbe.seen()` what a crafted
 * page could have done, `igProbe.row(id)` a table row by id, `igProbe.sections()` the sections
 * drawn and the model's list.
 */
window.igProbe = {
  figures: function () {
    return Array.from(document.querySelectorAll('figure')).map(function (f) {
      var d = f.querySelector('details');
      if (d) {
        d.open = true;
        d.dispatchEvent(new Event('toggle'));
      }
      var cap = f.querySelector('figcaption');
      return {
        kind: f.getAttribute('data-chart') || '',
        caption: cap && cap.firstChild ? cap.firstChild.textContent.trim() : '',
        svgs: f.querySelectorAll('.charts-pair > svg, .charts-pair > figure > svg').length,
        marks: f.querySelectorAll('.charts-pair circle, .charts-pair path, .charts-pair rect').length,
        tableRows: f.querySelectorAll('details tbody tr').length,
      };
    });
  },
  seen: function () {
    var all = Array.from(document.querySelectorAll('*'));
    return {
      pwned: window.__pwned === undefined ? null : window.__pwned,
      scripts: document.querySelectorAll('script').length,
      embeds: document.querySelectorAll('img, iframe, object, embed, link, base, form, meta[http-equiv="refresh"]')
        .length,
      handlers: all.filter(function (e) {
        return Array.from(e.attributes).some(function (a) {
          return a.name.toLowerCase().indexOf('on') === 0;
        });
      }).length,
      hrefs: Array.from(document.querySelectorAll('[href]')).map(function (a) {
        return a.getAttribute('href') || '';
      }),
      text: document.body.textContent || '',
    };
  },
  row: function (id) {
    var tr = document.getElementById(id);
    return tr ? { text: tr.firstElementChild.textContent, hash: location.hash } : null;
  },
  text: function (selector) {
    var e = document.querySelector(selector);
    return e ? e.textContent : null;
  },
  attr: function (selector, name) {
    var e = document.querySelector(selector);
    return e ? e.getAttribute(name) : null;
  },
  /** The ids of the page's drawn sections, in page order, and the model's section list. */
  sections: function () {
    return {
      drawn: Array.from(document.querySelectorAll('#report > [id]')).map(function (e) {
        return e.id;
      }),
      model: JSON.parse(document.getElementById('report-data').textContent).sections,
    };
  },
  /** The rows of a table under `selector` as arrays of cell texts. */
  rows: function (selector) {
    return Array.from(document.querySelectorAll(selector + ' tbody tr')).map(function (tr) {
      return Array.from(tr.children).map(function (td) {
        return td.textContent;
      });
    });
  },
  background: function () {
    return window.getComputedStyle(document.body).backgroundColor;
  },
  ticks: function () {
    return Array.from(
      document.querySelectorAll('figure[data-chart="history"] svg [aria-label="x-axis tick label"] text'),
    ).map(function (t) {
      return t.textContent;
    });
  },
};
