import type { Cell } from '../cell';
import type { Criterion, Framework } from '../frameworks/types';
import { allCriteria, standardTabName } from '../frameworks/types';
import { parseBudget } from '../parse/budget';
import { formatLevel } from '../parse/level';
import { formatSchoolYear } from '../parse/school-year';
import { formatMonth, parseTimeWindow } from '../parse/time-window';
import type { SchoolYear } from '../parse/types';
import { foldKey } from '../text';
import { a1 } from '../workbook/a1';
import type { CriterionBlock, Plan, StandardTab } from '../workbook/plan';
import { rowText, type FoundTable, type TableRow } from '../workbook/table';
import { placeWindow, planHorizon, type PlanHorizon } from './horizon';
import { error, warning, type Issue } from './issue';
import { frameworkMaxCriterionLevel, levelChoices, readLevel } from './levels';

/** Address of a row's cell by column key; the row's `Tiêu chí` cell when the column is absent. */
function cellOf(table: FoundTable, row: number, key: string): string {
  const col = table.columns.get(key) ?? table.columns.get('criterion') ?? 0;
  return a1(row, col);
}

function headerOf(table: FoundTable, key: string): string {
  const spec = table.sheet.values[table.headerRow]?.[table.columns.get(key) ?? -1];
  return typeof spec === 'string' ? spec : key;
}

/** Missing required columns (on the header row) and duplicated headers. */
export function validateColumns(table: FoundTable, sheetName: string): Issue[] {
  const issues: Issue[] = [];
  for (const spec of table.missing) {
    issues.push(error(sheetName, a1(table.headerRow, 0), 'column-missing', `Thiếu cột "${spec.header}" ở dòng tiêu đề (dòng ${table.headerRow + 1}). Hãy thêm cột có tiêu đề "${spec.header}"${spec.aliases.length ? ` (hoặc "${spec.aliases[0]}")` : ''}, hoặc bấm "Tạo các trang tính" để thêm cột còn thiếu.`));
  }
  for (const { spec, col } of table.duplicates) {
    issues.push(warning(sheetName, a1(table.headerRow, col), 'column-duplicate', `Cột "${spec.header}" xuất hiện hai lần; chỉ cột đầu tiên được dùng, cột này bị bỏ qua. Hãy đổi tên hoặc xóa một cột.`));
  }
  return issues;
}

function criteriaList(framework: Framework, standard: number): string {
  const codes = framework.standards.find((candidate) => candidate.number === standard)?.criteria.map((criterion) => criterion.code) ?? [];
  if (codes.length === 0) return '';
  return `Tiêu chuẩn ${standard} có các tiêu chí ${codes[0]} đến ${codes[codes.length - 1]}`;
}

interface Context {
  plan: Plan;
  framework: Framework;
  schoolYear: SchoolYear | null;
  horizon: PlanHorizon | null;
  issues: Issue[];
}

/** The `Tiêu chí` cell: a known criterion, on its own standard's tab. */
function checkCode(ctx: Context, tab: StandardTab, table: FoundTable, block: CriterionBlock): boolean {
  const cell = cellOf(table, block.rows[0].row, 'criterion');
  const { framework } = ctx;
  if (!block.code) {
    ctx.issues.push(error(tab.sheetName, cell, 'criterion-unreadable', `Không đọc được mã tiêu chí "${block.codeText}". Hãy ghi mã tiêu chí dạng "${tab.standard}.1" hoặc "Tiêu chí ${tab.standard}.1: …"; nếu đây là một dòng công việc tiếp theo của tiêu chí bên trên, hãy để trống ô này.`));
    return false;
  }
  if (!block.criterion) {
    ctx.issues.push(error(tab.sheetName, cell, 'criterion-unknown', `Tiêu chí ${block.code.code} không có trong ${framework.title}. ${criteriaList(framework, block.code.standard) || `Khung này có ${framework.standards.length} tiêu chuẩn`}. Hãy sửa lại mã tiêu chí.`));
    return false;
  }
  if (block.criterion.standard !== tab.standard) {
    ctx.issues.push(error(tab.sheetName, cell, 'criterion-wrong-tab', `Tiêu chí ${block.criterion.code} thuộc Tiêu chuẩn ${block.criterion.standard}, không thuộc trang "${tab.sheetName}". Hãy chuyển dòng này sang trang "${standardTabName(framework, block.criterion.standard)}".`));
    return false;
  }
  return true;
}

