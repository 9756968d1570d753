import * as z from 'zod/mini';
import { readFreezeAnswer, saveFreezeAnswer } from '../adapters/freeze-answer-store';
import { applySetup, freezeTabs, readFrozenColumns } from '../adapters/sheets-setup';
import { asTypedText } from '../adapters/sheets-text';
import { frameworkByName, frameworks } from '../domain/frameworks';
import { chooseFramework, describeFrameworkChoice } from '../domain/frameworks/choice';
import type { Framework } from '../domain/frameworks/types';
import { standardTabName } from '../domain/frameworks/types';
import { findSheet } from '../domain/workbook/find-sheet';
import { readPlan } from '../domain/workbook/read';
import type { RawWorkbook } from '../domain/workbook/raw';
import { planSetup, tabsToFreeze, tabsWithCriterionColumn, type FreezeNeed, type SetupPlan } from '../domain/workbook/setup-plan';
import type { FreezeQuestion, SetupProposal, SetupReport } from './api';
import { activeSpreadsheet, currentWorkbook, today, withDocumentLock } from './context';
import { UserError } from './errors';

/** What the sidebar may send: checked, since it comes from the browser. */
const setupRequestSchema = z.strictObject({ framework: z.optional(z.string().check(z.maxLength(100))), freezeColumns: z.optional(z.boolean()) });

/**
 * The framework setup proposes: the one the workbook names, else the one
 * its `Năm học` and `Cấp học` fall under, else the one a plan written today
 * would use for that `Cấp học`. The reason is the choice module's own.
 */
function proposedFramework(workbook: RawWorkbook): { framework: Framework; reason: string } {
  const plan = readPlan(workbook);
  if (plan.frameworkChoice.source !== 'default') return { framework: plan.framework, reason: describeFrameworkChoice(plan) };
  // No school year yet: the plan is for the school year under way today (school years start in August).
  const now = today();
  const startYear = now.month >= 8 ? now.year : now.year - 1;
  const schoolTypeText = plan.info.entries.get('educationLevel')?.[0]?.text ?? '';
  const chosen = chooseFramework({ frameworkText: '', startYear, schoolTypeText, schoolName: plan.info.schoolName }, frameworks);
  const reason = describeFrameworkChoice({ framework: chosen.framework, frameworkChoice: chosen.choice });
  return { framework: chosen.framework, reason: `Chưa có năm học; kế hoạch lập hôm nay thuộc năm học ${startYear}-${startYear + 1}. ${reason}` };
}

export function proposeSetup(): SetupProposal {
  const workbook = currentWorkbook();
  const { framework, reason } = proposedFramework(workbook);
  const existing = framework.standards.some((standard) => findSheet(workbook, standardTabName(framework, standard.number)) !== undefined);
  return {
    proposed: framework.id,
    reason,
    choices: frameworks.map((candidate) => ({ id: candidate.id, title: candidate.title })),
    existing,
  };
}

/**
 * Writes the chosen framework into `Khung đánh giá` when it says something
 * else: the user picked it, so this is the one value setup may change.
 * True when it wrote.
 */
function recordFramework(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, workbook: RawWorkbook, framework: Framework): boolean {
  const plan = readPlan(workbook);
  const entry = plan.info.entries.get('framework')?.[0];
  if (!entry || !plan.info.sheetName) return false; // setup adds the row, with the framework in it
  if (entry.text !== '' && frameworkByName(entry.text) === framework) return false;
  const sheet = spreadsheet.getSheetByName(plan.info.sheetName);
  if (!sheet) return false;
  sheet.getRange(entry.row + 1, entry.col + 1).setValue(asTypedText(framework.aliases[0]));
  return true;
}

/** What happened to the freeze of TT and Tiêu chí on tabs that already existed. */
interface FreezeOutcome {
  question: FreezeQuestion | null;
  frozen: string[];
  /** Tabs Sheets would not freeze (a merged cell across the freeze line). */
  refused: string[];
  /** The user said no in this run. */
  declined: boolean;
}

function freezeQuestion(needs: FreezeNeed[]): FreezeQuestion {
  const tabs = needs.map((need) => need.sheetName);
  return {
    tabs,
    question:
      `Các trang đã có (${tabs.join(', ')}) chưa cố định cột TT và Tiêu chí, nên khi đến một ô ở xa bên phải (Kinh phí, Ghi chú) sẽ không còn thấy tiêu chí. ` +
      'Cố định các cột từ cột A đến cột Tiêu chí trên các trang này? Chỉ thay đổi cách hiển thị, không thay đổi dữ liệu; có thể bỏ cố định bất cứ lúc nào trong menu Xem › Cố định.',
  };
}

/**
 * Issue 18, point 11: tabs setup creates are frozen at TT / Tiêu chí; tabs
 * the user already has are frozen only if the user agrees. The first run
 * asks (nothing frozen); the answer comes back as `freezeColumns`, is
 * remembered in the document properties, and setup never asks again.
 * Setup never unfreezes and leaves a tab frozen further alone. Once
 * answered, no frozen-column state is even read.
 */
