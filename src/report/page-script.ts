/**
 * The report page's own script and style, inlined by render/report-html.ts. The script reads
 * the embedded data model (never the page's text) and draws: time series with uPlot (its
 * legend toggles a series), the co-mention network as SVG (nodes on a circle, links as lines).
 * Strings reach the page only through textContent and setAttribute, never as markup. Each
 * chart records what it drew (data-points, data-nodes, data-links) for the browser tests.
 */
export const PAGE_SCRIPT = String.raw`(function () {
  'use strict';
  var model = JSON.parse(document.getElementById('warta-model').textContent);
  var COLORS = ['#1b6ca8', '#d1495b', '#edae49', '#00798c', '#66a182', '#8d5a97', '#30638e', '#a23b72'];
  var charts = [];

  function timeChart(id, periods, series, yLabel) {
    var el = document.getElementById(id);
    if (!el || !periods.length || !series.length) return;
    var xs = periods.map(function (_, i) { return i; });
    var opts = {
      width: Math.max(280, el.clientWidth),
      height: 260,
      scales: { x: { time: false } },
      axes: [
        {
          // Whole periods only, far enough apart for their labels.
          space: 90,
          incrs: [1, 2, 3, 4, 6, 7, 12, 14, 24, 30, 52, 60, 90, 120, 180, 365],
          values: function (u, splits) { return splits.map(function (i) { return periods[i] === undefined ? '' : periods[i]; }); },
          label: 'period'
        },
        { label: yLabel }
      ],
      series: [{ label: 'period', value: function (u, i) { return i == null ? '' : periods[i]; } }].concat(series.map(function (s, k) {
        return { label: s.label, stroke: COLORS[k % COLORS.length], width: 2, points: { show: periods.length < 60 } };
      }))
    };
    var u = new uPlot(opts, [xs].concat(series.map(function (s) { return s.counts.slice(); })), el);
    el.setAttribute('data-points', String(u.data.slice(1).reduce(function (n, d) { return n + d.length; }, 0)));
    el.setAttribute('data-series', String(u.series.length - 1));
    charts.push({ el: el, u: u });
  }

  function network(id, net) {
    var el = document.getElementById(id);
    if (!el) return;
    var NS = 'http://www.w3.org/2000/svg';
    var width = 860, height = 560, radius = 210;
    var svg = document.createElementNS(NS, 'svg');
    svg.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
    var at = {};
    var maxMentions = Math.max.apply(null, net.nodes.map(function (n) { return n.mentions; }).concat([1]));
    net.nodes.forEach(function (n, i) {
      var a = (2 * Math.PI * i) / Math.max(1, net.nodes.length) - Math.PI / 2;
      at[n.name] = { x: width / 2 + radius * Math.cos(a), y: height / 2 + radius * Math.sin(a), a: a };
    });
    var maxDice = Math.max.apply(null, net.edges.map(function (e) { return e.logDice; }).concat([1]));
    var links = 0;
    net.edges.forEach(function (e) {
      var p = at[e.source], q = at[e.target];
      if (!p || !q) return;
      var line = document.createElementNS(NS, 'line');
      line.setAttribute('x1', p.x); line.setAttribute('y1', p.y);
      line.setAttribute('x2', q.x); line.setAttribute('y2', q.y);
      line.setAttribute('stroke-width', String(0.5 + 3 * Math.max(0, e.logDice) / maxDice));
      line.setAttribute('class', 'link');
      var t = document.createElementNS(NS, 'title');
      t.textContent = e.source + ' + ' + e.target + ': ' + e.paragraphs + ' paragraphs, logDice ' + e.logDice;
      line.appendChild(t);
      svg.appendChild(line);
      links++;
    });
    var TYPES = { PER: 0, ORG: 1, LOC: 3, MISC: 2 };
    net.nodes.forEach(function (n) {
      var p = at[n.name];
      var c = document.createElementNS(NS, 'circle');
      c.setAttribute('cx', p.x); c.setAttribute('cy', p.y);
      c.setAttribute('r', String(4 + 10 * Math.sqrt(n.mentions / maxMentions)));
      c.setAttribute('fill', COLORS[TYPES[n.type] === undefined ? 4 : TYPES[n.type]]);
      c.setAttribute('class', 'node');
      var t = document.createElementNS(NS, 'title');
      t.textContent = n.name + ' (' + n.type + '): ' + n.mentions + ' mentions';
      c.appendChild(t);
      svg.appendChild(c);
      var label = document.createElementNS(NS, 'text');
      var right = Math.cos(p.a) >= 0;
      label.setAttribute('x', p.x + (right ? 16 : -16)); label.setAttribute('y', p.y + 4);
      label.setAttribute('text-anchor', right ? 'start' : 'end');
      label.textContent = n.name.length > 26 ? n.name.slice(0, 25) + '\u2026' : n.name;
      svg.appendChild(label);
    });
    el.appendChild(svg);
    el.setAttribute('data-nodes', String(net.nodes.length));
    el.setAttribute('data-links', String(links));
  }

  timeChart('chart-articles', model.overview.perMonth.periods, model.overview.perMonth.series, 'articles');
  timeChart('chart-entities', model.entities.overTime.periods, model.entities.overTime.series, 'mentions');
  timeChart('chart-terms', model.terms.periods, model.terms.series, 'occurrences');
  network('chart-network', model.entities.network);
  window.addEventListener('resize', function () {
    charts.forEach(function (c) { c.u.setSize({ width: Math.max(280, c.el.clientWidth), height: 260 }); });
  });
  document.documentElement.setAttribute('data-rendered', 'yes');
})();
`;

