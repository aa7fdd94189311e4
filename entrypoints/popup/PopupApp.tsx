import { useEffect, useState } from 'preact/hooks';
import { PopupView, type PopupState } from '@/components/PopupView';
import { queryActiveTabState } from './tab-state';

/** Browser glue for the popup: asks the active tab's content script, renders the answer. */
export function PopupApp() {
  const [state, setState] = useState<PopupState>({ status: 'loading' });
  useEffect(() => {
    queryActiveTabState().then(setState, () => setState({ status: 'unavailable' }));
  }, []);
  return <PopupView state={state} />;
}
