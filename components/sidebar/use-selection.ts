import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { buildSelectionModel, type SelectionModel } from '@/lib/core/sidebar';
import type { SelectionResult, SidebarServices } from './services';

export interface ShownSelection {
  result: SelectionResult;
  model: SelectionModel;
}

/**
 * "Annotate selection" results for the sidebar. It subscribes as it is created (before the
 * annotator answers the menu, so the reply can say the result is shown); the latest result
 * arrives at once and opens the sidebar only when `openOnReplay` (the sidebar it replaces was
 * open); every later result opens it. `clear` drops the result for good.
 */
export function useSelection(
  services: Pick<SidebarServices, 'selections' | 'dismissSelection'>,
  openOnReplay: boolean,
  onOpen: () => void,
): [ShownSelection | null, () => void] {
  const [shown, setShown] = useState<ShownSelection | null>(null);
  const latest = useRef({ openOnReplay, onOpen });
  latest.current = { openOnReplay, onOpen };
  useLayoutEffect(() => {
    let replay = true;
    const stop = services.selections((result) => {
      setShown({ result, model: buildSelectionModel(result.text, result.extraction) });
      if (!replay || latest.current.openOnReplay) latest.current.onOpen();
    });
    replay = false;
    return stop;
  }, [services]);
  const clear = () => {
    if (shown) services.dismissSelection(shown.result);
    setShown(null);
  };
  return [shown, clear];
}
