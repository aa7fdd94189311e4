import type { PageController } from '@/lib/dom/page-controller';
import type { ScriptTarget } from '@/lib/messaging';

/** Script conversion on demand (issue 4). STUB until the swapper is wired. */
export interface Conversion {
  convertTo(target: ScriptTarget): Promise<void>;
  rescan(): Promise<void>;
}

export function createConversion(_controller: PageController): Conversion {
  return {
    async convertTo() {},
    async rescan() {},
  };
}
