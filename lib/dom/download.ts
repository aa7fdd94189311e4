/**
 * Saves text as a file through a Blob URL and a clicked link: nothing leaves the machine. The link
 * goes into `into` (a page's body, or the sidebar's shadow root, so the page never sees it).
 */
export function downloadText(into: ParentNode & Node, filename: string, mime: string, text: string): void {
  const doc = into.ownerDocument ?? document;
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = filename;
  a.style.display = 'none';
  into.append(a);
  a.click();
  a.remove();
  // Revoke after the browser has started the download (revoking at once cancels it in Firefox).
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
