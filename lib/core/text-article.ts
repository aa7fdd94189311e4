import type { Article, Paragraph } from './types';
import { foldToSimplified } from './fold';
import { detectScript } from './script';

/**
 * Plain text in (one paragraph per line, as copied from a page), an Article out whose `text`
 * is the input unchanged, so every span offset indexes the file directly.
 */
const DATELINE = /(\d{4})年(\d{1,2})月(\d{1,2})日\s*(\d{1,2}):(\d{2})(?::(\d{2}))?/;
const SOURCE = /来源[:：]\s*([^\s|｜]+)/;
const EDITORS = /[(（]\s*责编\s*[:：]\s*([^)）]+)[)）]/;

const pad = (n: string) => n.padStart(2, '0');

export function articleFromText(text: string): Article {
  const paragraphs: Paragraph[] = [];
  const lines: { start: number; end: number }[] = [];
  let pos = 0;
  for (const line of text.split('\n')) {
    const lead = line.length - line.trimStart().length;
    const trimmed = line.trim();
    if (trimmed) lines.push({ start: pos + lead, end: pos + lead + trimmed.length });
    pos += line.length + 1;
  }
  for (const l of lines) paragraphs.push({ ...l, caption: false });

  // Metadata regexes run on the folded text (來源 → 来源) but values are cut from the original.
  const folded = foldToSimplified(text);
  const slice = (m: RegExpExecArray | null, group: number) => {
    if (!m || m[group] === undefined) return null;
    const at = m.index + m[0].indexOf(m[group]!);
    return text.slice(at, at + m[group]!.length);
  };
  const date = DATELINE.exec(folded);
  const published = date
    ? `${date[1]}-${pad(date[2]!)}-${pad(date[3]!)}T${pad(date[4]!)}:${date[5]}${date[6] ? ':' + date[6] : ''}+08:00`
    : null;
  const source = slice(SOURCE.exec(folded), 1);
  const editorText = slice(EDITORS.exec(folded), 1);
  const editors = editorText ? editorText.split(/[、,，\s]+/).filter(Boolean) : [];

  // The headline is the last line before the dateline when there is one (pages copied with
  // their navigation start with the site name and breadcrumb), else the first line.
  const dateLine = date ? lines.findIndex((l) => l.end > date.index) : -1;
  const titleLine = dateLine > 0 ? lines[dateLine - 1] : lines[0];
  const title = titleLine ? text.slice(titleLine.start, titleLine.end) : '';

  return {
    title, kicker: null, subtitle: null, published, source, authors: [], editors,
    printEdition: null, script: detectScript(text), text, paragraphs,
  };
}
