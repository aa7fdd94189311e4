import { useEffect, useState } from 'preact/hooks';

/** How long a status line (`Markdown copied to the clipboard`) stays. */
export const STATUS_MS = 4000;

/**
 * A short message for the sidebar's live region that clears itself. Each message is a new
 * object, so the same words said twice keep the line for the full time again.
 */
export function useStatus(ms = STATUS_MS): [string | null, (text: string) => void] {
  const [status, setStatus] = useState<{ text: string } | null>(null);
  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(null), ms);
    return () => clearTimeout(timer);
  }, [status, ms]);
  return [status?.text ?? null, (text: string) => setStatus({ text })];
}
