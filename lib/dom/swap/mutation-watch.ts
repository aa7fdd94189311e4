/**
 * Batches a page's own changes (late paragraphs, live tickers, SPA navigation) for conversion.
 *
 * - Debounce with a maximum wait: a burst is reported once it goes quiet for `debounceMs`,
 *   but never later than `maxWaitMs` after its first change, so a page that never stops
 *   changing (a clock, a live blog) is still converted.
 * - Kanbao's own writes are never reported: `quiet(fn)` takes the page's pending records,
 *   disconnects, runs the write and reconnects. JavaScript is single-threaded and the write is
 *   synchronous, so no page change can happen in that gap, and none is lost. A long write
 *   (the swapper's, on a big page) is many short `quiet` slices: the page's changes between
 *   them are observed as usual.
 */
export interface MutationBatch {
  /** Added nodes and changed text nodes: each one's subtree needs a look. */
  nodes: Node[];
  /** Changed attributes, as [element, attribute name]. */
  attributes: Array<readonly [Element, string]>;
  /**
   * Nodes swapped for others under one parent (replaceChild, replaceWith, or removals and
   * additions in a row), in record order, each as what the swap did in the end (see
   * netReplacement). The highlighter renders a highlight by replacing a text node with pieces
   * of its text; the swapper uses this to hand the pieces their share of the node's original.
   */
  replacements: Array<{ removed: Node[]; added: Node[] }>;
}

export interface MutationWatchOptions {
  debounceMs?: number;
  maxWaitMs?: number;
  /** Attributes worth reporting; the converted ones by default. */
  attributeFilter?: string[];
}

export interface MutationWatch {
  /** Stops reacting: nothing is observed or reported until resume(); pending changes are kept. */
  pause(): void;
  resume(): void;
  /** Runs `write` unobserved: the watcher never sees Kanbao's own writes. */
  quiet(write: () => void): void;
  /** Reports pending changes now instead of waiting for the timer. */
  flush(): void;
  /** Disconnects for good and drops pending changes. */
  stop(): void;
  readonly observing: boolean;
}

interface ChildGroup {
  parent: Node;
  /** Per node: additions minus removals within the group, in the order first seen. */
  net: Map<Node, number>;
}

/**
 * What a group of childList records on one parent did in the end: the nodes it took out and
 * the nodes it left in. A node both added and removed within the group is neither: the
 * highlighter's clear puts the page's text node back and a re-annotation right after takes it
 * out again for new pieces (clear: +T −P…; mark: −T +Q…), and only P… → Q… is a replacement
 * whose text lines up. Kept whole, the group would list T among both, and T's converted text
 * would pass for an original.
 */
function netReplacement(group: ChildGroup): { removed: Node[]; added: Node[] } {
  const removed: Node[] = [];
  const added: Node[] = [];
  for (const [node, n] of group.net) {
    if (n < 0) removed.push(node);
    else if (n > 0) added.push(node);
  }
  return { removed, added };
}

export const DEFAULT_DEBOUNCE_MS = 150;
export const DEFAULT_MAX_WAIT_MS = 1000;

export function watchMutations(
  target: Node,
  onBatch: (batch: MutationBatch) => void,
  options: MutationWatchOptions = {},
): MutationWatch {
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  const maxWaitMs = options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS;
  const init: MutationObserverInit = {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: options.attributeFilter ?? ['title', 'alt', 'placeholder', 'aria-label', 'lang'],
  };

  let nodes = new Set<Node>();
  let attributes = new Map<Element, Set<string>>();
  let replacements: MutationBatch['replacements'] = [];
  let firstAt = -1;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let observing = false;
  let paused = false;
  let stopped = false;
  let quietDepth = 0;

  function take(records: MutationRecord[]): void {
    // A replacement is one record in browsers but a removal plus additions in some DOM
    // implementations: consecutive childList records on one parent are taken as one group.
    let group: ChildGroup | null = null;
    const groups: ChildGroup[] = [];
    const count = (node: Node, by: number) => group!.net.set(node, (group!.net.get(node) ?? 0) + by);
    for (const r of records) {
      if (r.type === 'childList') {
        if (!group || group.parent !== r.target) groups.push((group = { parent: r.target, net: new Map() }));
        for (const n of Array.from(r.removedNodes)) count(n, -1);
        for (const n of Array.from(r.addedNodes)) {
          nodes.add(n);
          count(n, 1);
        }
        continue;
      }
      group = null;
      if (r.type === 'characterData') nodes.add(r.target);
      else if (r.type === 'attributes' && r.attributeName) {
        const el = r.target as Element;
        const set = attributes.get(el) ?? new Set<string>();
        set.add(r.attributeName);
        attributes.set(el, set);
      }
    }
    for (const g of groups) {
      const net = netReplacement(g);
      if (net.removed.length > 0 && net.added.length > 0) replacements.push(net);
    }
  }

  function pending(): boolean {
    return nodes.size > 0 || attributes.size > 0;
  }

  function clearTimer(): void {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  }

  function schedule(): void {
    if (!pending() || paused || stopped) return;
    const now = Date.now();
    if (firstAt < 0) firstAt = now;
    clearTimer();
    const wait = Math.max(0, Math.min(debounceMs, firstAt + maxWaitMs - now));
    timer = setTimeout(flush, wait);
  }

  function flush(): void {
    clearTimer();
    if (observing) take(observer.takeRecords());
    if (!pending()) return;
    const batch: MutationBatch = {
      nodes: Array.from(nodes),
      attributes: Array.from(attributes, ([el, names]) => Array.from(names, (n) => [el, n] as const)).flat(),
      replacements,
    };
    nodes = new Set();
    attributes = new Map();
    replacements = [];
    firstAt = -1;
    onBatch(batch);
  }

  const observer = new MutationObserver((records) => {
    take(records);
    schedule();
  });

  function connect(): void {
    if (observing || stopped || paused || quietDepth > 0) return;
    observer.observe(target, init);
    observing = true;
  }

  function disconnect(): void {
    if (!observing) return;
    // Records already queued are the page's: keep them before letting go.
    take(observer.takeRecords());
    observer.disconnect();
    observing = false;
  }

  connect();

  return {
    pause() {
      disconnect();
      paused = true;
      clearTimer();
    },
    resume() {
      if (stopped) return;
      paused = false;
      connect();
      schedule();
    },
    quiet(write) {
      quietDepth++;
      disconnect();
      try {
        write();
      } finally {
        quietDepth--;
        connect();
        // disconnect() may have taken page records; make sure they get a timer.
        if (quietDepth === 0 && timer === null) schedule();
      }
    },
    flush,
    stop() {
      stopped = true;
      disconnect();
      clearTimer();
      nodes = new Set();
      attributes = new Map();
      replacements = [];
    },
    get observing() {
      return observing;
    },
  };
}