export const PAGE_STYLE = `
:root { --ink: #1d2430; --muted: #5b6573; --line: #d9dee5; --accent: #1b6ca8; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #f7f8fa; }
header { padding: 20px 24px 8px; background: #fff; border-bottom: 1px solid var(--line); }
h1 { font-size: 1.4rem; margin: 0 0 4px; overflow-wrap: anywhere; }
.meta { color: var(--muted); margin: 0 0 8px; }
nav a { margin-right: 14px; color: var(--accent); }
main { max-width: 1100px; margin: 0 auto; padding: 8px 16px 40px; }
section { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 16px 20px; margin: 16px 0; }
h2 { font-size: 1.2rem; margin: 0 0 10px; }
h3 { font-size: 1rem; margin: 18px 0 6px; }
.cards { display: flex; flex-wrap: wrap; gap: 10px; }
.card { flex: 1 1 120px; border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; }
.card.wide { flex-basis: 260px; }
.num { display: block; font-size: 1.5rem; font-weight: 600; }
.num.small { font-size: 1rem; padding: 6px 0; }
.what { color: var(--muted); }
figure { margin: 16px 0 0; }
figcaption { font-weight: 600; margin-bottom: 6px; }
.chart { width: 100%; min-height: 260px; }
.bars { list-style: none; padding: 0; margin: 6px 0; }
.bars li { display: grid; grid-template-columns: minmax(120px, 30%) 1fr auto; gap: 8px; align-items: center; margin: 3px 0; }
.bars .label { overflow-wrap: anywhere; }
.bars .bar { height: 12px; background: var(--accent); border-radius: 3px; min-width: 2px; }
.bars .value { color: var(--muted); white-space: nowrap; }
details.data { margin: 8px 0; }
details.data summary { cursor: pointer; color: var(--accent); }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; margin: 6px 0; font-size: 0.9rem; }
th, td { border: 1px solid var(--line); padding: 3px 8px; text-align: right; }
th[scope="row"], thead th:first-child { text-align: left; }
.heat td { background: rgba(27, 108, 168, calc(var(--v) * 0.85)); color: var(--ink); }
.examples { color: var(--muted); font-size: 0.9rem; overflow-wrap: anywhere; }
.rules > li { margin: 6px 0; }
.network svg { width: 100%; max-width: 820px; height: auto; display: block; margin: 0 auto; }
.network .link { stroke: #8893a3; stroke-opacity: 0.6; }
.network text { font-size: 12px; fill: var(--ink); }
.file, code { overflow-wrap: anywhere; }
.empty { color: var(--muted); }
@media (max-width: 600px) {
  body { font-size: 14px; }
  main { padding: 4px 8px 24px; }
  section { padding: 12px; }
  .bars li { grid-template-columns: 1fr auto; }
  .bars .bar { grid-column: 1 / -1; grid-row: 2; }
}
`;