function freezeExistingTabs(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, plan: SetupPlan, answer: boolean | undefined): FreezeOutcome {
  const outcome: FreezeOutcome = { question: null, frozen: [], refused: [], declined: answer === false };
  if (answer === undefined && readFreezeAnswer() !== null) return outcome;
  const candidates = tabsWithCriterionColumn(plan);
  const needs = candidates.length === 0 ? [] : tabsToFreeze(plan, readFrozenColumns(spreadsheet, candidates));
  if (answer === undefined) {
    if (needs.length > 0) outcome.question = freezeQuestion(needs);
    return outcome;
  }
  saveFreezeAnswer(answer);
  if (answer) {
    outcome.refused = freezeTabs(spreadsheet, needs);
    outcome.frozen = needs.map((need) => need.sheetName).filter((name) => !outcome.refused.includes(name));
  }
  return outcome;
}

function freezeLines(outcome: FreezeOutcome): string[] {
  const lines: string[] = [];
  if (outcome.frozen.length > 0) lines.push(`Đã cố định cột TT và Tiêu chí trên các trang: ${outcome.frozen.join(', ')}.`);
  for (const refused of outcome.refused)
    lines.push(
      `Trang "${refused}": Google Trang tính không cho cố định cột TT và Tiêu chí (thường do một ô gộp cắt ngang các cột đầu); hãy tách ô gộp đó rồi cố định trong menu Xem › Cố định.`,
    );
  if (outcome.declined) lines.push('Các trang đã có giữ nguyên cách hiển thị; tiện ích sẽ không hỏi lại.');
  return lines;
}

function report(plan: SetupPlan, freeze: FreezeOutcome): SetupReport {
  const createdTabs = plan.create.map((tab) => tab.name);
  const addedColumns = plan.complete
    .filter((tab) => tab.newColumns.length > 0)
    .map((tab) => ({ sheet: tab.sheetName, headers: tab.newColumns.map((column) => column.header) }));
  const addedRows = plan.complete.filter((tab) => tab.newRows.length > 0).map((tab) => ({ sheet: tab.sheetName, count: tab.newRows.length }));
  const parts: string[] = [];
  if (createdTabs.length > 0) parts.push(`Đã tạo ${createdTabs.length} trang: ${createdTabs.join(', ')}.`);
  for (const added of addedColumns) parts.push(`Trang "${added.sheet}": thêm cột ${added.headers.join(', ')} ở cuối.`);
  for (const added of addedRows) parts.push(`Trang "${added.sheet}": thêm ${added.count} dòng còn thiếu ở cuối.`);
  for (const skipped of plan.skipped) parts.push(`Trang "${skipped}" không có dòng tiêu đề nhận ra được nên được giữ nguyên; hãy kiểm tra dòng tiêu đề.`);
  const frozenLines = freezeLines(freeze);
  if (parts.length === 0)
    parts.push(frozenLines.length === 0 ? 'Bảng tính đã đủ các trang, cột và tiêu chí; không cần thay đổi gì.' : 'Bảng tính đã đủ các trang, cột và tiêu chí.');
  parts.push(...frozenLines);
  return {
    framework: plan.framework.id,
    createdTabs,
    addedColumns,
    addedRows,
    skippedTabs: plan.skipped,
    message: `${plan.framework.title}: ${parts.join(' ')}`,
    freezeQuestion: freeze.question,
    frozenTabs: freeze.frozen,
  };
}

/**
 * `Tạo các trang tính`: creates the framework's missing tabs, and on
 * existing tabs adds only missing columns (at the end) and criteria (at the
 * bottom). Never overwrites or moves a value. Running it twice changes
 * nothing the second time.
 */
export function setupTabs(request: unknown): SetupReport {
  const parsed = setupRequestSchema.safeParse(request ?? {});
  if (!parsed.success) throw new UserError('Yêu cầu tạo trang tính không hợp lệ.');
  return withDocumentLock(() => {
    const spreadsheet = activeSpreadsheet();
    let workbook = currentWorkbook(spreadsheet);
    let framework = proposedFramework(workbook).framework;
    if (parsed.data.framework) {
      const named = frameworkByName(parsed.data.framework);
      if (!named)
        throw new UserError(
          `Khung đánh giá "${parsed.data.framework}" không được hỗ trợ. Hãy chọn ${frameworks.map((candidate) => candidate.id).join(' hoặc ')}.`,
        );
      if (recordFramework(spreadsheet, workbook, named)) workbook = currentWorkbook(spreadsheet);
      framework = named;
    }
    const plan = planSetup(workbook, framework, readPlan(workbook).info.schoolYear);
    applySetup(spreadsheet, plan);
    const freeze = freezeExistingTabs(spreadsheet, plan, parsed.data.freezeColumns);
    return report(plan, freeze);
  });
}
