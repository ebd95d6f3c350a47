/* global document, window */
/**
 * The in-page half of test/helpers/browser-render.ts (a plain browser script, injected into the
 * page after mermaid): `inferguardPage.renderCharts(theme)` replaces every `<pre lang="mermaid">`
 * (cmark-gfm's GitHub-style code block) with the SVG mermaid draws, and reports parse errors,
 * sizes, whether the title fits, and the colours drawn; `inferguardPage.measureTables()` opens
 * every <details> and reports each table's header, rows, content width and wrapped cells.
 */
(function () {
  function text(el) {
    return (el.textContent || '').replace(/\s+/g, ' ').trim();
  }

  async function renderCharts(mermaidTheme) {
    const mermaid = window.mermaid;
    mermaid.initialize({ startOnLoad: false, theme: mermaidTheme, securityLevel: 'strict' });
    const out = [];
    const pres = Array.from(document.querySelectorAll('pre[lang="mermaid"]'));
    for (let i = 0; i < pres.length; i++) {
      const pre = pres[i];
      const code = pre.textContent || '';
      const host = document.createElement('div');
      host.className = 'mermaid-host';
      pre.replaceWith(host);
      try {
        const res = await mermaid.render('chart' + i, code);
        host.innerHTML = res.svg;
        const el = host.querySelector('svg');
        const all = host.textContent || '';
        const bomb = /Syntax error in text|Parse error/i.test(all);
        const box = el ? el.getBoundingClientRect() : null;
        const titleEl = el ? el.querySelector('.chart-title text') : null;
        let title = null;
        let clipped = false;
        if (titleEl && el) {
          title = titleEl.textContent;
          const tb = titleEl.getBoundingClientRect();
          clipped = tb.left < box.left - 1 || tb.right > box.right + 1;
        }
        const bg = el ? el.querySelector('rect.background') : null;
        const colours = [];
        if (el) {
          for (const g of el.querySelectorAll('g.plot > g')) {
            const shape = g.querySelector('rect, path');
            if (!shape) continue;
            const kind = /bar/.test(g.getAttribute('class') || '') ? 'bar' : 'line';
            colours.push({
              kind: kind,
              colour: kind === 'bar' ? shape.getAttribute('fill') : shape.getAttribute('stroke'),
            });
          }
        }
        out.push({
          index: i,
          error: bomb ? all.slice(0, 300) : null,
          width: box ? box.width : 0,
          height: box ? box.height : 0,
          title: title,
          titleClipped: clipped,
          background: bg ? bg.getAttribute('fill') : null,
          colours: colours,
        });
      } catch (e) {
        host.textContent = 'MERMAID ERROR: ' + String((e && e.message) || e);
        const stray = document.getElementById('dchart' + i);
        if (stray) stray.remove();
        out.push({
          index: i,
          error: String((e && e.message) || e).slice(0, 500),
          width: 0,
          height: 0,
          title: null,
          titleClipped: false,
          background: null,
          colours: [],
        });
      }
    }
    return out;
  }

  function sectionOf(t) {
    let n = t;
    while (n) {
      let p = n.previousElementSibling;
      while (p) {
        if (/^H[1-4]$/.test(p.tagName)) return text(p);
        if (
          p.tagName === 'P' &&
          p.firstElementChild &&
          p.firstElementChild.tagName === 'STRONG' &&
          text(p) === text(p.firstElementChild)
        )
          return text(p);
        p = p.previousElementSibling;
      }
      n = n.parentElement;
      if (n && n.tagName === 'DETAILS') {
        const s = n.querySelector(':scope > summary');
        if (s) return text(s);
      }
      if (n && n.tagName === 'ARTICLE') break;
    }
    return '';
  }

  /** Number of visual lines a cell's text runs over. */
  function lines(el) {
    const r = document.createRange();
    r.selectNodeContents(el);
    const tops = [];
    for (const rect of r.getClientRects()) if (rect.width > 0) tops.push(Math.round(rect.top));
    tops.sort(function (a, b) {
      return a - b;
    });
    let n = 0;
    let last = -1e9;
    for (const t of tops) {
      if (t - last > 6) n++;
      last = t;
    }
    return n;
  }

  function measureTables() {
    for (const d of document.querySelectorAll('details')) d.setAttribute('open', '');
    return Array.from(document.querySelectorAll('article table')).map(function (t) {
      const header = Array.from(t.querySelectorAll('thead th')).map(text);
      const bodyRows = Array.from(t.querySelectorAll('tbody tr'));
      const rows = bodyRows.map(function (r) {
        return Array.from(r.querySelectorAll('td')).map(text);
      });
      const wrapped = [];
      bodyRows.forEach(function (r, ri) {
        Array.from(r.querySelectorAll('td')).forEach(function (td, ci) {
          if (lines(td) > 1) wrapped.push({ row: ri, col: ci, text: text(td) });
        });
      });
      return { section: sectionOf(t), header: header, rows: rows, scrollWidth: t.scrollWidth, wrapped: wrapped };
    });
  }

  window.inferguardPage = { renderCharts: renderCharts, measureTables: measureTables };
})();
