import { frameworksWithCriterion } from '../frameworks';
import { switchHint } from '../frameworks/choice';
import type { Criterion, Framework } from '../frameworks/types';
import { allCriteria, standardTabName } from '../frameworks/types';
import { formatLevel } from '../parse/level';
import type { SchoolYear } from '../parse/types';
import { a1 } from '../workbook/a1';
import type { CriterionBlock, Plan, StandardTab } from '../workbook/plan';
import type { PlanRow } from '../workbook/plan';
import { rowText, type FoundTable } from '../workbook/table';
import { cellOf, checkActionRow } from './action-rows';
import { error, warning, type Issue } from './issue';
import { frameworkMaxCriterionLevel, levelChoices, readLevel } from './levels';

/** Columns the level summary is computed from. */
const ASSESSMENT_KEYS = new Set(['criterion', 'currentLevel']);

/** Missing required columns (on the header row) and duplicated headers. */
export function validateColumns(table: FoundTable, sheetName: string): Issue[] {
  const issues: Issue[] = [];
  for (const spec of table.missing) {
    // Without the criterion or its level the summary's numbers would be false; any other column only leaves a blank in the document.
    const report = ASSESSMENT_KEYS.has(spec.key) ? error : warning;
    issues.push(
      report(
        sheetName,
        a1(table.headerRow, 0),
        'column-missing',
        `Thiếu cột "${spec.header}" ở dòng tiêu đề (dòng ${table.headerRow + 1}). Hãy thêm cột có tiêu đề "${spec.header}"${spec.aliases.length ? ` (hoặc "${spec.aliases[0]}")` : ''}, hoặc bấm "Tạo các trang tính" để thêm cột còn thiếu.`,
      ),
    );
  }
  for (const { spec, col } of table.duplicates) {
    issues.push(
      warning(
        sheetName,
        a1(table.headerRow, col),
        'column-duplicate',
        `Cột "${spec.header}" xuất hiện hai lần; chỉ cột đầu tiên được dùng, cột này bị bỏ qua. Hãy đổi tên hoặc xóa một cột.`,
      ),
    );
  }
  return issues;
}

function criteriaList(framework: Framework, standard: number): string {
  const codes = framework.standards.find((candidate) => candidate.number === standard)?.criteria.map((criterion) => criterion.code) ?? [];
  if (codes.length === 0) return '';
  return `Tiêu chuẩn ${standard} có các tiêu chí ${codes[0]} đến ${codes[codes.length - 1]}`;
}

/**
 * A code or level the chosen framework lacks may belong to a sibling one:
 * 5.6 and 1.5 at Mức 3 are THCS criteria (Thông tư 18/2018), the mark of a
 * primary-and-lower-secondary school assessed under it. Says which
 * framework has it and how to switch, or null.
 */
function otherFrameworkHint(ctx: Context, code: string, level: number): string | null {
  // The first in the product's order: schools nearest the chosen one come first (TT18 before the mầm non TT19).
  const [other] = frameworksWithCriterion(code, ctx.framework, level);
  if (!other) return null;
  const what = level > 1 ? `${formatLevel(level)} của tiêu chí ${code}` : `Tiêu chí ${code}`;
  return `${what} có trong ${other.title}: ${switchHint(other, ctx.schoolYear?.startYear ?? null)}.`;
}

function suffix(text: string | null): string {
  return text ? ` ${text}` : '';
}

interface Context {
  plan: Plan;
  framework: Framework;
  schoolYear: SchoolYear | null;
  issues: Issue[];
}

/** The `Tiêu chí` cell: a known criterion, on its own standard's tab. */
function checkCode(ctx: Context, tab: StandardTab, table: FoundTable, block: CriterionBlock): boolean {
  const cell = cellOf(table, block.rows[0].row, 'criterion');
  const { framework } = ctx;
  if (!block.code) {
    ctx.issues.push(
      error(
        tab.sheetName,
        cell,
        'criterion-unreadable',
        `Không đọc được mã tiêu chí "${block.codeText}". Hãy ghi mã tiêu chí dạng "${tab.standard}.1" hoặc "Tiêu chí ${tab.standard}.1: …"; nếu đây là một dòng công việc tiếp theo của tiêu chí bên trên, hãy để trống ô này.`,
      ),
    );
    return false;
  }
  if (!block.criterion) {
    ctx.issues.push(
      error(
        tab.sheetName,
        cell,
        'criterion-unknown',
        `Tiêu chí ${block.code.code} không có trong ${framework.title}. ${criteriaList(framework, block.code.standard) || `Khung này có ${framework.standards.length} tiêu chuẩn`}. ${otherFrameworkHint(ctx, block.code.code, 1) ?? 'Hãy sửa lại mã tiêu chí.'}`,
      ),
    );
    return false;
  }
  if (block.criterion.standard !== tab.standard) {
    ctx.issues.push(
      error(
        tab.sheetName,
        cell,
        'criterion-wrong-tab',
        `Tiêu chí ${block.criterion.code} thuộc Tiêu chuẩn ${block.criterion.standard}, không thuộc trang "${tab.sheetName}". Hãy chuyển dòng này sang trang "${standardTabName(framework, block.criterion.standard)}".`,
      ),
    );
    return false;
  }
  return true;
}

