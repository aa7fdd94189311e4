/**
 * Pre-order walk of a subtree (root included) that can stop and resume, so a 50,000-node page
 * is walked in slices (lib/dom/schedule.ts) rather than in one 100 ms task. `enter` says whether to
 * descend into an element.
 *
 * Iterative, because news pages nest deeply; indexes into childNodes rather than following
 * nextSibling, which some DOM implementations (happy-dom) answer in O(siblings), turning a walk
 * of a wide page quadratic. The page may change the tree while the walk is stopped, which
 * would shift a live list's indexes (a sibling removed before the resume point: the next node
 * skipped). So when a run stops, the rest of every list on the stack is copied: a node the page
 * removes meanwhile is still visited (the swapper skips nodes no longer in the page when it
 * writes), and one it adds is not (the mutation watcher reports it), but none is missed.
 */
export interface Walker {
  /** Walks on until the end (true) or until `outOfTime()`, asked after each node, says stop (false). */
  run(outOfTime: () => boolean): boolean;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export function createWalker(root: Node, onText: (t: Text) => void, enter: (el: Element) => boolean): Walker {
  const visit = (node: Node): boolean => {
    if (node.nodeType === TEXT_NODE) {
      onText(node as Text);
      return false;
    }
    if (node.nodeType === ELEMENT_NODE) return enter(node as Element);
    return node.nodeType === 9 || node.nodeType === 11; // document, fragment
  };
  /** [list, next index, whether the list is our own copy]. */
  const stack: [ArrayLike<Node>, number, boolean][] = [];
  let started = false;
  const freeze = () => {
    for (const top of stack) {
      if (top[2]) continue;
      top[0] = Array.prototype.slice.call(top[0], top[1]) as Node[];
      top[1] = 0;
      top[2] = true;
    }
  };
  return {
    run(outOfTime) {
      if (!started) {
        started = true;
        if (visit(root)) stack.push([root.childNodes, 0, false]);
        if (stack.length > 0 && outOfTime()) {
          freeze();
          return false;
        }
      }
      while (stack.length > 0) {
        const top = stack[stack.length - 1]!;
        const [list, i] = top;
        if (i >= list.length) {
          stack.pop();
          continue;
        }
        top[1] = i + 1;
        const node = list[i]!;
        if (visit(node) && node.childNodes.length > 0) stack.push([node.childNodes, 0, false]);
        if (outOfTime()) {
          freeze();
          return stack.length === 0;
        }
      }
      return true;
    },
  };
}

/** The whole walk at once: nothing may change the tree meanwhile. */
export function walk(root: Node, onText: (t: Text) => void, enter: (el: Element) => boolean): void {
  createWalker(root, onText, enter).run(() => false);
}
