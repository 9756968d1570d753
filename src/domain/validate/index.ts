import { followUp } from '../followup';
import type { SimpleDate } from '../parse/types';
import type { Plan } from '../workbook/plan';
import { validateExtraTabs } from './extra-tabs';
import { validateInfo } from './info';
import type { Issue } from './issue';
import { validateRequirements } from './requirements';
import { validateStandards } from './standards';

export type { Issue } from './issue';
export { hasErrors } from './issue';

export interface ValidateOptions {
  /** Today's date, for the follow-up's overdue rows. Omitted: no overdue check. */
  today?: SimpleDate;
}

/** Every rule of the workbook spec, over a read plan. Never throws on content. */
export function validatePlan(plan: Plan, options: ValidateOptions = {}): Issue[] {
  return [
    ...validateInfo(plan),
    ...validateStandards(plan),
    ...validateRequirements(plan),
    ...validateExtraTabs(plan),
    ...(options.today ? followUp(plan, options.today).overdue : []),
  ];
}
