// Summing figures: the only arithmetic aggregates do. Each Figure is a sum of incidents, never of raw mentions.
import { CATEGORIES, VICTIM_TYPES, type Category, type VictimType } from '../extraction/types.js';
import type { DayAggregate, Figure } from '../store/ports.js';

export type Figures = DayAggregate['figures'];

export const ZERO: Figure = { low: 0, best: 0, high: 0, incidents: 0 };

/** Adds two figures; an unbounded high (null) stays unbounded: "more than 50" plus 10 has no ceiling. */
export function sumFigures(a: Figure, b: Figure): Figure {
  return {
    low: a.low + b.low,
    best: a.best + b.best,
    high: a.high === null || b.high === null ? null : a.high + b.high,
    incidents: a.incidents + b.incidents,
  };
}

/** Adds figure tables cell by cell, keys in category then victim order so equal sums serialise equally. */
export function sumFigureTables(tables: Figures[]): Figures {
  const out: Figures = {};
  for (const category of CATEGORIES) {
    for (const victim of VICTIM_TYPES) {
      const cells = tables.map((t) => t[category]?.[victim]).filter((f): f is Figure => f !== undefined);
      if (cells.length === 0) continue;
      (out[category] ??= {})[victim] = cells.reduce(sumFigures, ZERO);
    }
  }
  return out;
}

/** One cell of a figure table. */
export function figureCell(category: Category, victim: VictimType, figure: Figure): Figures {
  return { [category]: { [victim]: figure } };
}
