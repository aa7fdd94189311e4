import type { Article, Paragraph } from '../types';
import { parseDateline, parseSource } from './meta';
import { parseCredits, pushUnique } from './names';
import { isEditorLine } from './lines';
import { detectScript, foldToSimplified } from '../text';

/**
 * Plain text in (one paragraph per line, as copied from a page), an Article out whose `text`
 * is the input unchanged, so every span offset indexes the file directly. Metadata comes from
 * the same line parsers the page reader uses.
 */
const DATELINE = /\d{4}年\d{1,2}月\d{1,2}日\s*\d{1,2}:\d{2}/;

export function articleFromText(text: string): Article {
  const paragraphs: Paragraph[] = [];
  let pos = 0;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed) {
      const start = pos + line.indexOf(trimmed);
      paragraphs.push({ start, end: start + trimmed.length, caption: false });
    }
    pos += line.length + 1;
  }
  const lines = paragraphs.map((p) => text.slice(p.start, p.end));

  // The dateline (`2023年02月03日10:44 | 來源:…`) anchors the header: the headline is the line
  // before it (a page copied with its navigation starts with the site name and breadcrumb).
  const dateIndex = lines.findIndex((l) => DATELINE.test(foldToSimplified(l)));
  const dateLine = dateIndex >= 0 ? lines[dateIndex]! : null;
  const title = (dateIndex > 0 ? lines[dateIndex - 1] : lines[0]) ?? '';

  const editors: string[] = [];
  for (const l of lines) if (isEditorLine(l)) pushUnique(editors, parseCredits(l).editors);

  return {
    title,
    kicker: null,
    subtitle: null,
    published: parseDateline(dateLine),
    source: dateLine ? parseSource(dateLine) : null,
    authors: [],
    editors,
    printEdition: null,
    script: detectScript(text),
    text,
    paragraphs,
  };
}
