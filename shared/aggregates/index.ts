// Public entry of the aggregates: incidents in, figures by scope × day / week / month out. No I/O.
export { aggregateDay, type DayAggregateWithIds } from './day.js';
export { rollUp, national, sumFigures, periodKey, type Interval, type PeriodAggregate } from './rollup.js';
export { periodBounds, isoWeek, INTERVALS } from './calendar.js';
export { sumFigureTables, type Figures } from './figures.js';
