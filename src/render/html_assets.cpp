// Light and dark themes from prefers-color-scheme, a print stylesheet and a
// narrow layout that stacks the two columns; from 360 px up nothing is wider
// than the screen (long labels wrap, paths break anywhere, grid columns may
// shrink below their content's width). The script only adds
// conveniences (highlighting counterparts, keyboard moves between rows);
// everything essential reads without it.
#include "render/html_assets.h"

namespace readoutdiff::render {

const std::string_view kReportCss = R"css(
:root { --bg:#ffffff; --fg:#1a1a1a; --muted:#595959; --line:#d0d0d0; --card:#f5f5f5;
  --left:#1f4e9a; --right:#9b1c1c; --del-bg:#fde2e2; --del-fg:#8a1010; --ins-bg:#daf2dc; --ins-fg:#14532d;
  --hl:#fff3b0; --coop:#1e6b34; --conf:#a61b1b; --focus:#1f4e9a; }
@media (prefers-color-scheme: dark) {
  :root { --bg:#15171a; --fg:#e8e8e8; --muted:#b0b0b0; --line:#3a3f45; --card:#1f2328;
    --left:#8fb6ff; --right:#ff9b9b; --del-bg:#4a1d1d; --del-fg:#ffd0d0; --ins-bg:#173a22; --ins-fg:#c9f5d3;
    --hl:#4d4410; --coop:#7fd69a; --conf:#ff8f8f; --focus:#8fb6ff; }
}
* { box-sizing: border-box; }
body { margin:0; background:var(--bg); color:var(--fg); font:16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; }
a { color:var(--focus); }
.skip { position:absolute; left:-999px; } .skip:focus { left:8px; top:8px; background:var(--bg); padding:4px; z-index:9; }
header, main, footer { max-width:1280px; margin:0 auto; padding:0 16px; }
h1 { font-size:1.5rem; margin:16px 0 8px; } h2 { font-size:1.2rem; margin:24px 0 8px; }
.sides { display:grid; grid-template-columns:minmax(0,1fr) minmax(0,1fr); gap:16px; }
.card { background:var(--card); border:1px solid var(--line); border-radius:6px; padding:12px; }
.card h3 { margin:0 0 4px; font-size:1rem; overflow-wrap:anywhere; }
.label-left { color:var(--left); font-weight:700; } .label-right { color:var(--right); font-weight:700; }
dl.facts { display:grid; grid-template-columns:minmax(5em, 11em) minmax(0,1fr); gap:2px 12px; margin:8px 0 0; }
dl.facts dt { color:var(--muted); } dl.facts dd { margin:0; min-width:0; overflow-wrap:anywhere; }
.chip { display:inline-block; border:1px solid var(--line); border-radius:10px; padding:0 8px; margin:1px 2px; font-size:.9em; }
.chip.cordial { border-color:var(--coop); } .chip.frank, .chip.exchanged-views { border-color:var(--conf); }
.gauge { vertical-align:middle; }
.verdict { margin:12px 0; font-weight:600; }
table.phrases { width:100%; border-collapse:collapse; }
table.phrases th, table.phrases td { border-bottom:1px solid var(--line); padding:4px 8px; text-align:left; vertical-align:top; overflow-wrap:anywhere; }
table.passages { width:100%; border-collapse:collapse; table-layout:fixed; }
table.passages th, table.passages td { border-bottom:1px solid var(--line); padding:8px; vertical-align:top; text-align:left; overflow-wrap:anywhere; }
table.passages thead th { position:sticky; top:0; background:var(--bg); z-index:1; }
table.passages col.num { width:4.5em; }
tr.row { content-visibility:auto; contain-intrinsic-size:auto 80px; }
tr.row:focus { outline:2px solid var(--focus); outline-offset:-2px; }
td.num { color:var(--muted); font-variant-numeric:tabular-nums; overflow-wrap:anywhere; }
tr.subject th { background:var(--card); font-weight:700; border-bottom:1px solid var(--line); padding:6px 8px; text-align:left; }
.only { color:var(--muted); font-style:italic; }
.s { display:inline; unicode-bidi:isolate; cursor:pointer; }
.s.hl, tr.row:target td { background:var(--hl); }
.sid { color:var(--muted); font-size:.8em; margin-right:4px; }
del.d { background:var(--del-bg); color:var(--del-fg); text-decoration:line-through; }
ins.d { background:var(--ins-bg); color:var(--ins-fg); text-decoration:underline; }
.cross { display:inline-block; font-size:.8em; border:1px solid var(--muted); border-radius:4px; padding:0 4px; margin-top:4px; }
.tone { position:relative; display:inline-block; margin-left:6px; font-size:.8em; border:1px solid var(--line); border-radius:4px;
  padding:0 4px; background:var(--card); color:var(--fg); font-family:inherit; cursor:help; }
.tone.neg { border-color:var(--conf); color:var(--conf); } .tone.pos { border-color:var(--coop); color:var(--coop); }
.tip { display:none; position:absolute; left:0; top:1.6em; z-index:5; width:min(22em, 80vw); background:var(--bg); color:var(--fg);
  border:1px solid var(--line); border-radius:4px; padding:6px; font-size:.95em; text-align:left; box-shadow:0 2px 8px rgba(0,0,0,.25); }
.tone:hover .tip, .tone:focus .tip, .tone:focus-within .tip { display:block; }
table.chart { width:100%; max-width:760px; border-collapse:collapse; font-size:.9rem; }
table.chart caption { text-align:left; color:var(--muted); padding-bottom:4px; }
table.chart th, table.chart td { padding:2px 8px 2px 0; text-align:left; vertical-align:middle; font-weight:normal; }
table.chart thead th { color:var(--muted); } table.chart tbody th { width:30%; }
.barline { display:flex; align-items:center; gap:6px; } .figure { white-space:nowrap; }
.bar { display:inline-block; height:14px; flex:none; } .bar-left { background:var(--left); } .bar-right { background:var(--right); }
.absent { color:var(--muted); font-style:italic; border:1px dashed var(--muted); padding:0 6px; }
.legend li { margin:2px 0; }
footer { color:var(--muted); font-size:.9em; padding-bottom:24px; }
@media (max-width: 760px) {
  .sides { grid-template-columns:minmax(0,1fr); }
  table.passages, table.passages tbody, table.passages tr, table.passages td, table.passages th { display:block; width:100%; }
  table.passages thead { display:none; }
  table.passages td.num { border-bottom:none; padding-bottom:0; }
  table.passages td[data-side]::before { content:attr(data-side); display:block; font-weight:700; font-size:.85em; }
}
@media (max-width: 560px) {
  dl.facts { grid-template-columns:minmax(0,1fr); } dl.facts dd { margin-bottom:4px; }
  table.chart thead { display:none; }
  table.chart, table.chart caption, table.chart tbody, table.chart tr, table.chart tbody th, table.chart td { display:block; width:auto; }
  table.chart tbody tr { padding:4px 0; border-bottom:1px solid var(--line); }
  table.chart td { display:flex; gap:6px; } table.chart td::before { content:attr(data-side); flex:0 0 3.5em; color:var(--muted); }
  table.chart .barline { flex:1; }
}
@media print {
  body { font-size:11pt; } .skip, .tip, script { display:none !important; }
  tr.row { content-visibility:visible; break-inside:avoid; }
  table.passages thead th { position:static; }
  a { color:inherit; text-decoration:none; }
}
)css";

const std::string_view kReportJs = R"js(
(function () {
  'use strict';
  var rows = Array.prototype.slice.call(document.querySelectorAll('tr.row'));
  function clear() {
    var lit = document.querySelectorAll('.s.hl');
    for (var i = 0; i < lit.length; i++) lit[i].classList.remove('hl');
  }
  document.addEventListener('click', function (event) {
    var sentence = event.target.closest ? event.target.closest('.s') : null;
    if (!sentence) return;
    clear();
    var row = sentence.closest('tr.row');
    var all = row.querySelectorAll('.s');
    for (var i = 0; i < all.length; i++) all[i].classList.add('hl');
  });
  document.addEventListener('keydown', function (event) {
    if (event.target && /INPUT|TEXTAREA|SELECT/.test(event.target.tagName)) return;
    if (event.key !== 'j' && event.key !== 'k') return;
    var current = rows.indexOf(document.activeElement);
    var next = current < 0 ? 0 : current + (event.key === 'j' ? 1 : -1);
    if (next >= 0 && next < rows.length) { rows[next].focus(); event.preventDefault(); }
  });
})();
)js";

}  // namespace readoutdiff::render
