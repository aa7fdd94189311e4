import { FLASH_CLASS, MARK_TAG } from './types';

/**
 * The one stylesheet Kanbao puts into the page, for the marks only (the tooltip styles itself
 * inside its shadow root). Backgrounds are translucent and text colour is inherited, so the
 * page's own foreground/background contrast is preserved on light and dark pages alike; the
 * underline style differs per kind so the kinds stay apart without relying on colour alone.
 */
export const PAGE_STYLE_ID = 'kanbao-page-style';

const M = `${MARK_TAG}[data-kanbao-id]`;

export const PAGE_CSS = `
${M} {
  display: inline !important;
  color: inherit;
  font: inherit;
  border-radius: 2px;
  background-color: var(--kanbao-bg);
  text-decoration-line: underline;
  text-decoration-color: var(--kanbao-line);
  text-decoration-thickness: 2px;
  text-underline-offset: 0.2em;
  -webkit-box-decoration-break: clone;
  box-decoration-break: clone;
  cursor: help;
}
${M}[data-kind="figure"]  { --kanbao-bg: rgba(245, 158, 11, 0.22); --kanbao-line: rgb(217, 119, 6);  text-decoration-style: solid; }
${M}[data-kind="date"]    { --kanbao-bg: rgba(14, 165, 233, 0.18); --kanbao-line: rgb(2, 132, 199);  text-decoration-style: dotted; }
${M}[data-kind="program"] { --kanbao-bg: rgba(168, 85, 247, 0.14); --kanbao-line: rgb(147, 51, 234); text-decoration-style: dashed; text-underline-offset: 0.38em; }
${M}:focus { outline: none; }
${M}:focus-visible { outline: 2px solid var(--kanbao-line); outline-offset: 1px; }
${M}.${FLASH_CLASS} { animation: kanbao-flash 0.5s ease-in-out 3; }
@keyframes kanbao-flash {
  0%, 100% { background-color: var(--kanbao-bg); }
  50% { background-color: var(--kanbao-line); }
}
@media (prefers-color-scheme: dark) {
  ${M}[data-kind="figure"]  { --kanbao-bg: rgba(251, 191, 36, 0.26); --kanbao-line: rgb(252, 211, 77); }
  ${M}[data-kind="date"]    { --kanbao-bg: rgba(56, 189, 248, 0.24); --kanbao-line: rgb(125, 211, 252); }
  ${M}[data-kind="program"] { --kanbao-bg: rgba(192, 132, 252, 0.22); --kanbao-line: rgb(216, 180, 254); }
}
@media (prefers-reduced-motion: reduce) {
  ${M}.${FLASH_CLASS} { animation: none; outline: 3px solid var(--kanbao-line); }
}
@media print {
  ${M} { background: none; text-decoration: none; }
}
`;

/**
 * Adds the stylesheet unless present. Returns the element if this call created it (the caller
 * owns it and removes exactly that element), or null if one was already there.
 */
export function ensurePageStyle(doc: Document): HTMLStyleElement | null {
  if (doc.getElementById(PAGE_STYLE_ID)) return null;
  const style = doc.createElement('style');
  style.id = PAGE_STYLE_ID;
  style.textContent = PAGE_CSS;
  const parent = doc.head ?? doc.documentElement;
  if (!parent) return null;
  parent.appendChild(style);
  return style;
}
