import type { PageController } from '@/lib/dom/page-controller';
import { type ConvertFn, createConversionMemo, createLiveScriptSwap, type SwapReport } from '@/lib/dom/swap';
import { CONVERT_PORT, type ConvertTarget, type ScriptTarget } from '@/lib/messaging';
import { createConvertChannel } from './convert-channel';
import { MAX_SENT_CHARS } from './extract-elsewhere';
import { automaticTarget, likelyTargets } from '@/lib/core/settings';
import type { Script } from '@/lib/core/types';
import { siteKey } from '@/lib/core/sites';
import { lastScriptChoice, type LiveSettings, rememberScriptChoice } from '@/lib/settings';

/**
 * Script conversion on demand. The phrase dictionaries live in the background, so the page's
 * text goes there in batches (`kanbao/convert-text`) and comes back converted; the swapper writes
 * only what changed, keeps originals for exact undo, and a mutation watcher converts text that
 * arrives later. The quote style comes from the page's live settings, read when the page opened
 * and kept current by storage events, so a batch never waits on a storage read.
 */
export interface Conversion {
  /** `remember: false` for conversions the reader did not ask for (a site rule on load). */
  convertTo(target: ScriptTarget, opts?: { remember?: boolean }): Promise<void>;
  rescan(): Promise<void>;
  /**
   * Converts the article's page ahead of the reader, into the scripts a reader of it asks for
   * most (see `likelyTargets`), writing nothing, so that the request finds the answers here.
   * Only on converters the background has already built: a reader who never converts pays for no
   * phrase tables. Not on a long page (its batch would hold the background), nor on a page already
   * converted.
   */
  prepare(article: { script: Script; text: string }): Promise<void>;
}


export function createConversion(controller: PageController, settings: Promise<LiveSettings>): Conversion {
  const site = siteKey(location.hostname);
  const channel = createConvertChannel(
    () => browser.runtime.connect({ name: CONVERT_PORT }),
    (m) => browser.runtime.sendMessage(m),
  );
  // Open with the article's features, so that the reader's first conversion finds it open.
  channel.open();
  // Answers by target and quote style; the reader's phrase overrides change them, so any change
  // of settings forgets them.
  const memo = createConversionMemo();
  settings.then((s) => s.subscribe(() => memo.clear())).catch(() => undefined);
  /** Batches sent to the background for the reader's conversions (the measure's `trips`). */
  let trips = 0;
  const convert: ConvertFn = async (texts, to) => {
    if (texts.length === 0) return [];
    const quotes = (await settings).current.conversion.quotes;
    const batch = await memo.through(`${to}|${quotes}`, texts, (missing) => {
      trips++;
      return channel.convert(missing, to, quotes);
    });
    // channel.convert never answers null.
    return batch!;
  };
  const ahead = async (texts: string[], to: ConvertTarget) => {
    const quotes = (await settings).current.conversion.quotes;
    return memo.through(`${to}|${quotes}`, texts, (missing) => channel.ahead(missing, to, quotes));
  };

  const after = async (report: SwapReport) => {
    if (report.superseded) return;
    controller.report({ converted: report.target, repaired: report.repairedChars });
    // Offsets of the highlights no longer fit a text whose length changed: read and mark again.
    if (report.lengthChanged) await controller.refresh();
  };

  const live = createLiveScriptSwap(document, convert, {
    ahead,
    onAutoConvert: (r) => {
      if (r instanceof Error) console.warn('[kanbao] converting new content failed', r);
      else after(r).catch((e: unknown) => console.warn('[kanbao] refresh failed', e));
    },
  });

  const conversion: Conversion = {
    async convertTo(target, { remember = true } = {}) {
      const t0 = performance.now();
      const sent = trips;
      const report = target === 'original' ? await live.restore() : await live.convertTo(target);
      // From the request to the last write in the page (the bench reads it); `trips`: 0 when every
      // answer was kept here (prepared ahead, or converted before).
      performance.measure('kanbao:convert', { start: t0, detail: { target, nodes: report.changedNodes, trips: trips - sent } });
      await after(report);
      // Remembered per site: the next article there opens in the same script. An automatic
      // conversion is not a choice: remembering it would outlive the rule that caused it. A
      // request replaced by a later one is not the reader's last choice either.
      if (!remember || report.superseded) return;
      await rememberScriptChoice(site, target);
    },
    async rescan() {
      await after(await live.rescan());
    },
    async prepare(article) {
      if (article.text.length > MAX_SENT_CHARS) return;
      await live.prepare(likelyTargets(article.script, (await settings).current, navigator.languages ?? []));
    },
  };

  // The site's rule, else the reader's last choice there, else the default target (`original`
  // from a rule means "never convert here").
  (async () => {
    const [live, lastChoice] = await Promise.all([settings, lastScriptChoice(site)]);
    const target = automaticTarget(live.current, location.hostname, lastChoice, navigator.languages ?? []);
    if (target && target !== 'original') await conversion.convertTo(target, { remember: false });
  })().catch((e: unknown) => console.warn('[kanbao] automatic conversion failed', e));

  return conversion;
}