/** Mức hiện tại (required) and Mức phấn đấu (optional, not below the current level). */
function checkLevels(ctx: Context, tab: StandardTab, table: FoundTable, block: CriterionBlock, criterion: Criterion): number | null {
  const first = block.rows[0];
  const choices = levelChoices(criterion.maxLevel).join(', ');
  const current = readLevel(first.cells.get('currentLevel') ?? null, criterion);
  const currentCell = cellOf(table, first.row, 'currentLevel');
  let level: number | null = null;
  switch (current.kind) {
    case 'blank':
      ctx.issues.push(error(tab.sheetName, currentCell, 'level-missing', `Tiêu chí ${criterion.code} chưa có mức hiện tại. Hãy chọn một trong: ${choices}.`));
      break;
    case 'unreadable':
      ctx.issues.push(error(tab.sheetName, currentCell, 'level-unreadable', `Không hiểu mức "${current.text}" của tiêu chí ${criterion.code}. Hãy chọn một trong: ${choices}.`));
      break;
    case 'above-max':
      ctx.issues.push(error(tab.sheetName, currentCell, 'level-above-max', `Tiêu chí ${criterion.code} không có ${formatLevel(current.level)}: theo ${ctx.framework.title}, mức cao nhất của tiêu chí này là ${formatLevel(current.maxLevel)}. Hãy chọn một trong: ${choices}.`));
      break;
    case 'level':
      level = current.level;
  }

  const target = readLevel(first.cells.get('targetLevel') ?? null, criterion);
  const targetCell = cellOf(table, first.row, 'targetLevel');
  if (target.kind === 'unreadable') {
    ctx.issues.push(error(tab.sheetName, targetCell, 'target-unreadable', `Không hiểu mức phấn đấu "${target.text}" của tiêu chí ${criterion.code}. Hãy chọn một trong: ${choices}, hoặc để trống.`));
  } else if (target.kind === 'above-max') {
    ctx.issues.push(error(tab.sheetName, targetCell, 'target-above-max', `Mức phấn đấu ${formatLevel(target.level)} vượt mức cao nhất của tiêu chí ${criterion.code} (${formatLevel(target.maxLevel)}). Hãy chọn một trong: ${choices}.`));
  } else if (target.kind === 'level' && level !== null && target.level < level) {
    ctx.issues.push(error(tab.sheetName, targetCell, 'target-below-current', `Mức phấn đấu (${formatLevel(target.level)}) thấp hơn mức hiện tại (${formatLevel(level)}) của tiêu chí ${criterion.code}. Hãy chọn mức phấn đấu bằng hoặc cao hơn mức hiện tại.`));
  }
  return level;
}

/** Every row that holds an action: when, who, how much, how far. */
function checkActionRow(ctx: Context, tab: StandardTab, table: FoundTable, row: TableRow, code: string, strict: boolean): void {
  const report = strict ? error : warning;
  const timeText = rowText(row, 'time');
  const timeCell = cellOf(table, row.row, 'time');
  if (table.columns.has('responsible') && rowText(row, 'responsible') === '') {
    ctx.issues.push(report(tab.sheetName, cellOf(table, row.row, 'responsible'), 'responsible-missing', `Công việc của tiêu chí ${code} chưa ghi người chủ trì, phối hợp. Hãy ghi rõ ai chủ trì và ai phối hợp (ví dụ: Hiệu trưởng; Tổ chuyên môn).`));
  }
  if (table.columns.has('time')) {
    if (timeText === '') {
      ctx.issues.push(report(tab.sheetName, timeCell, 'time-missing', `Công việc của tiêu chí ${code} chưa ghi thời gian thực hiện. Hãy ghi, ví dụ: Tháng 10/2024 - tháng 5/2025.`));
    } else {
      checkTime(ctx, tab.sheetName, timeCell, row.cells.get('time') ?? null, timeText, code);
    }
  }
  if (table.columns.has('budget') && parseBudget(row.cells.get('budget') ?? null) === null) {
    ctx.issues.push(warning(tab.sheetName, cellOf(table, row.row, 'budget'), 'budget-unreadable', `Không đọc được số tiền "${rowText(row, 'budget')}", nên khoản này không được cộng vào tổng kinh phí. Hãy ghi dạng "10 triệu", "10.000.000 đồng", "Không", hoặc tên nguồn như "Xã hội hóa".`));
  }
  const progressText = rowText(row, 'progress');
  const allowed = ctx.framework.progressValues;
  if (progressText !== '' && allowed.length > 0 && !allowed.some((value) => foldKey(value) === foldKey(progressText))) {
    ctx.issues.push(error(tab.sheetName, cellOf(table, row.row, 'progress'), 'progress-invalid', `Mức độ thực hiện "${progressText}" không hợp lệ. Hãy chọn một trong: ${allowed.join(', ')}, hoặc để trống.`));
  }
}

