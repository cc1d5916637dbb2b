/** The report's only stylesheet, inlined: the file must work offline and be filed as-is. */
export const stylesheet = `
:root {
  --ink: #1d2433; --muted: #5b6475; --line: #d9dde5; --soft: #f5f6f8; --paper: #ffffff;
  --error: #b42318; --error-bg: #fef3f2; --warning: #a15c07; --warning-bg: #fffaeb;
  --info: #175cd3; --info-bg: #eff8ff; --ok: #067647; --ok-bg: #ecfdf3; --accepted: #5b6475; --accepted-bg: #f2f4f7;
  --mark: #fde68a;
}
* { box-sizing: border-box; }
html { background: var(--soft); }
body {
  margin: 0 auto; max-width: 1120px; padding: 32px 40px 64px; background: var(--paper); color: var(--ink);
  font: 14px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
}
header.report-header { border-bottom: 3px solid var(--ink); padding-bottom: 16px; margin-bottom: 24px; }
header.report-header .eyebrow { text-transform: uppercase; letter-spacing: .08em; font-size: 12px; color: var(--muted); margin: 0; }
h1 { font-size: 28px; line-height: 1.2; margin: 4px 0 8px; }
h2 { font-size: 20px; margin: 40px 0 12px; padding-bottom: 6px; border-bottom: 1px solid var(--line); }
h3 { font-size: 16px; margin: 28px 0 10px; }
h4 { font-size: 14px; margin: 0; }
p { margin: 6px 0; }
a { color: var(--info); }
code, pre, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: 12.5px; }
code { background: var(--soft); border: 1px solid var(--line); border-radius: 4px; padding: 0 4px; overflow-wrap: break-word; }
pre code, .frame code { background: none; border: 0; padding: 0; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 8px 0 0; color: var(--muted); }
dl.meta dt { font-weight: 600; color: var(--ink); }
dl.meta dd { margin: 0; }
nav.toc { margin: 16px 0 0; display: flex; flex-wrap: wrap; gap: 6px 16px; font-size: 13px; }
.verdict { font-size: 16px; margin: 0 0 16px; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(130px, 1fr)); gap: 12px; margin: 12px 0 20px; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; background: var(--paper); }
.card .count { display: block; font-size: 26px; font-weight: 700; line-height: 1.1; }
.card .label { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .05em; }
.card.error .count { color: var(--error); } .card.warning .count { color: var(--warning); }
.card.info .count { color: var(--info); } .card.accepted .count { color: var(--accepted); } .card.ok .count { color: var(--ok); }
table { width: 100%; border-collapse: collapse; margin: 8px 0 16px; font-size: 13px; }
th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--line); }
th { background: var(--soft); font-weight: 600; border-bottom: 1px solid #c4c9d4; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td ul { margin: 0; padding-left: 16px; }
.badge { display: inline-block; font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; border-radius: 999px; padding: 1px 8px; border: 1px solid currentColor; white-space: nowrap; }
.badge.error { color: var(--error); background: var(--error-bg); }
.badge.warning { color: var(--warning); background: var(--warning-bg); }
.badge.info { color: var(--info); background: var(--info-bg); }
.badge.accepted { color: var(--accepted); background: var(--accepted-bg); }
.badge.ok { color: var(--ok); background: var(--ok-bg); }
.badge.missing { color: var(--error); background: var(--error-bg); }
.badge.neutral { color: var(--muted); background: var(--soft); }
.finding { border: 1px solid var(--line); border-left: 4px solid var(--muted); border-radius: 6px; padding: 12px 16px; margin: 10px 0; background: var(--paper); break-inside: avoid; }
.finding.error { border-left-color: var(--error); } .finding.warning { border-left-color: var(--warning); }
.finding.info { border-left-color: var(--info); } .finding.accepted { border-left-color: var(--accepted); background: #fbfbfc; }
.finding .head { display: flex; gap: 10px; align-items: baseline; flex-wrap: wrap; }
.finding .location { font-weight: 600; }
.finding .message { margin: 6px 0 8px; font-size: 14.5px; }
.finding dl.meta { font-size: 12.5px; }
.acceptance { background: var(--accepted-bg); border-radius: 4px; padding: 6px 10px; margin: 8px 0; font-size: 13px; }
blockquote { margin: 8px 0; padding: 6px 12px; border-left: 3px solid #98a2b3; background: var(--soft); color: #344054; font-style: italic; }
blockquote .source { display: block; font-style: normal; font-size: 11px; color: var(--muted); text-transform: uppercase; letter-spacing: .05em; }
blockquote .source code { text-transform: none; letter-spacing: 0; }
td blockquote { margin: 0; font-size: 12.5px; }
.frame { background: #0f172a; color: #e2e8f0; border-radius: 6px; padding: 10px 0; margin: 8px 0; overflow-x: auto; line-height: 1.5; }
.frame .line { display: block; padding: 0 12px; white-space: pre; }
.frame .line.current { background: rgba(253, 230, 138, .12); }
.frame .gutter { display: inline-block; color: #64748b; padding-right: 12px; margin-right: 12px; border-right: 1px solid #334155; user-select: none; }
.frame mark { background: var(--mark); color: #111827; border-radius: 2px; }
.muted { color: var(--muted); }
.empty { color: var(--muted); font-style: italic; }
.filters { display: flex; flex-wrap: wrap; gap: 8px 18px; align-items: center; padding: 8px 12px; border: 1px solid var(--line); border-radius: 6px; background: var(--soft); font-size: 13px; margin: 8px 0 12px; }
.filters[hidden] { display: none; }
.filters label { display: inline-flex; gap: 6px; align-items: center; cursor: pointer; }
.section-note { color: var(--muted); margin-top: -4px; }
footer { margin-top: 48px; padding-top: 12px; border-top: 1px solid var(--line); color: var(--muted); font-size: 12px; }
@media print {
  html, body { background: #fff; }
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  .filters, nav.toc { display: none; }
  .finding[hidden] { display: block; }
  h2 { break-after: avoid; }
  .frame { background: #f5f6f8; color: #111827; border: 1px solid var(--line); }
  .frame .line.current { background: #fff7d6; }
  .frame .gutter { color: #667085; border-right-color: var(--line); }
  tr, .finding, blockquote { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
`;

/**
 * Optional filtering; the report reads completely without it. The controls stay hidden unless this runs.
 */
export const filterScript = `
(function () {
  var controls = document.getElementById('filters');
  if (!controls) return;
  controls.hidden = false;
  var boxes = controls.querySelectorAll('input[type=checkbox]');
  function apply() {
    var shown = {};
    boxes.forEach(function (box) { shown[box.value] = box.checked; });
    document.querySelectorAll('.finding').forEach(function (finding) {
      var key = finding.classList.contains('accepted') ? 'accepted' : finding.getAttribute('data-severity');
      finding.hidden = shown[key] === false;
    });
  }
  boxes.forEach(function (box) { box.addEventListener('change', apply); });
})();
`;
