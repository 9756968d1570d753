import { monthIndex } from './parse/time-window';
import type { MonthIndex, SchoolYear, TimeWindow } from './parse/types';

/**
 * The months a plan may speak of. A plan's year runs from August of its
 * first year (tựu trường) to July of the next; actions may reach up to 5
 * years further (plans echo the school's 5-year strategy), so the horizon
 * ends in December, 5 years after the school year ends. `Năm 2065` in a
 * 2024-2025 plan is outside it; `Năm 2026` is inside (with a warning).
 */
export interface PlanHorizon {
  yearStart: MonthIndex;
  yearEnd: MonthIndex;
  horizonEnd: MonthIndex;
}

export const HORIZON_YEARS = 5;

export function planHorizon(schoolYear: SchoolYear): PlanHorizon {
  return {
    yearStart: monthIndex(schoolYear.startYear, 8),
    yearEnd: monthIndex(schoolYear.endYear, 7),
    horizonEnd: monthIndex(schoolYear.endYear + HORIZON_YEARS, 12),
  };
}

export type WindowPlacement = 'ok' | 'reversed' | 'before-start' | 'starts-before' | 'beyond-horizon' | 'after-school-year';

/**
 * Where a time window falls against the plan's school year (workbook spec,
 * "Errors and warnings"): wholly before the window or past the horizon is
 * surely a typo; starting before the window but reaching into it
 * (`Tháng 07/2024 - tháng 01/2025` in 2024-2025, work begun last year) and
 * lying after the school year inside the horizon are what a person may mean.
 */
export function placeWindow(window: TimeWindow, horizon: PlanHorizon | null): WindowPlacement {
  if (window.end < window.start) return 'reversed';
  if (!horizon) return 'ok';
  if (window.end < horizon.yearStart) return 'before-start';
  if (window.end > horizon.horizonEnd) return 'beyond-horizon';
  // `Năm 2025` in 2025-2026 starts "in January" only for want of a month.
  const startsInFirstCalendarYear = window.yearOnly === true && window.start >= horizon.yearStart - (horizon.yearStart % 12);
  if (window.start < horizon.yearStart && !startsInFirstCalendarYear) return 'starts-before';
  if (window.start > horizon.yearEnd) return 'after-school-year';
  return 'ok';
}
