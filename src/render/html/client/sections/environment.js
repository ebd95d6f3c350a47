/** Section `environment`: where the runs ran (runner, cluster, host, image), per side, with the cells in each. */

function environmentSection(sec) {
  var env = model.environment;
  if (model.kind === 'compare' && env.pairs > 0) {
    sec.appendChild(
      el(
        'p',
        env.differing > 0 ? 'sev-warning' : null,
        env.differing > 0
          ? env.differing +
              ' of ' +
              env.pairs +
              ' matched cells ran in a different environment than their base: noise between nodes is larger than within one, so read their verdicts with that in mind.'
          : 'Every matched cell ran where its base ran (or one side does not say).',
      ),
    );
  }
  var rows = env.head.map(function (r) {
    return [model.kind === 'compare' ? 'head' : 'this run', r[0], String(r[1])];
  });
  if (env.base)
    env.base.forEach(function (r) {
      rows.push(['base', r[0], String(r[1])]);
    });
  if (rows.length === 0) {
    sec.appendChild(el('p', 'empty', 'No cell of this run says where it ran.'));
    return;
  }
  sec.appendChild(
    dataTable({
      columns: [{ label: 'side' }, { label: 'environment', cls: 'id' }, { label: 'cells', num: true }],
      rows: rows,
    }),
  );
}

SECTIONS.environment = {
  title: 'Environment',
  intro: 'Where the cells ran, as their files say: cluster, runner, host and engine image.',
  draw: environmentSection,
};
