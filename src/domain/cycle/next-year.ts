/**
 * Next year's plan from this one (issue 19, items 1 and 4), offline: the
 * same workbook format in, a new workbook out; the old one is only read.
 *
 *  - `Thông tin chung` carried over (carry-info.ts), `Năm học` + 1;
 *  - the framework the new year falls under, by the existing choice
 *    (frameworks/choice.ts): a TT17 plan of 2025-2026 becomes a TT57 plan
 *    of 2026-2027;
 *  - with the same framework, each criterion's level pre-filled from this
 *    year's (the school re-assesses) and every unfinished action carried
 *    under its criterion, `Ghi chú` saying where it comes from;
 *  - across a framework change, levels are not carried (the levels of two
 *    frameworks do not compare) and the unfinished actions go to the
 *    `Chuyển từ năm trước` tab (transfer-tab.ts) with their old criterion;
 *  - finished actions are not carried (actions.ts says which are).
 */
import type { Cell } from '../cell';
import { analysePlan } from '../analyse';
import { frameworks as knownFrameworks } from '../frameworks';
import { chooseFramework } from '../frameworks/choice';
import { schoolTypeLabel } from '../frameworks/school-types';
import { transitionBetween, type FrameworkTransition } from '../frameworks/transitions';
import type { ColumnSpec, Framework } from '../frameworks/types';
import { standardTabName } from '../frameworks/types';
import { formatSchoolYear } from '../parse/school-year';
import type { SchoolYear, SimpleDate } from '../parse/types';
import { a1 } from '../workbook/a1';
import { INFO_TAB, type Plan } from '../workbook/plan';
import type { RawSheet, RawWorkbook } from '../workbook/raw';
import { blankWorkbook } from '../workbook/template';
import { rowText } from '../workbook/table';
import { planActions, type PlanAction } from './actions';
import { carryInfo } from './carry-info';
import { withLink } from './links';
import { REASSESS_LABEL, reassessValue } from './reassess';
import { TRANSFER_TAB, transferTab } from './transfer-tab';

export interface NextYearOptions {
  /** Today, for TT17's "has its time passed" (injected: tests and the CLI agree on it). */
  today: SimpleDate;
  /** Frameworks `Khung đánh giá` may name. */
  known?: Framework[];
}

/** One action and where it went. */
export interface ActionMove {
  /** `Tiêu chuẩn 2!F5` in this year's workbook. */
  from: string;
  criterion: string;
  action: string;
  /** How it stood: `Đang thực hiện`, `đã hết thời gian (Tháng 12/2025)`… */
  status: string;
  /** The tab of next year's workbook; '' when not carried. */
  to: string;
}

export type NextYearOutcome =
  | {
      ok: true;
      workbook: RawWorkbook;
      fromYear: string;
      toYear: string;
      fromFramework: string;
      toFramework: string;
      frameworkChanged: boolean;
      /** Criteria (and requirements) whose level was pre-filled. */
      levelsCarried: number;
      carried: ActionMove[];
      finished: ActionMove[];
      /** Vietnamese, each naming its tab and cell. */
      warnings: string[];
      /** What happened and what the school does next, in Vietnamese. */
      sentences: string[];
    }
  | { ok: false; message: string };

/** Columns a carried action never takes from the old row: the new row's own criterion, level and target. */
const NOT_CARRIED = ['tt', 'criterion', 'currentLevel', 'targetLevel'];

function noteFor(action: PlanAction, fromYear: string): string {
  const old = rowText(action.row, 'notes');
  return `Chuyển từ năm học ${fromYear}: ${action.statusText}${old === '' ? '' : `. Ghi chú năm trước: ${old}`}`;
}

/** The action's cells in the new columns; progress starts blank in a new year. */
function actionRow(columns: ColumnSpec[], base: Cell[], action: PlanAction, note: string): Cell[] {
  return columns.map((column, index) => {
    if (NOT_CARRIED.includes(column.key)) return base[index] ?? '';
    if (column.key === 'progress') return '';
    if (column.key === 'notes') return note;
    return action.row.cells.get(column.key) ?? '';
  });
}

/**
 * A tab of pre-filled rows (one per criterion or requirement), each
 * followed by its carried actions: the first in its own row, the others
 * in continuation rows (blank `Tiêu chí`, as the workbook spec reads them).
 */
function withActions(
  columns: ColumnSpec[],
  template: RawSheet,
  rowIds: string[],
  levels: Map<string, Cell>,
  actions: Map<string, PlanAction[]>,
  fromYear: string,
): RawSheet {
  const levelCol = columns.findIndex((column) => column.key === 'currentLevel');
  const values: Cell[][] = [template.values[0]];
  template.values.slice(1).forEach((templateRow, index) => {
    const id = rowIds[index];
    const row = [...templateRow];
    if (levelCol >= 0 && levels.has(id)) row[levelCol] = levels.get(id) ?? '';
    const mine = actions.get(id) ?? [];
    if (mine.length === 0) {
      values.push(row);
      return;
    }
    values.push(actionRow(columns, row, mine[0], noteFor(mine[0], fromYear)));
    for (const more of mine.slice(1)) {
      values.push(
        actionRow(
          columns,
          columns.map(() => ''),
          more,
          noteFor(more, fromYear),
        ),
      );
    }
  });
  return { name: template.name, values };
}

