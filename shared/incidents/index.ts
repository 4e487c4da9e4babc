// Public entry of the cross-article reconciliation: stored mentions in, incidents out. No AWS, no I/O.
export { scopeOf, isCountable, whyNotCountable, dayOf, filedDay, calendarDay, governoratesOf, isMultiGovernorate, NATIONAL_SCOPE } from './scope.js';
export { compatibility, TOLERANCE, RUNNING_TOLL_TOLERANCE, type Verdict } from './compatibility.js';
export { mergeIncidents, incidentOrder } from './merge.js';
export { periodTolls, type PeriodToll } from './period.js';
