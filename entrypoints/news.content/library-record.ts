import { recordingBlock, type Settings } from '@/lib/core/settings';
import type { PageController } from '@/lib/dom/page-controller';
import { isWebUrl, type LibraryRequest, type RecordDocument } from '@/lib/messaging';

/**
 * The annotator's one contribution to the library: after an article is annotated, one message
 * with what was extracted. The background does the rest (jieba, the record, IndexedDB), so the
 * page pays for building a plain object and posting it. The message is not awaited.
 */

/** Why this page is not sent, or null when it is. */
export type SkipReason = 'private' | 'paused' | 'site-off' | 'forced' | 'not-web' | 'not-read';

/**
 * The record message for this page, or why there is none. A page the reader forced ("Annotate
 * this page") is no recognised article and stays out; so does a private window, whatever the
 * background would say (it checks again).
 */
export function recordMessage(
  c: PageController,
  url: string,
  settings: Settings,
  incognito: boolean,
): { msg: Extract<LibraryRequest, { type: 'kanbao/library/record' }> } | { skip: SkipReason } {
  if (incognito) return { skip: 'private' };
  if (!c.page.isArticle || c.page.signals.includes('forced')) return { skip: 'forced' };
  if (!isWebUrl(url)) return { skip: 'not-web' };
  const block = recordingBlock(settings, new URL(url).hostname);
  if (block) return { skip: block };
  const read = c.read;
  const extraction = c.annotation?.extraction;
  if (!read || !extraction) return { skip: 'not-read' };
  const doc: RecordDocument = {
    input: url, url, page: c.page, article: read.article,
    figures: extraction.figures, dates: extraction.dates, programs: extraction.programs,
  };
  return { msg: { type: 'kanbao/library/record', doc } };
}

/**
 * Returns the function the annotator calls after each annotation: the first call with a record
 * to send sends it (a page's later re-annotations, after a conversion or a clear, do not).
 * The time it holds the main thread is measured as `kanbao:record`.
 */
export function libraryRecorder(
  send: (msg: LibraryRequest) => Promise<unknown>,
  incognito: () => boolean,
): (c: PageController, url: string, settings: Settings) => SkipReason | 'sent' | 'done' {
  let sent = false;
  return (c, url, settings) => {
    if (sent) return 'done';
    const t0 = performance.now();
    const r = recordMessage(c, url, settings, incognito());
    if ('skip' in r) return r.skip;
    sent = true;
    send(r.msg).catch((e: unknown) => console.warn('[kanbao] library record not sent', e));
    performance.measure('kanbao:record', { start: t0, end: performance.now() });
    return 'sent';
  };
}
