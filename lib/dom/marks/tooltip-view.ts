import type { AnnotationFacts } from '../../core/extract';
import type { GlossaryCard } from '../../core/glossary';
import { cardElement } from './tooltip-card';
import { chineseLang } from '../../core/text';
import { uiLanguage, type Translate } from '../../i18n';
import { kindTitle, valueLine } from './tooltip-text';
import type { MarkKind } from './types';

/**
 * What the tooltip shows, built with createElement and textContent only: page text (the
 * sentence, the marked words) never goes through an HTML parser.
 */

export interface TooltipContent {
  kind: MarkKind;
  /** The value line as facts, worded in the reader's language. */
  facts?: AnnotationFacts;
  /** A value line already worded, used where there are no facts. */
  label?: string;
  sentence?: string;
  /** The marked text, emphasised inside the sentence when it occurs there. */
  text?: string;
  /** A formulation's glossary card, when the glossary knows it. */
  card?: GlossaryCard | null;
}

const SENTENCE_MAX = 160;

export const TOOLTIP_CSS = `
:host { all: initial; }
.box {
  box-sizing: border-box; max-width: min(28rem, calc(100vw - 16px)); padding: 8px 10px;
  border-radius: 6px; border-left: 4px solid var(--line);
  background: #fff; color: #1f2937; box-shadow: 0 4px 16px rgba(0, 0, 0, 0.18);
  font: 13px/1.5 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif;
}
.box[data-kind="figure"] { --line: rgb(217, 119, 6); --ink: rgb(180, 83, 9); }
.box[data-kind="date"] { --line: rgb(2, 132, 199); --ink: rgb(3, 105, 161); }
.box[data-kind="program"] { --line: rgb(147, 51, 234); --ink: rgb(126, 34, 206); }
/* The kind is small text: its ink is a darker shade of the kind's line, 4.5:1 or more on the box. */
.kind { font-size: 11px; text-transform: uppercase; letter-spacing: 0.04em; color: var(--ink, var(--line)); }
.label { font-weight: 600; font-size: 14px; }
.sentence { margin-top: 4px; color: #4b5563; }
.sentence b { color: #111827; }
/* A long card scrolls inside the box (the box takes the pointer while it shows one). */
.box[data-card] { max-height: min(60vh, 26rem); overflow: auto; overscroll-behavior: contain; }
.card { margin-top: 6px; padding-top: 6px; border-top: 1px solid rgba(127, 127, 127, 0.3); }
.gloss { color: #111827; }
.items { margin: 4px 0 0; padding-left: 1.6em; }
.items + .items { margin-top: 2px; border-top: 1px dotted rgba(127, 127, 127, 0.35); padding-top: 2px; }
.since { margin-top: 4px; font-size: 12px; color: #6b7280; }
@media (prefers-color-scheme: dark) {
  .box { background: #1f2937; color: #f3f4f6; box-shadow: 0 4px 16px rgba(0, 0, 0, 0.5); }
  .box[data-kind="figure"] { --line: rgb(252, 211, 77); --ink: rgb(252, 211, 77); }
  .box[data-kind="date"] { --line: rgb(125, 211, 252); --ink: rgb(125, 211, 252); }
  .box[data-kind="program"] { --line: rgb(216, 180, 254); --ink: rgb(216, 180, 254); }
  .sentence { color: #d1d5db; }
  .sentence b { color: #fff; }
  .gloss { color: #f9fafb; }
  .since { color: #9ca3af; }
}
`;

/** The sentence cut to a window around the marked text, split for emphasis. */
export function excerpt(sentence: string, text: string | undefined, max = SENTENCE_MAX): [string, string, string] {
  const at = text ? sentence.indexOf(text) : -1;
  if (at < 0 || !text) {
    return [sentence.length > max ? `${sentence.slice(0, max - 1)}…` : sentence, '', ''];
  }
  const room = Math.max(0, max - text.length);
  let from = Math.max(0, at - Math.floor(room / 2));
  const to = Math.min(sentence.length, from + text.length + room);
  from = Math.max(0, to - text.length - room);
  const before = (from > 0 ? '…' : '') + sentence.slice(from, at);
  const after = sentence.slice(at + text.length, to) + (to < sentence.length ? '…' : '');
  return [before, text, after];
}

/** Fills the tooltip's box: kind, value line, and the sentence with the marked words in bold. */
export function fillTooltip(target: HTMLElement, content: TooltipContent, t: Translate): void {
  const doc = target.ownerDocument;
  target.replaceChildren();
  target.setAttribute('data-kind', content.kind);
  // The box speaks the interface's language; the page's words in it say their own.
  target.setAttribute('lang', uiLanguage(t));
  const kind = doc.createElement('div');
  kind.className = 'kind';
  kind.textContent = kindTitle(content.kind, t);
  const label = doc.createElement('div');
  label.className = 'label';
  label.textContent = content.facts ? valueLine(content.facts, t) : (content.label ?? '');
  target.append(kind, label);
  if (content.sentence) {
    const [before, match, after] = excerpt(content.sentence, content.text);
    const sentence = doc.createElement('div');
    sentence.className = 'sentence';
    sentence.setAttribute('lang', chineseLang(content.sentence));
    sentence.append(before);
    if (match) {
      const b = doc.createElement('b');
      b.textContent = match;
      sentence.append(b);
    }
    sentence.append(after);
    target.append(sentence);
  }
  target.toggleAttribute('data-card', Boolean(content.card));
  if (content.card) target.append(cardElement(doc, content.card, t));
}
