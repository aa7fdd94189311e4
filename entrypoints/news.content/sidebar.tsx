import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageController } from '@/lib/dom/page-controller';

/** The summary sidebar (issue 5). STUB until the sidebar lands. */
export interface Sidebar {
  setOpen(open: boolean): Promise<void>;
}

export function createSidebar(_ctx: ContentScriptContext, controller: PageController): Sidebar {
  return {
    async setOpen(open) {
      controller.report({ sidebarOpen: open });
    },
  };
}
