export { analysePlan, planDocument, type AnalyseOptions, type DocumentOutcome, type PlanAnalysis } from './analyse';
export { applyDismissals, dismissalOf, liveDismissals, valueFingerprint, warningsLike, type DismissedWarning } from './dismissals';
