// Wide things (the timeline, the heat map, long tables) scroll inside their
// own box, so the page never scrolls sideways, from 360 px up; chart text
// keeps its size (the SVG is never scaled below its drawn width). Readout
// cards off screen are not laid out (content-visibility), so a series of a
// thousand readouts opens quickly. The
// script only adds j/k between readouts; the page reads fully without it.
#include "render/series_html_assets.h"

namespace readoutdiff::render {

const std::string_view kSeriesCss = R"css(
:root { --heat:31 78 154; --heat-strong-fg:#ffffff; --add:#1e6b34; --drop:#a61b1b; --change:#8a5a00; }
@media (prefers-color-scheme: dark) {
  :root { --heat:143 182 255; --heat-strong-fg:#101418; --add:#7fd69a; --drop:#ff8f8f; --change:#f0c060; }
}
main, header { overflow-wrap:break-word; }
.scroll { overflow-x:auto; max-width:100%; border:1px solid var(--line); border-radius:6px; }
.scroll:focus-visible { outline:2px solid var(--focus); outline-offset:2px; }
svg.timeline { display:block; max-width:none; }
svg.timeline text { fill:var(--fg); font-size:12px; } svg.timeline .muted { fill:var(--muted); }
svg.timeline .grid { stroke:var(--line); }
svg.timeline .lane-us { stroke:var(--left); fill:none; stroke-width:2; }
svg.timeline .lane-prc { stroke:var(--right); fill:none; stroke-width:2; stroke-dasharray:6 3; }
svg.timeline .dot-us { fill:var(--left); } svg.timeline .dot-prc { fill:var(--right); }
svg.timeline .add { fill:var(--add); } svg.timeline .drop { fill:var(--drop); } svg.timeline .change { fill:var(--change); }
svg.timeline a:focus { outline:none; } svg.timeline a:focus > * { stroke:var(--focus); stroke-width:3; }
table.heat { border-collapse:collapse; font-size:12px; font-variant-numeric:tabular-nums; }
table.heat th, table.heat td { border:1px solid var(--line); padding:2px 4px; text-align:center; min-width:2.2em; }
table.heat th[scope=row] { text-align:left; white-space:nowrap; position:sticky; left:0; background:var(--bg); z-index:1; }
table.heat td.h { background:rgb(var(--heat) / var(--s)); }
table.heat td.strong { color:var(--heat-strong-fg); }
table.list { width:100%; border-collapse:collapse; }
table.list th, table.list td { border-bottom:1px solid var(--line); padding:4px 8px; text-align:left; vertical-align:top; }
table.list td.n { text-align:right; font-variant-numeric:tabular-nums; white-space:nowrap; }
article.readout { margin:16px 0; content-visibility:auto; contain-intrinsic-size:auto 480px; }
article.readout:target, tr.change:target { outline:2px solid var(--focus); }
article.readout h3 { font-size:1.05rem; }
dl.facts dd { min-width:0; }
table.changes { width:100%; border-collapse:collapse; table-layout:fixed; margin-top:8px; }
table.changes caption { text-align:left; color:var(--muted); padding:4px 0; }
table.changes th, table.changes td { border-bottom:1px solid var(--line); padding:6px; text-align:left; vertical-align:top; }
table.changes col.what { width:8.5em; }
tr.change:target td, tr.change:target th { background:var(--hl); }
.mark { display:inline-block; min-width:1.2em; font-weight:700; text-align:center; }
.mark.add { color:var(--add); } .mark.drop { color:var(--drop); } .mark.change { color:var(--change); }
.note { color:var(--muted); }
.quote .sid { color:var(--muted); font-size:.85em; margin-right:4px; }
@media (max-width: 760px) {
  table.changes, table.changes tbody, table.changes tr, table.changes th, table.changes td { display:block; width:100%; }
  table.changes thead, table.changes colgroup { display:none; }
  table.changes caption { display:block; }
  table.changes td[data-label]:not(:empty)::before { content:attr(data-label); display:block; font-weight:700; font-size:.85em; color:var(--muted); }
  table.changes td:empty { display:none; }
}
@media print { .scroll { overflow:visible; border:none; } article.readout { content-visibility:visible; } }
)css";

const std::string_view kSeriesJs = R"js(
(function () {
  'use strict';
  var readouts = Array.prototype.slice.call(document.querySelectorAll('article.readout'));
  document.addEventListener('keydown', function (event) {
    if (event.target && /INPUT|TEXTAREA|SELECT/.test(event.target.tagName)) return;
    if (event.key !== 'j' && event.key !== 'k') return;
    var current = -1;
    for (var i = 0; i < readouts.length; i++) if (readouts[i].contains(document.activeElement)) current = i;
    var next = current < 0 ? 0 : current + (event.key === 'j' ? 1 : -1);
    if (next >= 0 && next < readouts.length) { readouts[next].focus(); event.preventDefault(); }
  });
})();
)js";

}  // namespace readoutdiff::render
