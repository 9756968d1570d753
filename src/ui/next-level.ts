/**
 * The sidebar's "Để đạt mức tiếp theo" card: what blocks the level just
 * above the school's (from the server's PlanOverview.nextLevel), each with
 * a box the school ticks for what it plans to do this year, and the level
 * it would then reach. The blockers are exact for the framework's rule
 * (test/domain/next-level.test.ts: doing all of them reaches the next level,
 * leaving any one out does not), so the answer needs no server call.
 */
import type { NextLevelOverview } from '../server/api';
import { byId, fill, h, type Child } from './dom';

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

function card(next: NextLevelOverview): Child[] {
  if (next.targetLevel === null || next.blockers.length === 0) return [h('p', null, next.heading)];
  const result = h('p', { class: 'hint what-if', 'aria-live': 'polite' }, whatIfLine(next, 0));
  const boxes: HTMLInputElement[] = [];
  const update = () => {
    result.textContent = whatIfLine(next, boxes.filter((box) => box.checked).length);
  };
  const items = next.blockers.map((blocker) => {
    const box = h('input', { type: 'checkbox', on: { change: update } });
    boxes.push(box);
    return h('li', null, h('label', { class: 'check' }, box, ` ${blocker.text}`));
  });
  const list = h('ul', { class: 'next-level' }, items);
  // A long list (a plan just set up lists every criterion) stays one click away, so the cards below stay in sight.
  const shown = items.length > OPEN_LIMIT ? h('details', { class: 'next-level-more' }, h('summary', null, `Xem ${items.length} điều kiện`), list) : list;
  return [h('p', null, next.heading), shown, result];
}

/** Shows the card when the overview has the next level, hides it before setup or without one. */
export function renderNextLevel(next: NextLevelOverview | undefined): void {
  const section = byId('sec-next-level');
  section.hidden = !next;
  fill(byId('next-level'), next ? card(next) : null);
}