/** This year's levels as written, by criterion code and by requirement number (`Mức 4/2`). */
function levelsOf(plan: Plan): Map<string, Cell> {
  const levels = new Map<string, Cell>();
  for (const tab of plan.standardTabs) {
    for (const block of tab.blocks) {
      const code = block.criterion?.standard === tab.standard ? block.criterion.code : null;
      const cell = block.rows[0].cells.get('currentLevel');
      if (code && !levels.has(code) && cell !== undefined && cell !== null && cell !== '') levels.set(code, cell);
    }
  }
  for (const entry of plan.requirementTab?.entries ?? []) {
    const cell = entry.rows[0].cells.get('currentLevel');
    const id = `req/${entry.number}`;
    if (entry.number !== null && !levels.has(id) && cell !== undefined && cell !== null && cell !== '') levels.set(id, cell);
  }
  return levels;
}

function idOf(action: PlanAction): string {
  if (action.place.kind === 'criterion') return action.place.code;
  if (action.place.kind === 'requirement') return `req/${action.place.number}`;
  return '';
}

/** The framework for the new year, by the existing choice; `Cấp học` left blank is taken from the old framework's scope. */
function frameworkFor(plan: Plan, year: SchoolYear, known: Framework[]): Framework {
  const typed = plan.info.entries.get('educationLevel')?.[0]?.text ?? '';
  const oldType = plan.framework.scope?.schoolTypes[0];
  const schoolTypeText = typed !== '' ? typed : oldType ? schoolTypeLabel(oldType) : '';
  return chooseFramework({ frameworkText: '', startYear: year.startYear, schoolTypeText }, known).framework;
}

function moveOf(action: PlanAction, to: string): ActionMove {
  const place = action.place;
  const criterion = place.kind === 'criterion' ? place.code : place.kind === 'requirement' ? `Yêu cầu ${place.number}` : place.text;
  return { from: `${action.sheetName}!${action.cell}`, criterion, action: action.text, status: action.statusText, to };
}

