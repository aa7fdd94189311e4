/**
 * The sidebar's styles, injected into its shadow root as a <style> element's text (no page
 * stylesheet is touched). The host is placed with `!important` rules inside the shadow, which
 * win over anything the page says about <kanbao-sidebar>; pixel sizes, not rem, because rem
 * follows the page's root font size. Colours follow prefers-color-scheme.
 */
export const SIDEBAR_CSS = `
:host {
  position: fixed !important; top: 0 !important; right: 0 !important; bottom: 0 !important; left: auto !important;
  width: var(--kb-width, 380px) !important; max-width: 100vw !important; height: 100vh !important;
  display: block !important; z-index: 2147483646 !important; margin: 0 !important; padding: 0 !important;
  box-sizing: border-box !important; visibility: visible !important; opacity: 1 !important;
  --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --line: #d0d7de; --soft: #f6f8fa;
  --accent: #b71c1c; --accent-fg: #ffffff; --active: #fff1d6; --focus: #0b63c9;
  color-scheme: light;
}
@media (prefers-color-scheme: dark) {
  :host {
    --bg: #16181d; --fg: #e6e8eb; --muted: #a0a8b3; --line: #373c45; --soft: #20242b;
    --accent: #ff7a72; --accent-fg: #16181d; --active: #3b3020; --focus: #7ab7ff;
    color-scheme: dark;
  }
}
:host > div, .kb-root { height: 100%; }
/* Read by screen readers, not shown. */
.kb-vh { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
* { box-sizing: border-box; }
.kb-sidebar {
  position: relative; display: flex; height: 100%; background: var(--bg); color: var(--fg);
  border-left: 1px solid var(--line); box-shadow: -2px 0 12px rgba(0, 0, 0, 0.12);
  font: 14px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC", "Noto Sans CJK TC", "PingFang SC", "Microsoft YaHei", sans-serif;
  text-align: left; letter-spacing: normal;
}
.kb-resize {
  position: absolute; left: -4px; top: 0; bottom: 0; width: 8px; cursor: col-resize; z-index: 1; touch-action: none;
}
.kb-resize:hover, .kb-resize:focus-visible { background: var(--focus); opacity: 0.5; outline: none; }
.kb-panel { display: flex; flex-direction: column; min-width: 0; flex: 1; }
.kb-header { display: flex; align-items: center; gap: 8px; padding: 10px 12px 6px; border-bottom: 1px solid var(--line); }
.kb-header h1 { font-size: 16px; margin: 0; font-weight: 700; color: var(--accent); }
.kb-header h1:focus { outline: none; }
.kb-header-counts { margin: 0; flex: 1; color: var(--muted); font-size: 12px; }
button { font: inherit; color: inherit; }
.kb-close { border: 0; background: none; font-size: 20px; line-height: 1; cursor: pointer; padding: 2px 6px; border-radius: 4px; }
.kb-close:hover { background: var(--soft); }
.kb-tools { padding: 8px 12px; border-bottom: 1px solid var(--line); display: grid; gap: 6px; }
.kb-filter input {
  width: 100%; font: inherit; padding: 5px 8px; border: 1px solid var(--line); border-radius: 6px;
  background: var(--bg); color: var(--fg);
}
.kb-export { display: flex; flex-wrap: wrap; gap: 6px; }
.kb-export button, .kb-step button {
  border: 1px solid var(--line); background: var(--soft); border-radius: 6px; padding: 2px 8px; cursor: pointer; font-size: 12px;
}
.kb-export button:hover, .kb-step button:hover { border-color: var(--accent); }
.kb-step button:disabled { opacity: 0.4; cursor: default; }
.kb-status { margin: 0; min-height: 1em; font-size: 12px; color: var(--muted); }
.kb-status:empty { display: none; }
.kb-scroll { overflow: auto; flex: 1; padding: 4px 12px 24px; overscroll-behavior: contain; }
.kb-section { border-bottom: 1px solid var(--line); padding: 4px 0; }
.kb-section-head { display: flex; align-items: center; gap: 6px; }
.kb-section h2 { flex: 1; margin: 0; font-size: 14px; }
.kb-toggle { display: flex; align-items: center; gap: 6px; width: 100%; border: 0; background: none; padding: 6px 0; cursor: pointer; font-weight: 700; text-align: left; }
.kb-chevron { width: 1em; color: var(--muted); }
.kb-count { margin-left: auto; font-weight: 400; font-size: 12px; color: var(--muted); background: var(--soft); border-radius: 9px; padding: 0 7px; }
.kb-count-small { margin-left: 4px; }
.kb-step { display: flex; gap: 2px; }
.kb-section-body { padding: 2px 0 8px; }
.kb-section-body[hidden] { display: none; }
.kb-article p { margin: 0 0 4px; }
.kb-kicker, .kb-subtitle { color: var(--muted); font-size: 13px; }
.kb-title { font-size: 16px; font-weight: 700; }
.kb-meta { margin: 6px 0 0; display: grid; gap: 2px; font-size: 13px; }
.kb-meta div { display: grid; grid-template-columns: 7em 1fr; gap: 8px; }
.kb-meta dt { color: var(--muted); }
.kb-meta dd { margin: 0; overflow-wrap: anywhere; }
.kb-kind-filter { display: flex; gap: 6px; align-items: center; font-size: 12px; color: var(--muted); margin: 2px 0 6px; }
.kb-kind-filter select { font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--line); border-radius: 4px; }
/* A page in quirks mode gives tables black text of their own: the table takes the panel's. */
.kb-table { width: 100%; border-collapse: collapse; font-size: 13px; table-layout: auto; color: inherit; }
.kb-table th { text-align: left; font-weight: 600; color: var(--muted); border-bottom: 1px solid var(--line); padding: 0; }
.kb-sort { border: 0; background: none; padding: 4px 4px; text-align: left; white-space: nowrap; cursor: pointer; font-weight: 600; color: inherit; }
.kb-sort-mark { font-size: 9px; margin-left: 2px; }
.kb-table td { padding: 2px 3px; border-bottom: 1px solid var(--soft); vertical-align: top; }
.kb-table tr.kb-active td { background: var(--active); }
.kb-num { font-variant-numeric: tabular-nums; }
.kb-figures { overflow-x: auto; }
.kb-kind { color: var(--muted); font-size: 12px; }
.kb-measures { overflow-wrap: anywhere; }
.kb-item {
  border: 0; background: none; padding: 2px 4px; margin: 0; cursor: pointer; text-align: left; border-radius: 4px;
  display: flex; gap: 6px; align-items: baseline; width: 100%;
}
.kb-table .kb-item { color: var(--accent); font-weight: 600; white-space: nowrap; width: auto; }
.kb-item:hover { background: var(--soft); }
.kb-item[aria-current="true"] { background: var(--active); }
.kb-item-text { flex: 1; overflow-wrap: anywhere; }
.kb-badge { font-size: 11px; color: var(--muted); white-space: nowrap; }
.kb-list { list-style: none; margin: 0; padding: 0; }
.kb-list li { margin: 1px 0; }
.kb-program-kind h3 { font-size: 12px; margin: 6px 0 2px; color: var(--muted); font-weight: 600; }
.kb-has-card { display: flex; flex-wrap: wrap; align-items: baseline; }
.kb-has-card > .kb-item { flex: 1; width: auto; }
.kb-disclosure {
  border: 1px solid var(--line); background: none; color: var(--accent); border-radius: 10px; cursor: pointer;
  font-size: 11px; padding: 0 6px; margin-left: 4px; white-space: nowrap;
}
.kb-disclosure::before { content: "▸ "; }
.kb-disclosure[aria-expanded="true"]::before { content: "▾ "; }
.kb-card { flex-basis: 100%; margin: 2px 0 6px 8px; padding: 4px 8px; border-left: 3px solid var(--line); font-size: 12px; }
.kb-card-gloss { margin: 0; }
.kb-card-items { margin: 4px 0 0; padding-left: 1.6em; }
.kb-card-since { margin: 4px 0 0; color: var(--muted); font-size: 11px; }
.kb-chips { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 4px; }
.kb-chip { border: 1px solid var(--line); border-radius: 12px; padding: 1px 8px; width: auto; }
.kb-summary { margin: 0; padding-left: 20px; }
.kb-summary li { margin: 2px 0; }
.kb-sentence { display: block; line-height: 1.6; }
.kb-muted { color: var(--muted); font-weight: 400; }
.kb-loading, .kb-empty { color: var(--muted); margin: 2px 0; font-size: 13px; }
.kb-error { color: var(--accent); margin: 2px 0; font-size: 13px; }
.kb-help { color: var(--muted); font-size: 11px; margin: 10px 0 0; }
.kb-selection-text {
  margin: 2px 0 6px; padding: 4px 8px; border-left: 3px solid var(--accent); background: var(--soft);
  font-size: 13px; overflow-wrap: anywhere;
}
.kb-selection-group h3 { display: flex; align-items: center; font-size: 12px; margin: 6px 0 2px; color: var(--muted); font-weight: 600; }
.kb-selection-group h3 .kb-count { margin-left: 6px; }
.kb-selection-item { display: flex; flex-wrap: wrap; gap: 2px 8px; align-items: baseline; padding: 1px 4px; }
.kb-selection-as-written { color: var(--accent); font-weight: 600; overflow-wrap: anywhere; }
.kb-selection-value { font-size: 12px; font-variant-numeric: tabular-nums; overflow-wrap: anywhere; }
.kb-selection-clear {
  border: 1px solid var(--line); background: var(--soft); border-radius: 6px; padding: 2px 8px; cursor: pointer; font-size: 12px;
}
.kb-selection-clear:hover { border-color: var(--accent); }
:focus-visible { outline: 2px solid var(--focus); outline-offset: 1px; }
@media (prefers-reduced-motion: no-preference) { .kb-item, .kb-export button { transition: background-color 0.15s; } }
`;