/** Mức hiện tại (required) and Mức phấn đấu (optional, not below the current level). */
function checkLevels(ctx: Context, tab: StandardTab, table: FoundTable, block: CriterionBlock, criterion: Criterion): number | null {
  const first = block.rows[0];
  const choices = levelChoices(criterion.maxLevel).join(', ');
  const current = readLevel(block.currentLevel, criterion);
  const currentCell = cellOf(table, first.row, 'currentLevel');
  let level: number | null = null;
  switch (current.kind) {
    case 'blank':
      ctx.issues.push(error(tab.sheetName, currentCell, 'level-missing', `Tiêu chí ${criterion.code} chưa có mức hiện tại. Hãy chọn một trong: ${choices}.`));
      break;
    case 'unreadable':
      ctx.issues.push(
        error(
          tab.sheetName,
          currentCell,
          'level-unreadable',
          `Không hiểu mức "${current.text}" của tiêu chí ${criterion.code}. Hãy chọn một trong: ${choices}.`,
        ),
      );
      break;
    case 'above-max':
      ctx.issues.push(
        error(
          tab.sheetName,
          currentCell,
          'level-above-max',
          `Tiêu chí ${criterion.code} không có ${formatLevel(current.level)}: theo ${ctx.framework.title}, mức cao nhất của tiêu chí này là ${formatLevel(current.maxLevel)} (tổng hợp tạm tính tiêu chí này đạt ${formatLevel(current.maxLevel)}). Hãy chọn một trong: ${choices}.${suffix(otherFrameworkHint(ctx, criterion.code, current.level))}`,
        ),
      );
      break;
    case 'level':
      level = current.level;
  }

  const target = readLevel(block.targetLevel, criterion);
  const targetCell = cellOf(table, first.row, 'targetLevel');
  if (target.kind === 'unreadable') {
    ctx.issues.push(
      error(
        tab.sheetName,
        targetCell,
        'target-unreadable',
        `Không hiểu mức phấn đấu "${target.text}" của tiêu chí ${criterion.code}. Hãy chọn một trong: ${choices}, hoặc để trống.`,
      ),
    );
  } else if (target.kind === 'above-max') {
    ctx.issues.push(
      error(
        tab.sheetName,
        targetCell,
        'target-above-max',
        `Mức phấn đấu ${formatLevel(target.level)} vượt mức cao nhất của tiêu chí ${criterion.code} (${formatLevel(target.maxLevel)}). Hãy chọn một trong: ${choices}.`,
      ),
    );
  } else if (target.kind === 'level' && level !== null && target.level < level) {
    ctx.issues.push(
      error(
        tab.sheetName,
        targetCell,
        'target-below-current',
        `Mức phấn đấu (${formatLevel(target.level)}) thấp hơn mức hiện tại (${formatLevel(level)}) của tiêu chí ${criterion.code}. Hãy chọn mức phấn đấu bằng hoặc cao hơn mức hiện tại.`,
      ),
    );
  }
  return level;
}

/**
 * A criterion below its highest level with no improvement action is a
 * warning, never an error: plans cover the priorities, not every criterion
 * (workbook spec, "Errors and warnings"). Every row of the block, action or
 * not, gets its time and budget checked.
 */
