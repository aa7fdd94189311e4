import { useEffect, useState } from 'preact/hooks';
import { PopupView, type PopupState } from '@/components/PopupView';
import type { Request, StateReply } from '@/lib/messaging';
import { queryActiveTabState, targetTabId } from './tab-state';

/** Browser glue for the popup: asks the tab's content script, renders the answer, sends actions. */
export function PopupApp() {
  const [state, setState] = useState<PopupState>({ status: 'loading' });
  useEffect(() => {
    queryActiveTabState().then(setState, () => setState({ status: 'unavailable' }));
  }, []);

  const send = async (msg: Request) => {
    const tabId = await targetTabId();
    if (tabId === undefined) return;
    const reply = (await browser.tabs.sendMessage(tabId, msg)) as StateReply | undefined;
    if (reply) setState({ status: 'ready', reply });
  };

  return <PopupView state={state} onConvert={(to) => void send({ type: 'kanbao/convert', to })} />;
}
