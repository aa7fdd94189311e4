/** What a page may do to itself while Kanbao converts it, in the conversion property tests. */
export type PageEdit = { kind: 'append'; text: string } | { kind: 'title'; text: string } | { kind: 'grow'; text: string };

/** Applies an edit to a page made by makePage (dom-arbitraries.ts). */
export function applyPageEdit(doc: Document, e: PageEdit): void {
  const con = doc.querySelector('.rm_txt_con')!;
  if (e.kind === 'append') {
    // A late paragraph, as a page that loads more text adds one.
    const p = doc.createElement('p');
    p.className = 'late';
    p.textContent = `新增段落${e.text}`;
    con.appendChild(p);
  } else if (e.kind === 'title') {
    doc.querySelector('h1')!.setAttribute('title', e.text);
  } else {
    // A text node added at the end of the last late paragraph (or of the body container).
    (con.querySelector('p.late:last-of-type') ?? con).appendChild(doc.createTextNode(e.text));
  }
}
