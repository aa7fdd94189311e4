/**
 * A stand-in for Kanbao's highlighter in the swapper's tests: it renders a highlight by replacing
 * a text node with pieces (text, <kanbao-mark>, text), the way lib/dom/marks/render.ts does, so the
 * mutation watcher sees the same records without the whole highlighter.
 */
export function renderHighlight(doc: Document, node: Text, from: number, to: number): { original: Text; pieces: Node[] } {
  const frag = doc.createDocumentFragment();
  const mark = doc.createElement('kanbao-mark');
  mark.appendChild(doc.createTextNode(node.data.slice(from, to)));
  frag.append(doc.createTextNode(node.data.slice(0, from)), mark, doc.createTextNode(node.data.slice(to)));
  const pieces = Array.from(frag.childNodes);
  node.parentNode!.replaceChild(frag, node);
  return { original: node, pieces };
}