function checkActions(ctx: Context, tab: StandardTab, table: FoundTable, block: CriterionBlock, criterion: Criterion, level: number | null): void {
  const hasAction = block.rows.some((row) => rowText(row, 'actions') !== '');
  const firstRow = block.rows[0].row;
  if (!hasAction && level !== null && level < criterion.maxLevel) {
    if (ctx.framework.everyCriterionNeedsAction) {
      ctx.issues.push(
        warning(
          tab.sheetName,
          cellOf(table, firstRow, 'actions'),
          'actions-missing',
          `Tiêu chí ${criterion.code} đang ở ${formatLevel(level)}, chưa đạt mức cao nhất (${formatLevel(criterion.maxLevel)}), và chưa có công việc cải tiến. Nếu kế hoạch năm nay ưu tiên tiêu chí khác thì có thể giữ nguyên; nếu không, hãy ghi công việc cần làm, người chủ trì và thời gian.`,
        ),
      );
    } else if (criterion.mandatory && level < 1) {
      ctx.issues.push(
        warning(
          tab.sheetName,
          cellOf(table, firstRow, 'actions'),
          'mandatory-without-action',
          `Tiêu chí ${criterion.code} là tiêu chí bắt buộc và chưa đạt Mức 1, nhưng kế hoạch chưa có hoạt động cải tiến cho tiêu chí này. Nhà trường không thể đạt Mức 1 khi còn tiêu chí bắt buộc chưa đạt: nên đưa vào vấn đề ưu tiên.`,
        ),
      );
    }
  }
  checkRows(ctx, tab, table, block.rows, `tiêu chí ${criterion.code}`);
}

function checkRows(ctx: Context, tab: StandardTab, table: FoundTable, rows: PlanRow[], owner: string): void {
  for (const row of rows) ctx.issues.push(...checkActionRow(tab.sheetName, table, row, owner, ctx.framework, ctx.schoolYear));
}

/** The standard tabs: each framework criterion once, on its own tab, assessed and planned. */
export function validateStandards(plan: Plan): Issue[] {
  const framework = plan.framework;
  const ctx: Context = {
    plan,
    framework,
    schoolYear: plan.info.schoolYear,
    issues: [],
  };
  for (const standard of plan.missingStandards) {
    const name = standardTabName(framework, standard);
    ctx.issues.push(
      error(name, 'A1', 'tab-missing', `Chưa có trang tính "${name}". Hãy bấm "Tạo các trang tính" để tạo trang này với các tiêu chí đã điền sẵn.`),
    );
  }

  const seen = new Map<string, string>();
  for (const tab of plan.standardTabs) {
    const table = tab.table;
    if (!table) {
      ctx.issues.push(
        error(
          tab.sheetName,
          'A1',
          'header-missing',
          `Không tìm thấy dòng tiêu đề trong 5 dòng đầu của trang "${tab.sheetName}". Dòng tiêu đề phải có ô "Tiêu chí". Hãy thêm dòng tiêu đề hoặc bấm "Tạo các trang tính".`,
        ),
      );
      continue;
    }
    ctx.issues.push(...validateColumns(table, tab.sheetName));
    if (!table.columns.has('criterion')) continue;

    for (const row of tab.orphanRows) {
      ctx.issues.push(
        error(
          tab.sheetName,
          cellOf(table, row.row, 'criterion'),
          'row-without-criterion',
          `Dòng ${row.row + 1} có nội dung nhưng chưa thuộc tiêu chí nào (ô Tiêu chí để trống và không có tiêu chí ở trên). Hãy ghi mã tiêu chí vào ô này.`,
        ),
      );
    }
    for (const block of tab.blocks) {
      if (!checkCode(ctx, tab, table, block) || !block.criterion) {
        checkRows(ctx, tab, table, block.rows, block.code ? `tiêu chí ${block.code.code}` : `dòng ${block.rows[0].row + 1}`);
        continue;
      }
      const criterion = block.criterion;
      const cell = cellOf(table, block.rows[0].row, 'criterion');
      const earlier = seen.get(criterion.code);
      if (earlier) {
        ctx.issues.push(
          error(
            tab.sheetName,
            cell,
            'criterion-duplicate',
            `Tiêu chí ${criterion.code} đã có ở ô ${earlier}. Mỗi tiêu chí chỉ ghi mã một lần; các dòng công việc tiếp theo hãy để trống ô Tiêu chí.`,
          ),
        );
        checkRows(ctx, tab, table, block.rows, `tiêu chí ${criterion.code}`);
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
    ctx.issues.push(
      error(
        tab.sheetName,
        a1(tab.table.headerRow, tab.table.columns.get('criterion') ?? 0),
        'criterion-missing',
        `Thiếu tiêu chí ${criterion.code} (${criterion.name}). Hãy thêm một dòng cho tiêu chí này với mức hiện tại (${levelChoices(Math.min(criterion.maxLevel, maxLevel)).join(', ')}), hoặc bấm "Tạo các trang tính" để thêm các tiêu chí còn thiếu.`,
      ),
    );
  }
  return ctx.issues;
}
