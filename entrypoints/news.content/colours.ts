import type { Settings } from '@/lib/core/settings';
import type { LiveSettings } from '@/lib/settings';

/**
 * The reader's own highlight colours (options page). The page stylesheet (lib/dom/marks/page-style.ts)
 * sets `--kanbao-bg` and `--kanbao-line` per kind, with dark-mode variants; a colour chosen here
 * replaces both in every scheme, through a selector one element more specific. Kinds left at
 * their default keep Kanbao's light/dark colours.
 */
export const COLOUR_STYLE_ID = 'kanbao-colour-style';

export function colourCss(colours: Settings['highlights']['colours']): string {
  let css = '';
  for (const [kind, hex] of Object.entries(colours)) {
    if (!hex || !/^#[0-9a-f]{6}$/.test(hex)) continue;
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    css += `html kanbao-mark[data-kanbao-id][data-kind="${kind}"] { --kanbao-bg: rgba(${r}, ${g}, ${b}, 0.22); --kanbao-line: ${hex}; }\n`;
  }
  return css;
}

export function applyColours(doc: Document, colours: Settings['highlights']['colours']): void {
  const css = colourCss(colours);
  let style = doc.getElementById(COLOUR_STYLE_ID);
  if (!css) {
    style?.remove();
    return;
  }
  if (!style) {
    style = doc.createElement('style');
    style.id = COLOUR_STYLE_ID;
    (doc.head ?? doc.documentElement).appendChild(style);
  }
  style.textContent = css;
}

/** Applies the reader's colours now and again whenever they change (the options page, another device). */
export function followColours(doc: Document, settings: LiveSettings): () => void {
  let applied = settings.current.highlights.colours;
  applyColours(doc, applied);
  return settings.subscribe((s) => {
    if (s.highlights.colours === applied) return;
    applied = s.highlights.colours;
    applyColours(doc, applied);
  });
}
