/**
 * Reflow mode: the page narrows so the sidebar sits beside it instead of over it. One <style>
 * element of ours, added on open and removed on close, so the page is restored exactly; the
 * page's own elements and attributes are never touched.
 */
export const REFLOW_STYLE_ID = 'kanbao-reflow';

export function applyReflow(doc: Document, width: number): void {
  let style = doc.getElementById(REFLOW_STYLE_ID);
  if (!style) {
    style = doc.createElement('style');
    style.id = REFLOW_STYLE_ID;
    (doc.head ?? doc.documentElement).append(style);
  }
  const css = `html { margin-right: ${Math.round(width)}px !important; }`;
  if (style.textContent !== css) style.textContent = css;
}

export function removeReflow(doc: Document): void {
  doc.getElementById(REFLOW_STYLE_ID)?.remove();
}