function checkTime(ctx: Context, sheet: string, cell: string, value: Cell, text: string, code: string): void {
  const window = parseTimeWindow(value, ctx.schoolYear);
  if (!window) {
    ctx.issues.push(error(sheet, cell, 'time-unreadable', `Không hiểu thời gian "${text}" (tiêu chí ${code}). Hãy ghi dạng "Tháng 9/2024", "Tháng 10/2024 - tháng 5/2025", "Học kỳ I", "Năm 2025" hoặc "Cả năm học".`));
    return;
  }
  const yearText = ctx.schoolYear ? formatSchoolYear(ctx.schoolYear) : '';
  switch (placeWindow(window, ctx.horizon)) {
    case 'reversed':
      ctx.issues.push(error(sheet, cell, 'time-reversed', `Thời gian "${text}" kết thúc (${formatMonth(window.end)}) trước khi bắt đầu (${formatMonth(window.start)}). Hãy sửa lại tháng, năm bắt đầu hoặc kết thúc.`));
      break;
    case 'before-start':
      ctx.issues.push(error(sheet, cell, 'time-before-plan', `Thời gian "${text}" bắt đầu trước năm học ${yearText} của kế hoạch. Hãy kiểm tra lại năm (có thể gõ nhầm năm).`));
      break;
    case 'beyond-horizon':
      ctx.issues.push(error(sheet, cell, 'time-beyond-horizon', `Thời gian "${text}" vượt quá 5 năm sau năm học ${yearText}. Hãy kiểm tra lại năm (có thể gõ nhầm, ví dụ 2065 thay vì 2025).`));
      break;
    case 'after-school-year':
      ctx.issues.push(warning(sheet, cell, 'time-after-school-year', `Thời gian "${text}" nằm ngoài năm học ${yearText}. Nếu đúng ý định (công việc dài hạn) thì giữ nguyên; nếu không, hãy sửa lại năm.`));
      break;
    case 'ok':
      break;
  }
}

/** A criterion below its highest level must say what will be done, by whom and when. */
function checkActions(ctx: Context, tab: StandardTab, table: FoundTable, block: CriterionBlock, criterion: Criterion, level: number | null): void {
  const actionRows = block.rows.filter((row) => rowText(row, 'actions') !== '');
  const belowMax = level !== null && level < criterion.maxLevel;
  const firstRow = block.rows[0].row;
  if (actionRows.length === 0) {
    if (ctx.framework.everyCriterionNeedsAction && belowMax) {
      ctx.issues.push(error(tab.sheetName, cellOf(table, firstRow, 'actions'), 'actions-missing', `Tiêu chí ${criterion.code} đang ở ${formatLevel(level ?? 0)}, chưa đạt mức cao nhất (${formatLevel(criterion.maxLevel)}), nhưng chưa có công việc, giải pháp cải tiến. Hãy ghi công việc cần làm, người chủ trì và thời gian.`));
    } else if (!ctx.framework.everyCriterionNeedsAction && criterion.mandatory && level !== null && level < 1) {
      ctx.issues.push(warning(tab.sheetName, cellOf(table, firstRow, 'actions'), 'mandatory-without-action', `Tiêu chí ${criterion.code} là tiêu chí bắt buộc và chưa đạt Mức 1, nhưng kế hoạch chưa có hoạt động cải tiến cho tiêu chí này. Nhà trường không thể đạt Mức 1 khi còn tiêu chí bắt buộc chưa đạt: nên đưa vào vấn đề ưu tiên.`));
    }
  }
  const strict = ctx.framework.everyCriterionNeedsAction && belowMax;
  for (const row of actionRows) checkActionRow(ctx, tab, table, row, criterion.code, strict);
  // Rows with a time or budget but no action text still get their time and budget checked.
  for (const row of block.rows) {
    if (rowText(row, 'actions') !== '') continue;
    if (rowText(row, 'time') !== '') checkTime(ctx, tab.sheetName, cellOf(table, row.row, 'time'), row.cells.get('time') ?? null, rowText(row, 'time'), criterion.code);
  }
}

