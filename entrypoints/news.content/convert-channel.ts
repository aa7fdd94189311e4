import type { ConvertedBatch } from '@/lib/dom/swap';
import { convertCounts, parseConvertPortReply, type ConvertPortRequest, type ConvertTarget, type QuoteStyle } from '@/lib/messaging';

/**
 * How the content script's conversion batches reach the background. One long-lived Port carries
 * them (`kanbao/convert-text` with an id, answered by `kanbao/converted` with the same id): a
 * Port's message costs about half a `runtime.sendMessage`, which opens and closes a channel per
 * call (seed page, Chromium: a round trip of its 228 texts took 1.0 ms against 2.2 ms). The Port
 * closes when the background goes away (an MV3 worker stops when idle, and an extension update
 * restarts it): the batches it left unanswered go again by `runtime.sendMessage`, which wakes
 * the background, and the next batch opens a new Port. No Port at all (an invalidated context):
 * `runtime.sendMessage`, whose error then says why.
 */
export interface PortLike {
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

export interface ConvertChannel {
  convert(texts: string[], to: ConvertTarget, quotes: QuoteStyle | null): Promise<ConvertedBatch>;
  /**
   * A batch asked ahead of the reader: converted only if the background's converters for it are
   * built (else null), and only on the Port, so that it never wakes a background that stopped.
   */
  ahead(texts: string[], to: ConvertTarget, quotes: QuoteStyle | null): Promise<ConvertedBatch | null>;
  /** Opens the Port ahead of the first batch (it is opened on first need otherwise). */
  open(): void;
}

/** An answer as the swapper takes it: the texts, and their counts when well formed. */
function batchOf(x: unknown, n: number): ConvertedBatch | null {
  if (typeof x !== 'object' || x === null) return null;
  const texts = (x as { texts?: unknown }).texts;
  if (!Array.isArray(texts) || texts.length !== n || !texts.every((s) => typeof s === 'string')) return null;
  return { texts: texts as string[], ...convertCounts(x as Record<string, unknown>, n) };
}

const noAnswer = () => new Error('the converter did not answer');

interface Waiting {
  n: number;
  resolve: (batch: ConvertedBatch | null) => void;
  reject: (error: Error) => void;
  /** Sends the batch again by runtime.sendMessage (its Port closed before the answer). */
  again: () => void;
}

export function createConvertChannel(connect: () => PortLike, send: (message: unknown) => Promise<unknown>): ConvertChannel {
  let port: PortLike | null = null;
  let nextId = 1;
  const waiting = new Map<number, Waiting>();

  const bySendMessage = async (texts: string[], to: ConvertTarget, quotes: QuoteStyle | null): Promise<ConvertedBatch> => {
    const batch = batchOf(await send({ type: 'kanbao/convert-text', texts, to, quotes }), texts.length);
    if (!batch) throw noAnswer();
    return batch;
  };

  function open(): PortLike | null {
    if (port) return port;
    let p: PortLike;
    try {
      p = connect();
    } catch {
      return null;
    }
    port = p;
    p.onMessage.addListener((raw) => {
      const reply = parseConvertPortReply(raw);
      const w = reply ? waiting.get(reply.id) : undefined;
      if (!reply || !w) return;
      waiting.delete(reply.id);
      // parseConvertPortReply checked the strings, and the counts against them.
      if ('texts' in reply && reply.texts.length === w.n) w.resolve(reply);
      else if ('cold' in reply) w.resolve(null);
      else w.reject(noAnswer());
    });
    p.onDisconnect.addListener(() => {
      if (port !== p) return;
      port = null;
      // Every batch waiting was sent on this Port (a new one opens only after this one closed).
      const left = Array.from(waiting.values());
      waiting.clear();
      for (const w of left) w.again();
    });
    return p;
  }

  return {
    open() {
      open();
    },
    async convert(texts, to, quotes) {
      const p = open();
      if (!p) return bySendMessage(texts, to, quotes);
      const batch = await onPort(p, texts, to, quotes, false);
      // Only a batch sent ahead can be answered cold.
      if (!batch) throw noAnswer();
      return batch;
    },
    ahead(texts, to, quotes) {
      const p = open();
      return p ? onPort(p, texts, to, quotes, true) : Promise.resolve(null);
    },
  };

  function onPort(p: PortLike, texts: string[], to: ConvertTarget, quotes: QuoteStyle | null, ahead: boolean): Promise<ConvertedBatch | null> {
    return new Promise<ConvertedBatch | null>((resolve, reject) => {
      const id = nextId++;
      // Sent again by runtime.sendMessage, which wakes the background: never for a batch asked ahead.
      const again = ahead ? () => resolve(null) : () => bySendMessage(texts, to, quotes).then(resolve, reject);
      waiting.set(id, { n: texts.length, resolve, reject, again });
      const request: ConvertPortRequest = { type: 'kanbao/convert-text', id, texts, to, quotes, ...(ahead ? { ahead } : {}) };
      try {
        p.postMessage(request);
      } catch {
        // Closed before its onDisconnect ran.
        waiting.delete(id);
        if (port === p) port = null;
        again();
      }
    });
  }
}
