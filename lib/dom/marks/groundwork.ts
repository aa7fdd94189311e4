import { splitSentences, type SentenceRange } from '../../core/text';
import { runInChunks, timedYield, yieldToPage, type ChunkSchedule } from '../schedule';
import type { ArticleRead } from '../read';
import { TextIndexBuilder, type TextIndex } from './text-index';


/**
 * What marking an article needs before its figures, dates and programs are known: the map from
 * article offsets to the page's Text nodes, and the sentences the tooltips quote. Neither depends
 * on the extraction, so the annotator builds them while the extraction is away in the background
 * (a few milliseconds on a news article that would otherwise come after the answer).
 */
export interface Groundwork {
  /** The read it was built from: it serves that read only. */
  readonly read: ArticleRead;
  readonly index: TextIndex;
  readonly sentences: readonly SentenceRange[];
  /** Its main-thread time, yields left out. */
  readonly workMs: number;
}

/** `endedAt`: when the last step finished, before the microtasks that hand the result back. */
function* groundworkSteps(read: ArticleRead): Generator<void, Pick<Groundwork, 'index' | 'sentences'> & { endedAt: number }, void> {
  const builder = new TextIndexBuilder(read);
  for (let i = 0; i < builder.blockCount; i++) {
    builder.addBlock(i);
    yield;
  }
  const index = builder.build();
  yield;
  const sentences = splitSentences(read.article.text);
  return { index, sentences, endedAt: performance.now() };
}

/**
 * Builds the groundwork of `read` in slices, the first one after a yield: the caller's task (the
 * read's last slice and the request just sent) is not made longer.
 */
export async function prepareGroundwork(read: ArticleRead, schedule: ChunkSchedule = {}): Promise<Groundwork> {
  const { yieldToMain, away } = timedYield(schedule.yieldToMain);
  await (schedule.yieldToMain ?? yieldToPage)();
  const started = performance.now();
  const { index, sentences, endedAt } = await runInChunks(groundworkSteps(read), { budgetMs: schedule.budgetMs, yieldToMain });
  // Its span, for traces; its work counts in kanbao:annotate-work.
  performance.measure('kanbao:groundwork', { start: started, end: endedAt });
  return { read, index, sentences, workMs: endedAt - started - away() };
}

/**
 * Whether an index built earlier still describes the page: every Text node it maps is still in
 * the page with the text it had. A page script, or an automatic conversion, that wrote in between
 * makes the highlighter build the index again, exactly as if there had been no groundwork.
 */
export function isIndexCurrent(index: TextIndex): boolean {
  for (const run of index.runs) {
    if (!run.ref.parentNode || run.ref.data !== index.snapshot.get(run.ref)) return false;
  }
  return true;
}
