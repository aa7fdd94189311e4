import { authorLineNames, parseCredits, parseDateline, parseSource, pushUnique } from '../../core/article';
import { countScript, detectScript, scriptVerdict } from '../../core/text';
import type { Article, Paragraph, Script } from '../../core/types';
import { runSteps } from '../schedule';
import { readBodySteps, type BodyRead } from './body';
import { type Layout, readGenericSteps, titleFromHead } from './templates';
import { TEMPLATES } from './templates/index';

/** What the reader returns: the article, the template that read it, and each paragraph's element. */
export interface ArticleRead {
  article: Article;
  /** `rm_txt`, `2016wb`, `articleCont`, `xl2019`, `newscn2021`, … or `generic`. */
  template: string;
  /**
   * blocks[i] is the element paragraphs[i] was read from, or null when the text does not live in
   * the page (CCTV's body in a script string). paragraphs[i] text === the block's textContent with
   * only leading/trailing whitespace removed, so offsets map back to text nodes exactly; for the
   * generic reader's text runs (text split by `<br>`) the block is the element holding the run
   * and the paragraph is a stretch of its textContent, which the highlighter locates there.
   */
  blocks: (Element | null)[];
}

/** Characters counted for the script between two yields. */
const SCRIPT_STEP = 20_000;

/** Headline parts as displayed: a line break from the saved HTML shows as one space. */
const oneLine = (s: string | null) => (s === null ? null : s.replace(/\s*[\r\n]+\s*/g, ' ').trim() || null);

const hasText = (body: BodyRead) => body.blocks.some((b) => !b.caption);

/** The first template whose markers are present and whose body has text; else the generic reader. */
function* pick(doc: Document): Generator<void, { layout: Layout; body: BodyRead } | null, void> {
  for (const template of TEMPLATES) {
    const layout = template.read(doc);
    if (!layout) continue;
    if (!layout.title) layout.title = titleFromHead(doc);
    const body = yield* readBodySteps(layout.body, layout.title, layout.units);
    if (hasText(body)) return { layout, body };
  }
  const layout = yield* readGenericSteps(doc);
  return layout ? { layout, body: yield* readBodySteps(layout.body, layout.title, layout.units) } : null;
}

function assemble(layout: Layout, body: BodyRead, script: Script): ArticleRead {
  const paragraphs: Paragraph[] = [];
  const parts: string[] = [];
  let pos = 0;
  for (const block of body.blocks) {
    if (parts.length > 0) pos += 1; // the '\n' joining paragraphs
    paragraphs.push({ start: pos, end: pos + block.text.length, caption: block.caption });
    parts.push(block.text);
    pos += block.text.length;
  }
  const text = parts.join('\n');

  const authors: string[] = [];
  const editors: string[] = [...body.editors];
  for (const line of layout.authorTexts) pushUnique(authors, authorLineNames(line));
  pushUnique(authors, body.authors);
  for (const line of layout.editorTexts) {
    const credits = parseCredits(line);
    pushUnique(editors, credits.editors);
    pushUnique(authors, credits.authors);
  }
  // An editor is never an author, even when a page credits the same name both ways.
  const reporters = authors.filter((a) => !editors.includes(a));

  const article: Article = {
    title: oneLine(layout.title) ?? '',
    kicker: oneLine(layout.kicker),
    subtitle: oneLine(layout.subtitle),
    published: layout.published ?? parseDateline(layout.dateText),
    source: parseSource(layout.sourceText),
    authors: reporters,
    editors,
    printEdition: layout.printEdition ?? body.printEdition,
    script,
    text,
    paragraphs,
  };
  return {
    article,
    template: layout.template,
    blocks: body.blocks.map((b) => (layout.live ? b.el : null)),
  };
}

/**
 * Reads the article of a news page: site templates first (dispatched by DOM markers), then a
 * generic density reader. Never modifies the document.
 */
export function readArticle(doc: Document, url: string | null): ArticleRead {
  return runSteps(readArticleSteps(doc, url));
}

/**
 * readArticle as small steps, each a few milliseconds at most: run them with `runInChunks` and a
 * 200,000-character page is read in short tasks instead of one long one. Same result.
 */
export function* readArticleSteps(doc: Document, _url: string | null): Generator<void, ArticleRead, void> {
  const picked = yield* pick(doc);
  if (picked) {
    // The script of `${title}\n${text}`, counted in slices (counts add up; '\n' counts for nothing).
    const counts = countScript(picked.layout.title);
    let chars = 0;
    for (const { text } of picked.body.blocks) {
      for (let at = 0; at < text.length; at += SCRIPT_STEP) {
        const to = Math.min(text.length, at + SCRIPT_STEP);
        countScript(text, counts, at, to);
        chars += to - at;
        if (chars >= SCRIPT_STEP) {
          chars = 0;
          yield;
        }
      }
    }
    return assemble(picked.layout, picked.body, scriptVerdict(counts));
  }
  const title = titleFromHead(doc);
  return {
    article: {
      title, kicker: null, subtitle: null, published: null, source: null, authors: [], editors: [],
      printEdition: null, script: detectScript(title), text: '', paragraphs: [],
    },
    template: 'generic',
    blocks: [],
  };
}
