/**
 * The library's two charts, drawn as plain SVG (no charting library: the page stays small). Each
 * is an image with a title and a description for screen readers; the views put the same numbers
 * in a table beside it, which is the chart's full text alternative.
 */
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

const W = 640;
const H = 220;
const PAD = { left: 64, right: 12, top: 12, bottom: 28 };
const PLOT_W = W - PAD.left - PAD.right;
const PLOT_H = H - PAD.top - PAD.bottom;

function Frame({ title, desc, children, testid }: { title: string; desc: string; children: ComponentChildren; testid: string }) {
  const id = useId();
  return (
    <svg class="kb-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-t ${id}-d`} data-testid={testid} preserveAspectRatio="xMidYMid meet">
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{desc}</desc>
      {children}
    </svg>
  );
}

function Axis({ low, high, format }: { low: number; high: number; format: (n: number) => string }) {
  return (
    <g class="kb-axis" aria-hidden="true">
      <line x1={PAD.left} y1={PAD.top + PLOT_H} x2={W - PAD.right} y2={PAD.top + PLOT_H} />
      <line x1={PAD.left} y1={PAD.top} x2={PAD.left} y2={PAD.top + PLOT_H} />
      <text x={PAD.left - 6} y={PAD.top + 10} text-anchor="end">{format(high)}</text>
      <text x={PAD.left - 6} y={PAD.top + PLOT_H} text-anchor="end">{format(low)}</text>
    </g>
  );
}

function XLabels({ first, last }: { first: string; last: string }) {
  return (
    <g class="kb-axis" aria-hidden="true">
      <text x={PAD.left} y={H - 8} text-anchor="start">{first}</text>
      {last !== first && <text x={W - PAD.right} y={H - 8} text-anchor="end">{last}</text>}
    </g>
  );
}

/** One bar per period, from zero to the period's count. */
export function BarChart({ data, title, desc }: { data: readonly { period: string; count: number }[]; title: string; desc: string }) {
  const max = Math.max(1, ...data.map((d) => d.count));
  const step = PLOT_W / Math.max(1, data.length);
  const bar = Math.max(1, step * 0.8);
  return (
    <Frame title={title} desc={desc} testid="bar-chart">
      <Axis low={0} high={max} format={String} />
      <g class="kb-bars">
        {data.map((d, i) => {
          const h = (d.count / max) * PLOT_H;
          return (
            <rect key={d.period} x={PAD.left + i * step + (step - bar) / 2} y={PAD.top + PLOT_H - h} width={bar} height={h} data-period={d.period}>
              <title>{`${d.period}: ${d.count}`}</title>
            </rect>
          );
        })}
      </g>
      {data.length > 0 && <XLabels first={data[0]!.period} last={data[data.length - 1]!.period} />}
    </Frame>
  );
}

export interface LinePoint {
  /** Epoch ms of the day. */
  x: number;
  y: number;
  /** A range's ends, drawn as a whisker around y. */
  low?: number;
  high?: number;
  /** What the point's tooltip says. */
  label: string;
}

/** Points joined in date order; the value axis starts at zero unless a value is below it. */
export function LineChart({ points, title, desc, format }: { points: readonly LinePoint[]; title: string; desc: string; format: (n: number) => string }) {
  const sorted = [...points].sort((a, b) => a.x - b.x);
  const xs = sorted.map((p) => p.x);
  const ys = sorted.map((p) => p.y);
  const x0 = Math.min(...xs);
  const x1 = Math.max(...xs);
  const lows = sorted.map((p) => p.low ?? p.y);
  const highs = sorted.map((p) => p.high ?? p.y);
  const low = Math.min(0, ...ys, ...lows);
  const top = Math.max(...ys, ...highs);
  const high = top > low ? top : low + 1;
  const px = (x: number) => PAD.left + (x1 === x0 ? PLOT_W / 2 : ((x - x0) / (x1 - x0)) * PLOT_W);
  const py = (y: number) => PAD.top + PLOT_H - ((y - low) / (high - low)) * PLOT_H;
  const day = (x: number) => new Date(x).toISOString().slice(0, 10);
  return (
    <Frame title={title} desc={desc} testid="line-chart">
      <Axis low={low} high={high} format={format} />
      {sorted.length > 1 && <polyline class="kb-line" points={sorted.map((p) => `${px(p.x).toFixed(1)},${py(p.y).toFixed(1)}`).join(' ')} />}
      <g class="kb-points">
        {sorted.map((p, i) => (
          <g key={i}>
            {p.low !== undefined && p.high !== undefined && <line class="kb-whisker" x1={px(p.x)} x2={px(p.x)} y1={py(p.low)} y2={py(p.high)} />}
            <circle cx={px(p.x)} cy={py(p.y)} r={sorted.length > 60 ? 2.5 : 4}>
              <title>{p.label}</title>
            </circle>
          </g>
        ))}
      </g>
      {sorted.length > 0 && <XLabels first={day(x0)} last={day(x1)} />}
    </Frame>
  );
}
