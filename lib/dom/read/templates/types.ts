/**
 * What a site template locates on a page. The shared reader (read-article.ts) turns this into an
 * Article: it reads the body paragraphs, parses the date/source/credit texts and merges names.
 */
export interface Layout {
  /** `rm_txt`, `2016wb`, `xl2019`, … or `generic`. */
  template: string;
  title: string;
  /** The element the title was read from, when it is in the page (the generic meta window starts after it). */
  titleEl: Element | null;
  kicker: string | null;
  subtitle: string | null;
  /** The container whose `<p>` descendants are the body paragraphs. */
  body: Element;
  /**
   * The paragraphs as text runs, when they are not `<p>` elements (the generic reader's text split
   * by `<br>`, `<div>` paragraphs, table cells): each run's text lies inside its element's text.
   * Null: the body's `<p>` descendants are the paragraphs.
   */
  units: readonly { el: Element; text: string; whole: boolean }[] | null;
  /** False when `body` is not in the live page (CCTV's body parsed from a script string). */
  live: boolean;
  /** A text holding the visible date (`2023年02月03日10:44 | 來源：…`). */
  dateText: string | null;
  /** An ISO date the template assembled itself (split spans, meta), preferred over `dateText`. */
  published: string | null;
  /** A text holding the source: with a 来源 label, or the bare outlet name. */
  sourceText: string | null;
  /** Author lines outside the body (`本报记者  王乐文  方  敏`, `[作者: 刘满仓 …]`). */
  authorTexts: string[];
  /** Editor lines outside the body (`【纠错】 责任编辑： 尹世杰`). */
  editorTexts: string[];
  /** A print edition the template read from its own markup (paper.people.com.cn `.sec .date`). */
  printEdition: string | null;
}

export interface Template {
  id: string;
  /** The layout when the page has this template's markers, else null. */
  read(doc: Document): Layout | null;
}

/** A layout with the optional parts empty. */
export function layout(
  parts: Pick<Layout, 'template' | 'title' | 'body'> & Partial<Layout>,
): Layout {
  return {
    titleEl: null,
    kicker: null,
    subtitle: null,
    live: true,
    units: null,
    dateText: null,
    published: null,
    sourceText: null,
    authorTexts: [],
    editorTexts: [],
    printEdition: null,
    ...parts,
  };
}
