import type { PageController } from '@/lib/dom/page-controller';
import { type ConvertFn, createLiveScriptSwap, type SwapReport } from '@/lib/dom/swap';
import { CONVERT_PORT, type ScriptTarget } from '@/lib/messaging';
import { createConvertChannel } from './convert-channel';
import { automaticTarget } from '@/lib/core/settings';
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
}

export function createConversion(controller: PageController, settings: Promise<LiveSettings>): Conversion {
  const site = siteKey(location.hostname);
  const channel = createConvertChannel(
    () => browser.runtime.connect({ name: CONVERT_PORT }),
    (m) => browser.runtime.sendMessage(m),
  );
  // Open with the article's features, so that the reader's first conversion finds it open.
  channel.open();
  const convert: ConvertFn = async (texts, to) => {
    if (texts.length === 0) return [];
    const quotes = (await settings).current.conversion.quotes;
    return channel.convert(texts, to, quotes);
  };

  const after = async (report: SwapReport) => {
    if (report.superseded) return;
    controller.report({ converted: report.target, repaired: report.repairedChars });
    // Offsets of the highlights no longer fit a text whose length changed: read and mark again.
    if (report.lengthChanged) await controller.refresh();
  };

  const live = createLiveScriptSwap(document, convert, {
    onAutoConvert: (r) => {
      if (r instanceof Error) console.warn('[kanbao] converting new content failed', r);
      else after(r).catch((e: unknown) => console.warn('[kanbao] refresh failed', e));
    },
  });

  const conversion: Conversion = {
    async convertTo(target, { remember = true } = {}) {
      const t0 = performance.now();
      const report = target === 'original' ? await live.restore() : await live.convertTo(target);
      // From the request to the last write in the page (the bench reads it).
      performance.measure('kanbao:convert', { start: t0, detail: { target, nodes: report.changedNodes } });
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
