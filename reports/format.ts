// How figures are written in the charts, the PDF and the notification: one place, one style.
import type { Figure } from '../shared/store/ports.js';
import type { HeadlineFigure } from './data.js';

/** "12–20", "12" when low = high, "12+" when the upper bound is open. */
export function formatRange(f: Pick<Figure, 'low' | 'high'>): string {
  if (f.high === null) return `${f.low}+`;
  return f.low === f.high ? `${f.low}` : `${f.low}–${f.high}`;
}

/** "+12 (+35%) vs previous", "−3 (−10%)", "+4 (none before)". */
export function formatChange(h: HeadlineFigure): string {
  const sign = h.change > 0 ? '+' : h.change < 0 ? '−' : '±';
  const abs = `${sign}${Math.abs(h.change)}`;
  if (h.changeRatio === null) return h.current.best === 0 ? '±0' : `${abs} (none before)`;
  return `${abs} (${sign}${Math.round(Math.abs(h.changeRatio) * 100)}%)`;
}
