import type { Extraction, AnnotationItem } from '@/lib/core/extract';
import type { SidebarModel } from '@/lib/core/sidebar';
import type { Article, ConvertTarget, PageInfo, ScriptTarget } from '@/lib/core/types';

/**
 * What the sidebar's container needs from outside Preact, injected by the content script
 * (entrypoints/news.content/sidebar.tsx) and faked by the tests: the page it describes, the
 * background's jieba and converter, and the few DOM effects on the page around it. Nothing here
 * is a browser.* call from a component's point of view: the content script does those.
 */
export interface SidebarPage {
  /** The article as first read; null on a page that is not an article (the selection alone). */
  article: Article | null;
  info: PageInfo;
  url: string;
  /** What the highlighter found, once annotated; null before, and after kanbao/clear. */
  annotation(): { extraction: Extraction; items: readonly AnnotationItem[] } | null;
  /** The same, with glossary cards as the glossary writes them (the JSON export's, as the command
   * line gives them); the shown annotation when absent. */
  documentAnnotation?(): { extraction: Extraction; items: readonly AnnotationItem[] } | null;
  /** The script the page is shown in now. */
  converted(): ScriptTarget;
  /** Called on every change of annotation, conversion or reported state; returns the unsubscribe. */
  onChange(listener: () => void): () => void;
}

/** A selection result from "Annotate selection" (entrypoints/news.content/selection.ts). */
export interface SelectionResult {
  text: string;
  extraction: Extraction;
}

export interface SidebarServices {
  page: SidebarPage;
  /** Brings an item into view in the page: its mark focused, else its words selected. */
  goTo(id: string, model: SidebarModel): void;
  /** Keydown on the page, in the capture phase (keys on a mark the sidebar focused). */
  listenPageKeys(listener: (e: KeyboardEvent) => void): () => void;
  /** jieba in the background; the raw reply, validated by the caller. */
  analyze(text: string, known: string[]): Promise<unknown>;
  /** The background's converter: the same number of strings back, or a rejection. */
  convertTexts(texts: string[], to: ConvertTarget): Promise<string[]>;
  /** The clipboard; false when the page refused it. */
  copy(text: string): Promise<boolean>;
  /** Saves a file named for the page with this extension; returns the file's name. */
  download(extension: string, mime: string, text: string): string;
  /** Sizes the sidebar's host and, in reflow mode, narrows the page beside it. */
  place(width: number): void;
  /** Gives the page its width back (reflow mode). */
  unplace(): void;
  /** The width to use for one asked for: within the limits and the window. */
  fitWidth(width: number): number;
  /** Remembers a width the reader chose. */
  saveWidth(width: number): void;
  /** "Annotate selection" results: the latest at once, then each new one. */
  selections(listener: (r: SelectionResult) => void): () => void;
  /** The reader cleared this result: no sidebar shows it again. */
  dismissSelection(r: SelectionResult): void;
  /** Opens the library page (kanbao/library/open); absent where there is no library. */
  openLibrary?(): void;
}
