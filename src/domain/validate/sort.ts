import type { Issue } from './issue';

/**
 * The one order issues are shown in (sidebar, CLI, Tổng hợp): errors first,
 * then warnings; within a severity, the order validation found them in,
 * which is the order of the tabs and their rows.
 */
export function sortIssues(issues: Issue[]): Issue[] {
  return issues
    .map((issue, index) => ({ issue, index }))
    .sort((a, b) => (a.issue.severity === b.issue.severity ? a.index - b.index : a.issue.severity === 'error' ? -1 : 1))
    .map(({ issue }) => issue);
}
