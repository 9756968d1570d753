/**
 * The sidebar's "Để đạt mức tiếp theo" card: what blocks the level just
 * above the school's (from the server's PlanOverview.nextLevel), each with
 * a box the school ticks for what it plans to do this year, and the level
 * it would then reach. The blockers are exact for the framework's rule
 * (test/domain/next-level.test.ts: doing all of them reaches the next level,
 * leaving any one out does not), so the answer needs no server call.
 */
import type { BlockingCriterion } from '../domain/cycle/blocking-actions';
import type { NextLevelOverview } from '../server/api';
import { byId, fill, h, type Child } from './dom';

/** Moves the selection to a cell of the spreadsheet (the sidebar's `goToCell`); resolves with the line to show. */
export type JumpToCell = (sheet: string, cell: string) => Promise<string>;

/**
 * The blocking criteria to list: those of the ticked blockers when the
 * school has ticked some (the criteria it plans to raise), else all.
 */
export function criteriaToShow(criteria: BlockingCriterion[], ticked: number[]): BlockingCriterion[] {
  if (ticked.length === 0) return criteria;
  return criteria.filter((criterion) => criterion.blockers.some((blocker) => ticked.includes(blocker)));
}

/** `Chủ trì: … · Thời gian: …`, leaving out what the row does not say. */
function rowDetails(row: BlockingCriterion['rows'][number]): string {
  return [row.responsible && `Chủ trì: ${row.responsible}`, row.time && `Thời gian: ${row.time}`].filter(Boolean).join(' · ');
}

/** "Chỉ các công việc của tiêu chí đang chặn": each criterion, then its action rows as buttons that go to the cell. */
function blockingList(criteria: BlockingCriterion[], jump: JumpToCell | undefined, status: HTMLElement): Child {
  const go = (sheet: string, cell: string) => {
    if (!jump) return;
    status.textContent = 'Đang chuyển đến ô…';
    jump(sheet, cell).then(
      (line) => (status.textContent = line),
      (error: unknown) => (status.textContent = error instanceof Error ? error.message : String(error)),
    );
  };
  if (criteria.length === 0) return h('p', { class: 'hint' }, 'Không có tiêu chí nào trong các mục đã chọn.');
  return h(
    'ul',
    { class: 'blocking-actions' },
    criteria.map((criterion) =>
      h(
        'li',
        null,
        h('strong', null, criterion.label),
        criterion.rows.length === 0
          ? h(
              'button',
              { type: 'button', class: 'link blocking-empty', on: { click: () => go(criterion.sheet, criterion.cell) } },
              `Chưa có công việc nào: thêm ở trang "${criterion.sheet}", ô ${criterion.cell}`,
            )
          : h(
              'ul',
              null,
              criterion.rows.map((row) =>
                h(
                  'li',
                  null,
                  h(
                    'button',
                    {
                      type: 'button',
                      class: 'link blocking-action',
                      title: `Đến ô ${row.cell} trang "${row.sheet}"`,
                      on: { click: () => go(row.sheet, row.cell) },
                    },
                    row.actions,
                  ),
                  rowDetails(row) ? h('div', { class: 'hint' }, rowDetails(row)) : null,
                ),
              ),
            ),
      ),
    ),
  );
}

/** `Nếu làm được các mục đã chọn…`: the what-if line for the ticked boxes. */
export function whatIfLine(next: NextLevelOverview, ticked: number): string {
  const now = next.schoolLevel > 0 ? `Mức ${next.schoolLevel}` : 'chưa đạt Mức 1';
  if (next.targetLevel === null || next.blockers.length === 0) return '';
  if (ticked === next.blockers.length) return `Nếu làm được tất cả các mục đã chọn, nhà trường sẽ đạt Mức ${next.targetLevel} (hiện tại: ${now}).`;
  const left = next.blockers.length - ticked;
  return `Đánh dấu các mục nhà trường dự kiến cải tiến trong năm. Còn ${left} mục chưa chọn: nhà trường vẫn ở ${now}.`;
}

/** Up to this many blockers are listed open; more go in a closed `Xem N điều kiện`. */
const OPEN_LIMIT = 5;

function card(next: NextLevelOverview, jump: JumpToCell | undefined): Child[] {
  if (next.targetLevel === null || next.blockers.length === 0) return [h('p', null, next.heading)];
  const result = h('p', { class: 'hint what-if', 'aria-live': 'polite' }, whatIfLine(next, 0));
  const boxes: HTMLInputElement[] = [];
  const filter = h('input', { type: 'checkbox', id: 'blocking-only', on: { change: () => update() } });
  const actionsHost = h('div', { id: 'blocking-actions' });
  const status = h('p', { class: 'hint', role: 'status' });
  const update = () => {
    const ticked = boxes.flatMap((box, index) => (box.checked ? [index] : []));
    result.textContent = whatIfLine(next, ticked.length);
    fill(actionsHost, filter.checked ? blockingList(criteriaToShow(next.criteria ?? [], ticked), jump, status) : null);
    if (!filter.checked) status.textContent = '';
  };
  const items = next.blockers.map((blocker) => {
    const box = h('input', { type: 'checkbox', on: { change: update } });
    boxes.push(box);
    return h('li', null, h('label', { class: 'check' }, box, ` ${blocker.text}`));
  });
  const list = h('ul', { class: 'next-level' }, items);
  // A long list (a plan just set up lists every criterion) stays one click away, so the cards below stay in sight.
  const shown = items.length > OPEN_LIMIT ? h('details', { class: 'next-level-more' }, h('summary', null, `Xem ${items.length} điều kiện`), list) : list;
  const toggle = next.criteria
    ? [h('label', { class: 'check blocking-toggle' }, filter, ' Chỉ các công việc của tiêu chí đang chặn'), actionsHost, status]
    : [];
  return [h('p', null, next.heading), shown, result, toggle];
}

/** Shows the card when the overview has the next level, hides it before setup or without one. */
export function renderNextLevel(next: NextLevelOverview | undefined, jump?: JumpToCell): void {
  const section = byId('sec-next-level');
  section.hidden = !next;
  fill(byId('next-level'), next ? card(next, jump) : null);
}
