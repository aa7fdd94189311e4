import { useRef } from 'preact/hooks';

export interface ResizeHandleProps {
  width: number;
  min: number;
  max: number;
  label: string;
  onResize(width: number): void;
}

const STEP = 16;
const clamp = (w: number, min: number, max: number) => Math.round(Math.min(max, Math.max(min, w)));

/**
 * The sidebar's left edge: drag it, or focus it and use the arrow keys (← wider, → narrower,
 * Home / End for the limits). A window splitter in ARIA terms: a focusable separator with a value.
 */
export function ResizeHandle({ width, min, max, label, onResize }: ResizeHandleProps) {
  const drag = useRef<{ x: number; width: number } | null>(null);
  return (
    <div
      class="kb-resize"
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={width}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      onPointerDown={(e) => {
        drag.current = { x: e.clientX, width };
        (e.currentTarget as HTMLElement).setPointerCapture?.(e.pointerId);
        e.preventDefault();
      }}
      onPointerMove={(e) => {
        const d = drag.current;
        // The sidebar sits on the right: moving the edge left makes it wider.
        if (d) onResize(clamp(d.width + (d.x - e.clientX), min, max));
      }}
      onPointerUp={(e) => {
        drag.current = null;
        (e.currentTarget as HTMLElement).releasePointerCapture?.(e.pointerId);
      }}
      onPointerCancel={() => {
        drag.current = null;
      }}
      onKeyDown={(e) => {
        const to: Record<string, number> = { ArrowLeft: width + STEP, ArrowRight: width - STEP, ArrowUp: width + STEP, ArrowDown: width - STEP, Home: min, End: max };
        const w = to[e.key];
        if (w === undefined) return;
        e.preventDefault();
        onResize(clamp(w, min, max));
      }}
    />
  );
}