/** The standard tabs: each framework criterion once, on its own tab, assessed and planned. */
export function validateStandards(plan: Plan): Issue[] {
  const framework = plan.framework;
  const ctx: Context = {
    plan,
    framework,
    schoolYear: plan.info.schoolYear,
    horizon: plan.info.schoolYear ? planHorizon(plan.info.schoolYear) : null,
    issues: [],
  };
  for (const standard of plan.missingStandards) {
    const name = standardTabName(framework, standard);
    ctx.issues.push(error(name, 'A1', 'tab-missing', `Chưa có trang tính "${name}". Hãy bấm "Tạo các trang tính" để tạo trang này với các tiêu chí đã điền sẵn.`));
  }

  const seen = new Map<string, string>();
  for (const tab of plan.standardTabs) {
    const table = tab.table;
    if (!table) {
      ctx.issues.push(error(tab.sheetName, 'A1', 'header-missing', `Không tìm thấy dòng tiêu đề trong 5 dòng đầu của trang "${tab.sheetName}". Dòng tiêu đề phải có ô "Tiêu chí". Hãy thêm dòng tiêu đề hoặc bấm "Tạo các trang tính".`));
      continue;
    }
    ctx.issues.push(...validateColumns(table, tab.sheetName));
    if (!table.columns.has('criterion')) continue;

    for (const row of tab.orphanRows) {
      ctx.issues.push(error(tab.sheetName, cellOf(table, row.row, 'criterion'), 'row-without-criterion', `Dòng ${row.row + 1} có nội dung nhưng chưa thuộc tiêu chí nào (ô Tiêu chí để trống và không có tiêu chí ở trên). Hãy ghi mã tiêu chí vào ô này.`));
    }
    for (const block of tab.blocks) {
      if (!checkCode(ctx, tab, table, block) || !block.criterion) continue;
      const criterion = block.criterion;
      const cell = cellOf(table, block.rows[0].row, 'criterion');
      const earlier = seen.get(criterion.code);
      if (earlier) {
        ctx.issues.push(error(tab.sheetName, cell, 'criterion-duplicate', `Tiêu chí ${criterion.code} đã có ở ô ${earlier}. Mỗi tiêu chí chỉ ghi mã một lần; các dòng công việc tiếp theo hãy để trống ô Tiêu chí.`));
        continue;
      }
      seen.set(criterion.code, cell);
      const level = checkLevels(ctx, tab, table, block, criterion);
      checkActions(ctx, tab, table, block, criterion, level);
    }
  }

  const maxLevel = frameworkMaxCriterionLevel(framework);
  for (const criterion of allCriteria(framework)) {
    if (seen.has(criterion.code)) continue;
    const tab = plan.standardTabs.find((candidate) => candidate.standard === criterion.standard);
    if (!tab?.table) continue; // the missing tab or header is reported already
    ctx.issues.push(error(tab.sheetName, a1(tab.table.headerRow, tab.table.columns.get('criterion') ?? 0), 'criterion-missing', `Thiếu tiêu chí ${criterion.code} (${criterion.name}). Hãy thêm một dòng cho tiêu chí này với mức hiện tại (${levelChoices(Math.min(criterion.maxLevel, maxLevel)).join(', ')}), hoặc bấm "Tạo các trang tính" để thêm các tiêu chí còn thiếu.`));
  }
  return ctx.issues;
}
