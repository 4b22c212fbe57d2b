/**
 * One uPlot chart in a React tree: created when its options change, fed new data with setData (about once a
 * second, as the metrics arrive), resized with its container (ResizeObserver → setSize), and carrying a vertical
 * line at the model time on screen, moved by the panel's TimeCursorHub through a ref — never React state.
 * The canvas is hidden from screen readers: the figure around it carries the text summary and the table. The plot
 * reads left to right in every language (dir="ltr" here only; titles, legends and tables follow the page).
 */
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { ChartOptions } from './chartOptions';
import type { Column } from './chartData';
import type { TimeCursorHub } from './timeCursor';

/** Plot height, CSS px: six charts fit a tablet's panel in a few screens; tall enough for 4–5 y ticks. */
export const CHART_HEIGHT_PX = 170;

export function UPlotChart({
  options,
  data,
  xMaxH,
  cursor,
  height = CHART_HEIGHT_PX,
}: {
  options: ChartOptions;
  /** uPlot's aligned columns, x in model hours. */
  data: Column[];
  /** End of the window shown, h (the x axis always starts at 0). */
  xMaxH: number;
  cursor: TimeCursorHub;
  height?: number;
}) {
  const host = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const placeCursor = useRef<((t: number) => void) | null>(null);
  const latest = useRef({ data, xMaxH });
  useEffect(() => {
    latest.current = { data, xMaxH };
  }, [data, xMaxH]);

  // Create (and destroy) the chart with its options; the latest data goes in at once.
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const width = Math.max(1, Math.floor(el.clientWidth));
    const u = new uPlot({ ...options, width, height }, undefined, el);
    plot.current = u;
    show(u, latest.current.data, latest.current.xMaxH);
    const marker = document.createElement('div');
    marker.className = 'chart-time-cursor';
    marker.hidden = true;
    u.over.appendChild(marker);
    const place = cursorPlacer(u, marker);
    placeCursor.current = place;
    let lastWidth = width;
    const observer = new ResizeObserver((entries) => {
      const w = Math.max(1, Math.floor(entries[0]?.contentRect.width ?? lastWidth));
      if (w === lastWidth) return;
      lastWidth = w;
      u.setSize({ width: w, height });
      place(cursor.timeH);
    });
    observer.observe(el);
    const removeCursor = cursor.add(place);
    return () => {
      removeCursor();
      observer.disconnect();
      u.destroy();
      plot.current = null;
      placeCursor.current = null;
    };
  }, [options, height, cursor]);

  // New rows or a new window.
  useEffect(() => {
    const u = plot.current;
    if (!u) return;
    show(u, data, xMaxH);
    placeCursor.current?.(cursor.timeH);
  }, [data, xMaxH, cursor]);

  return <div ref={host} className="chart-canvas" dir="ltr" aria-hidden="true" />;
}

/** Data and window in one redraw; the y scales re-range over the window (the data is already cut to it). */
function show(u: uPlot, data: Column[], xMaxH: number): void {
  u.batch(() => {
    u.setData(data as uPlot.AlignedData);
    u.setScale('x', { min: 0, max: xMaxH });
  });
}

/**
 * A function putting the cursor line at model time t (hidden outside the window), called on each new frame and
 * after a resize or new data (the scale may have moved). It writes style only when the pixel changes.
 */
function cursorPlacer(u: uPlot, marker: HTMLDivElement): (t: number) => void {
  let shownPx = Number.NaN;
  return (t) => {
    const min = u.scales.x?.min ?? Number.NaN;
    const max = u.scales.x?.max ?? Number.NaN;
    const inside = Number.isFinite(t) && t >= min && t <= max;
    if (marker.hidden === inside) marker.hidden = !inside;
    if (!inside) return;
    const px = Math.round(u.valToPos(t, 'x'));
    if (px === shownPx) return;
    shownPx = px;
    marker.style.transform = `translateX(${px}px)`;
  };
}