export function nextYearWorkbook(workbook: RawWorkbook, options: NextYearOptions): NextYearOutcome {
  const known = options.known ?? knownFrameworks;
  const { plan } = analysePlan(workbook, { known });
  const year = plan.info.schoolYear;
  if (!year) {
    const entry = plan.info.entries.get('schoolYear')?.[0];
    const where = entry ? `ô ${a1(entry.row, entry.col)}` : 'dòng "Năm học"';
    return {
      ok: false,
      message: `Trang "${INFO_TAB}", ${where}: chưa có hoặc không đọc được năm học của kế hoạch này. Hãy ghi năm học (ví dụ 2025-2026) rồi chạy lại; chưa có tệp nào được ghi.`,
    };
  }
  const fromYear = formatSchoolYear(year);
  const nextYear = { startYear: year.startYear + 1, endYear: year.endYear + 1 };
  const toYear = formatSchoolYear(nextYear);
  const oldFramework = plan.framework;
  const newFramework = frameworkFor(plan, nextYear, known);
  const sameFramework = newFramework.id === oldFramework.id;
  const transition: FrameworkTransition | null = sameFramework ? null : transitionBetween(oldFramework.id, newFramework.id);

  const actions = planActions(plan, options.today);
  const carriedActions = actions.filter((action) => action.status !== 'finished');
  const underCriterion = sameFramework ? carriedActions.filter((action) => action.place.kind !== 'none') : [];
  const toTransfer = carriedActions.filter((action) => !underCriterion.includes(action));
  const byId = new Map<string, PlanAction[]>();
  for (const action of underCriterion) byId.set(idOf(action), [...(byId.get(idOf(action)) ?? []), action]);
  const levels = sameFramework ? levelsOf(plan) : new Map<string, Cell>();

  const template = blankWorkbook(newFramework, nextYear);
  const sheets: RawSheet[] = template.sheets.map((sheet) => {
    if (sheet.name === INFO_TAB) return carryInfo(sheet, plan.info);
    const standard = newFramework.standards.find((candidate) => standardTabName(newFramework, candidate.number) === sheet.name);
    if (standard) {
      const ids = standard.criteria.map((criterion) => criterion.code);
      return withActions(newFramework.standardColumns, sheet, ids, levels, byId, fromYear);
    }
    const requirements = newFramework.requirements;
    if (requirements && sheet.name === requirements.tabName) {
      return withActions(
        requirements.columns,
        sheet,
        requirements.items.map((item) => `req/${item.number}`),
        levels,
        byId,
        fromYear,
      );
    }
    return sheet;
  });
  // Levels pre-filled: the school confirms each standard tab (cycle/reassess.ts), so the new workbook says which.
  if (levels.size > 0) {
    const tabNames = newFramework.standards.map((standard) => standardTabName(newFramework, standard.number));
    // TT17's `Mức 4` results are pre-filled too (levelsOf): the school re-assesses them as well.
    if (newFramework.requirements && [...levels.keys()].some((id) => id.startsWith('req/'))) tabNames.push(newFramework.requirements.tabName);
    const infoIndex = sheets.findIndex((sheet) => sheet.name === INFO_TAB);
    if (infoIndex >= 0) sheets[infoIndex] = withLink(sheets[infoIndex], REASSESS_LABEL, reassessValue(tabNames));
  }
  if (toTransfer.length > 0) {
    sheets.push(transferTab(toTransfer, (action) => noteFor(action, fromYear), oldFramework, newFramework, transition, fromYear));
  }

  const tabOf = (action: PlanAction) => {
    if (toTransfer.includes(action)) return TRANSFER_TAB;
    if (action.place.kind === 'requirement') return newFramework.requirements?.tabName ?? '';
    return action.place.kind === 'criterion' ? standardTabName(newFramework, Number(action.place.code.split('.')[0])) : '';
  };
  const carried = carriedActions.map((action) => moveOf(action, tabOf(action)));
  const finished = actions.filter((action) => action.status === 'finished').map((action) => moveOf(action, ''));
  const warnings = actions.flatMap((action) => (action.warning ? [action.warning] : []));
  if (toTransfer.some((action) => action.place.kind === 'none') && sameFramework) {
    warnings.push(`Có hoạt động không nằm dưới tiêu chí nào của ${oldFramework.id}: chúng ở trang "${TRANSFER_TAB}", hãy chuyển từng dòng về đúng tiêu chí.`);
  }
  return {
    ok: true,
    workbook: { sheets },
    fromYear,
    toYear,
    fromFramework: oldFramework.id,
    toFramework: newFramework.id,
    frameworkChanged: !sameFramework,
    levelsCarried: levels.size,
    carried,
    finished,
    warnings,
    sentences: sentencesOf({
      fromYear,
      toYear,
      oldFramework,
      newFramework,
      sameFramework,
      levels: levels.size,
      carried: carried.length,
      transferred: toTransfer.length,
      finished: finished.length,
      transition,
    }),
  };
}

interface Counts {
  fromYear: string;
  toYear: string;
  oldFramework: Framework;
  newFramework: Framework;
  sameFramework: boolean;
  levels: number;
  carried: number;
  transferred: number;
  finished: number;
  transition: FrameworkTransition | null;
}

function sentencesOf(counts: Counts): string[] {
  const sentences = [`Kế hoạch năm học ${counts.toYear} theo ${counts.newFramework.title}, lập từ kế hoạch năm học ${counts.fromYear}.`];
  sentences.push(
    `Đã chuyển ${counts.carried} hoạt động chưa hoàn thành (ghi chú "Chuyển từ năm học ${counts.fromYear}: …"); ${counts.finished} hoạt động đã hoàn thành không chuyển.`,
  );
  if (counts.sameFramework) {
    sentences.push(
      `Mức hiện tại của ${counts.levels} tiêu chí được điền sẵn theo năm học ${counts.fromYear}: nhà trường tự đánh giá lại và sửa mức ở từng trang tiêu chuẩn. Thời gian thực hiện của các hoạt động chuyển sang vẫn là thời gian cũ: hãy ghi lại cho năm học mới.`,
    );
  } else {
    sentences.push(
      `Khung đánh giá đổi từ ${counts.oldFramework.title} sang ${counts.newFramework.title}: mức của các tiêu chí không chuyển được, nhà trường tự đánh giá theo khung mới.`,
    );
    sentences.push(
      counts.transition
        ? `${counts.transferred} hoạt động ở trang "${TRANSFER_TAB}" kèm tiêu chí cũ; cột "Gợi ý tiêu chí năm nay" chỉ gợi ý khi tên hai tiêu chí rõ ràng cùng nội dung (không có bảng chuyển đổi chính thức). Hãy ghi tiêu chí năm nay cho từng dòng rồi chuyển dòng đó về trang tiêu chuẩn tương ứng.`
        : `${counts.transferred} hoạt động ở trang "${TRANSFER_TAB}" kèm tiêu chí cũ; chưa có bảng chuyển đổi giữa hai khung nên không có gợi ý. Hãy ghi tiêu chí năm nay cho từng dòng.`,
    );
  }
  sentences.push('Số kế hoạch và Ngày ban hành để trống: hãy điền khi ban hành kế hoạch mới.');
  return sentences;
}
