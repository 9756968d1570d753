/**
 * The sidebar's notice for next year's spreadsheet (issue 19): the standard
 * tabs whose `Mức hiện tại` were pre-filled from last year, each with
 * "Đã đánh giá lại", until the school has confirmed every one. The state is
 * the `Mức cần đánh giá lại` row of `Thông tin chung` (src/domain/cycle/reassess.ts).
 */
import type { PlanOverview, ReassessOverview, ReassessReport } from '../server/api';
import { byId, fill, h } from './dom';

/** Sends "Đã đánh giá lại" for one tab; resolves with the server's report. */
export type ConfirmReassessed = (tab: string) => Promise<ReassessReport>;

/** The overview after a confirmation, without reading the plan again: the tab leaves the notice and its warning leaves the list. */
export function afterReassessed(overview: PlanOverview, report: ReassessReport): PlanOverview {
  const stays = (issue: PlanOverview['issues'][number]) => issue.code !== 'levels-not-reassessed' || report.remaining.includes(issue.sheet);
  const issues = overview.issues.filter(stays);
  const removed = overview.issues.length - issues.length;
  const reassess = overview.reassess && report.remaining.length > 0 ? { ...overview.reassess, tabs: report.remaining } : null;
  return { ...overview, issues, warningCount: overview.warningCount - removed, reassess };
}

function notice(reassess: ReassessOverview, confirm: ConfirmReassessed, status: HTMLElement): HTMLElement[] {
  const items = reassess.tabs.map((tab) => {
    const button = h(
      'button',
      {
        type: 'button',
        class: 'reassess-done',
        'aria-label': `Đã đánh giá lại trang ${tab}`,
        on: {
          click: () => {
            button.disabled = true;
            status.textContent = `Đang ghi nhận trang "${tab}"…`;
            confirm(tab).then(
              (report) => (status.textContent = report.message),
              (error: unknown) => {
                button.disabled = false;
                status.textContent = error instanceof Error ? error.message : String(error);
              },
            );
          },
        },
      },
      'Đã đánh giá lại',
    );
    return h('li', { class: 'reassess-tab' }, h('span', null, tab), ' ', button);
  });
  return [
    h(
      'p',
      null,
      `Mức hiện tại của các trang sau được điền sẵn theo kế hoạch năm học trước. Hãy đánh giá lại từng tiêu chí cho năm học này, sửa mức nếu cần, rồi bấm “Đã đánh giá lại” cho từng trang (danh sách ở ô ${reassess.cell} trang “${reassess.sheet}”).`,
    ),
    h('ul', { class: 'reassess-list' }, items),
  ];
}

/** Shows the notice while some tab is listed; the status line keeps the last answer after the list empties. */
export function renderReassess(reassess: ReassessOverview | null | undefined, confirm: ConfirmReassessed): void {
  const section = byId('sec-reassess');
  const status = byId('reassess-status');
  if (!reassess || reassess.tabs.length === 0) {
    fill(byId('reassess'));
    section.hidden = status.textContent === '';
    return;
  }
  section.hidden = false;
  fill(byId('reassess'), notice(reassess, confirm, status));
}
