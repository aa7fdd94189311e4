import { CONVERT_PORT, parseConvertPortRequest, type BackgroundRequest, type ConvertPortReply } from '@/lib/messaging';

/** What the background needs of a Port (a structural subset of the browser's). */
export interface ConvertPort {
  name: string;
  sender?: { id?: string; tab?: { id?: number } };
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
}

type ConvertRequest = Extract<BackgroundRequest, { type: 'kanbao/convert-text' }>;

/**
 * Answers the conversion batches of one content script's Port (see CONVERT_PORT): only a Port of
 * that name, from our own extension's content script in a tab. Each batch is validated like the
 * message; one that is not well formed but carries an id is answered with an error, so the page
 * stops waiting for it, and one without an id is ignored.
 */
export function answerConvertPort(port: ConvertPort, ownId: string, convert: (msg: ConvertRequest) => Promise<{ texts: string[]; cjk?: number[]; changed?: number[] } | { cold: true }>): boolean {
  if (port.name !== CONVERT_PORT) return false;
  if (port.sender?.id !== ownId || port.sender.tab?.id === undefined) {
    port.disconnect();
    return true;
  }
  port.onMessage.addListener((raw) => {
    const id = (raw as { id?: unknown } | null)?.id;
    const msg = parseConvertPortRequest(raw);
    const reply = (answer: ConvertPortReply) => {
      try {
        port.postMessage(answer);
      } catch {
        // The page went away meanwhile: nobody waits for the answer.
      }
    };
    if (!msg) {
      if (typeof id === 'number' && Number.isSafeInteger(id) && id > 0) reply({ type: 'kanbao/converted', id, error: true });
      return;
    }
    const { id: _id, ...request } = msg;
    convert(request).then(
      (answer) => reply({ type: 'kanbao/converted', id: msg.id, ...answer }),
      (e: unknown) => {
        console.warn('[kanbao] converting a batch failed', e);
        reply({ type: 'kanbao/converted', id: msg.id, error: true });
      },
    );
  });
  return true;
}
