// Light and dark themes from the system setting; the script sorts the pairs
// table by the clicked column (numbers by their data-v value) and the page
// reads fully without it. Below 760 px each row is a card, each cell under
// its column's name (data-label), and the headings a row of sort buttons:
// nothing is wider than the screen from 360 px up.
#include "batch/index_assets.h"

namespace readoutdiff::batch {

const std::string_view kIndexCss =
    ":root{--bg:#fff;--fg:#1a1a1a;--muted:#595959;--line:#d0d0d0;--us:#1f4e9a;--prc:#9b1c1c;--bad:#a61b1b}\n"
    "@media (prefers-color-scheme: "
    "dark){:root{--bg:#15171a;--fg:#e8e8e8;--muted:#b0b0b0;--line:#3a3f45;--us:#8fb6ff;--prc:#ff9b9b;--bad:#ff8f8f}}\n"
    "body{margin:0 auto;max-width:1280px;padding:0 16px;background:var(--bg);color:var(--fg);font:15px/1.5 "
    "system-ui,sans-serif}\n"
    "table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid var(--line);padding:4px "
    "8px;text-align:left}\n"
    "th button{font:inherit;font-weight:700;background:none;border:none;color:inherit;cursor:pointer;padding:0}\n"
    ".bad{color:var(--bad);font-weight:600}.muted{color:var(--muted)}a{color:var(--us)}\n"
    ".us{stroke:var(--us)}.prc{stroke:var(--prc)}td{overflow-wrap:anywhere}\n"
    ".tone-chart{display:grid;grid-template-columns:auto minmax(0,1fr);gap:0 6px;max-width:760px;font-size:12px}\n"
    ".tone-chart svg{display:block;width:100%;height:160px}.y-axis{display:flex;flex-direction:column;"
    "justify-content:space-between;text-align:right}.x-axis{grid-column:2;display:flex;justify-content:space-between}\n"
    "@media (max-width:760px){table,tbody,tr,td{display:block}thead tr{display:flex;flex-wrap:wrap;gap:4px 12px}\n"
    "thead th{border:none;padding:0}thead th:first-child::before{content:'Sort by: ';font-weight:400}\n"
    "tbody tr{border-bottom:1px solid var(--line);padding:6px 0}td{border:none;padding:1px 0;display:flex;gap:8px}\n"
    "td::before{content:attr(data-label);flex:0 0 6.5em;color:var(--muted)}}\n";

const std::string_view kIndexJs =
    "(function(){var t=document.getElementById('pairs');var b=t.tBodies[0];var dir={};\n"
    "t.querySelectorAll('th button').forEach(function(btn,col){btn.addEventListener('click',function(){\n"
    "var rows=Array.prototype.slice.call(b.rows);dir[col]=!dir[col];\n"
    "function key(r){var c=r.cells[col];if(!c)return '';var v=c.getAttribute('data-v');return "
    "v===null?c.textContent:parseFloat(v);}\n"
    "rows.sort(function(x,y){var a=key(x),c=key(y);var s=(typeof a==='number'&&typeof "
    "c==='number')?a-c:String(a).localeCompare(String(c));return dir[col]?s:-s;});\n"
    "rows.forEach(function(r){b.appendChild(r);});});});})();\n";

}  // namespace readoutdiff::batch
