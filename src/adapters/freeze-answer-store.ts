/**
 * The user's answer to setup's question "freeze TT and Tiêu chí on the tabs
 * that already exist?", kept in the spreadsheet's document properties
 * (shared by every editor) so setup asks it once per spreadsheet.
 */

/** Document property holding the answer: `yes` or `no`. */
export const FREEZE_ANSWER_PROPERTY = 'freezeCriterionColumns';

/** True: agreed; false: declined; null: never asked (or an unreadable value). */
export function readFreezeAnswer(): boolean | null {
  const raw = PropertiesService.getDocumentProperties().getProperty(FREEZE_ANSWER_PROPERTY);
  if (raw === 'yes') return true;
  if (raw === 'no') return false;
  return null;
}

export function saveFreezeAnswer(agreed: boolean): void {
  PropertiesService.getDocumentProperties().setProperty(FREEZE_ANSWER_PROPERTY, agreed ? 'yes' : 'no');
}
