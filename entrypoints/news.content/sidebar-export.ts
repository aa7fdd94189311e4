/**
 * Export mechanics inside the sidebar's shadow root: the clipboard (with the textarea fallback
 * for pages where the async clipboard is refused) and downloads through a temporary link.
 */
export async function copyText(shadow: ShadowRoot, text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Refused (no focus, permissions policy, older engine): the legacy copy of a selection.
  }
  const doc = shadow.ownerDocument;
  const restore = shadow.activeElement as HTMLElement | null;
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  area.style.pointerEvents = 'none';
  shadow.append(area);
  area.select();
  let ok = false;
  try {
    ok = doc.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  restore?.focus();
  return ok;
}

/** `kanbao-hn.people.com.cn-c356883-40290005`: the host and the page's file name, safe for a file. */
export function exportBaseName(url: string): string {
  try {
    const u = new URL(url);
    const last = u.pathname.split('/').filter(Boolean).pop()?.replace(/\.[a-z]+$/i, '') ?? '';
    return `kanbao-${u.hostname}${last ? `-${last}` : ''}`.replace(/[^\w.-]+/g, '_').slice(0, 120);
  } catch {
    return 'kanbao';
  }
}
