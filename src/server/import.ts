/**
 * Import of an existing plan in the add-on (docs/import.md, "In the
 * add-on"). Two sources, one mapper: the table the school pasted into the
 * `Nhập` tab, or the Google Doc / Word file it picked. `previewImport`
 * says what would be written and writes nothing; `applyImport` does the
 * same work again under the document lock and writes it. Nothing is kept
 * between the two calls: the school may still edit `Nhập` in between, and
 * what is written is what `Nhập` holds at the moment of the click.
 */
import { readPickedDocument } from '../adapters/docs-import';
import { asImported, writeImport } from '../adapters/sheets-import';
import { applySetup } from '../adapters/sheets-setup';
import { frameworkByName } from '../domain/frameworks';
import type { Framework } from '../domain/frameworks/types';
import { IMPORT_FRAMEWORKS, mapDocument, UNPLACED_TAB, type DocumentContent, type ImportResult } from '../domain/import';
import { planImportWrite, type ImportWritePlan } from '../domain/import/merge';
import { filledTemplate, templateSheet } from '../domain/import/new-tabs';
import { PASTE_TAB, pastedContent } from '../domain/import/paste';
import { cellText, foldKey } from '../domain/text';
import { findSheet } from '../domain/workbook/find-sheet';
import { INFO_TAB, TEXT_TAB } from '../domain/workbook/plan';
import type { RawWorkbook } from '../domain/workbook/raw';
import { readPlan } from '../domain/workbook/read';
import { planSetup, type SetupPlan } from '../domain/workbook/setup-plan';
import type { TabTemplate } from '../domain/workbook/template';
import { readDocsDocument } from '../import-readers/docs-json';
import { UnreadableDocumentError } from '../import-readers/errors';
import type { ImportReport, ImportRequest } from './api';
import { activeSpreadsheet, currentWorkbook, withDocumentLock } from './context';
import { UserError } from './errors';

interface Source {
  label: string;
  content: DocumentContent;
}

function pastedSource(workbook: RawWorkbook): Source {
  const tab = findSheet(workbook, PASTE_TAB);
  if (!tab) {
    throw new UserError(
      `Chưa có trang "${PASTE_TAB}". Hãy thêm một trang tên "${PASTE_TAB}" (dấu + ở góc dưới bên trái), dán bảng kế hoạch từ Word vào ô A1 của trang đó, rồi bấm lại "Xếp vào các tiêu chuẩn".`,
    );
  }
  if (tab.values.every((row) => row.every((cell) => cellText(cell) === ''))) {
    throw new UserError(
      `Trang "${tab.name}" đang trống. Hãy chép bảng cải tiến trong văn bản Word (cả dòng tiêu đề TT, Tiêu chí, Công việc/giải pháp…) rồi dán vào ô A1 của trang "${tab.name}", sau đó bấm lại.`,
    );
  }
  return { label: `trang "${tab.name}"`, content: pastedContent(tab.values) };
}

function fileSource(fileId: string | undefined): Source {
  if (!fileId) throw new UserError('Chưa chọn văn bản nào. Hãy bấm "Chọn văn bản…" và chọn kế hoạch năm trước (Google Tài liệu hoặc tệp Word .docx).');
  const picked = readPickedDocument(fileId);
  try {
    return { label: `văn bản "${picked.name}"`, content: readDocsDocument(picked.document) };
  } catch (cause) {
    if (cause instanceof UnreadableDocumentError) throw new UserError(cause.message);
    throw cause;
  }
}

/** The document mapped, or a message when it holds no plan the mapper recognises. */
function mapped(source: Source): { result: ImportResult; framework: Framework } {
  const result = mapDocument(source.content);
  const placedRows = result.report.rowsPerTab.reduce((sum, tab) => sum + tab.rows, 0);
  if (placedRows === 0 && result.report.levelsFound === 0) {
    throw new UserError(
      `Không tìm thấy bảng cải tiến trong ${source.label}, nên chưa ghi gì. Bảng cần có một dòng tiêu đề với các cột như "TT", "Tiêu chí", "Công việc/giải pháp" (hoặc "Hoạt động/giải pháp"), "Thời gian". Hãy chép cả dòng tiêu đề của bảng trong văn bản rồi thử lại.`,
    );
  }
  const framework = IMPORT_FRAMEWORKS.find((candidate) => candidate.id === result.report.framework) ?? IMPORT_FRAMEWORKS[0];
  return { result, framework };
}

/** A workbook set up for one framework does not take a plan of another: the tabs would not match. */
function checkSameFramework(workbook: RawWorkbook, framework: Framework): void {
  const plan = readPlan(workbook);
  if (plan.standardTabs.length === 0 || plan.framework.id === framework.id) return;
  throw new UserError(
    `Văn bản là kế hoạch theo ${framework.title}, còn bảng tính này đang theo ${plan.framework.title}, nên chưa ghi gì. Hãy nhập vào một bảng tính mới (Tệp → Mới → Bảng tính); hoặc, nếu văn bản đúng, sửa ô "Khung đánh giá" ở trang "${INFO_TAB}" rồi bấm lại.`,
  );
}

/**
 * What the import will do to the workbook: the framework's missing tabs
 * (setup's templates) and, on the workbook as it will be with them, the
 * import's plan. The preview and the write share it, so the preview counts
 * exactly what the write does.
 */
interface Planned {
  setup: SetupPlan;
  /** Tabs with columns that setup creates (not the empty `Tổng hợp`). */
  created: TabTemplate[];
  plan: ImportWritePlan;
}

function planned(workbook: RawWorkbook, mappedPlan: ReturnType<typeof mapped>): Planned {
  const setup = planSetup(workbook, mappedPlan.framework);
  const create = setup.create.map((template) => withoutDefaultsTheDocumentReplaces(template, mappedPlan.result.workbook));
  const created = create.filter((template) => template.columns.length > 0);
  const withCreated = { ...workbook, sheets: [...workbook.sheets, ...created.map(templateSheet)] };
  return { setup: { ...setup, create }, created, plan: planImportWrite(withCreated, mappedPlan.result.workbook, mappedPlan.framework) };
}

/**
 * In a `Nội dung văn bản` the import creates, the framework's default text
 * is not the school's: a section the document has gets the document's text
 * instead (blank here, filled by the import's write).
 */
function withoutDefaultsTheDocumentReplaces(template: TabTemplate, imported: RawWorkbook): TabTemplate {
  const stated = findSheet(imported, TEXT_TAB);
  if (foldKey(template.name) !== foldKey(TEXT_TAB) || !stated) return template;
  const headings = new Set(stated.values.slice(1).map((row) => foldKey(cellText(row[0] ?? null))));
  return { ...template, rows: template.rows.map((row) => (headings.has(foldKey(cellText(row[0] ?? null))) ? [row[0], ''] : row)) };
}

/** Setup would also add columns or rows to a tab that exists: the rare case where the tabs are set up first, then written. */
function setupChangesExistingTabs(setup: SetupPlan): boolean {
  return setup.complete.some((tab) => tab.newColumns.length > 0 || tab.newRows.length > 0);
}

/**
 * Creates the missing tabs already holding the import's rows (setup's
 * header, widths and dropdowns, the values in one `setValues` per tab),
 * then writes the tabs that existed. No row is inserted in a new tab.
 */
function createAndWrite(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, { setup, created, plan }: Planned): void {
  const writeOf = (name: string) => plan.tabs.find((tab) => !tab.create && foldKey(tab.sheetName) === foldKey(name));
  if (created.length > 0) {
    const create = setup.create.map((template) => {
      const write = writeOf(template.name);
      return write ? filledTemplate(template, write) : template;
    });
    applySetup(spreadsheet, { ...setup, create, complete: [] }, asImported);
  }
  const createdNames = new Set(created.map((template) => foldKey(template.name)));
  writeImport(spreadsheet, { ...plan, tabs: plan.tabs.filter((tab) => tab.create || !createdNames.has(foldKey(tab.sheetName))) });
}

/** `Khung đánh giá` spelled differently (`TT17` / `TT17 tiểu học`) is the same framework: not a conflict. */
function realConflicts(plan: ImportWritePlan, framework: Framework): ImportWritePlan['conflicts'] {
  return plan.conflicts.filter(
    (conflict) =>
      !(foldKey(conflict.sheet) === foldKey(INFO_TAB) && frameworkByName(conflict.kept) === framework && frameworkByName(conflict.imported) === framework),
  );
}

function report(source: Source, mappedPlan: ReturnType<typeof mapped>, plan: ImportWritePlan, created: string[], written: boolean): ImportReport {
  const { result, framework } = mappedPlan;
  const writesText = plan.tabs.some((tab) => foldKey(tab.sheetName) === foldKey(TEXT_TAB));
  const names = [...result.report.rowsPerTab.map((tab) => tab.tab), ...(writesText ? [TEXT_TAB] : []), ...(result.report.unplaced > 0 ? [UNPLACED_TAB] : [])];
  const tabs = names.map((name) => {
    const write = plan.tabs.find((tab) => foldKey(tab.sheetName) === foldKey(name));
    const isNew = created.some((tab) => foldKey(tab) === foldKey(name)) || write?.create === true;
    return { tab: write?.sheetName ?? name, newRows: write?.newRows ?? 0, filledCells: write?.filledCells ?? 0, created: isNew };
  });
  const conflicts = realConflicts(plan, framework);
  const parts: string[] = [`${framework.title}: ${result.report.frameworkReason}`];
  const verb = written ? 'Đã' : 'Sẽ';
  if (created.length > 0) parts.push(`${verb} tạo ${created.length} trang theo mẫu: ${created.join(', ')}.`);
  for (const tab of tabs) {
    if (tab.newRows === 0 && tab.filledCells === 0) continue;
    const what = [tab.newRows > 0 ? `thêm ${tab.newRows} dòng` : '', tab.filledCells > 0 ? `điền ${tab.filledCells} ô trống` : ''].filter(Boolean).join(', ');
    parts.push(`Trang "${tab.tab}": ${verb.toLowerCase()} ${what}.`);
  }
  if (plan.tabs.length === 0 && created.length === 0) parts.push('Bảng tính đã có đủ nội dung của văn bản; không cần ghi gì thêm.');
  if (plan.alreadyThere > 0) parts.push(`${plan.alreadyThere} dòng đã có sẵn trong bảng tính nên không ghi lại.`);
  if (result.report.levelsMissing.length > 0) {
    parts.push(
      `Văn bản không nêu mức đạt của ${result.report.levelsMissing.length} tiêu chí (${result.report.levelsMissing.join(', ')}): các ô "Mức hiện tại" đó để trống, hãy điền theo kết quả tự đánh giá.`,
    );
  }
  parts.push(...result.report.levelNotes);
  if (result.report.infoMissing.length > 0) parts.push(`Trang "${INFO_TAB}" còn thiếu: ${result.report.infoMissing.join(', ')}; hãy điền sau.`);
  if (result.report.unplaced > 0) {
    parts.push(
      `${result.report.unplaced} dòng chưa xếp được vào tiêu chí nào: ${written ? 'đã' : 'sẽ'} ghi vào trang "${UNPLACED_TAB}" kèm lý do; hãy xem và chép vào đúng tiêu chí.`,
    );
  }
  for (const conflict of conflicts) {
    parts.push(
      `Trang "${conflict.sheet}", ô ${conflict.cell}: bảng tính ghi "${conflict.kept}", văn bản ghi "${conflict.imported}"; giữ giá trị của bảng tính. Nếu văn bản đúng, hãy sửa ô ${conflict.cell}.`,
    );
  }
  for (const skipped of plan.skippedTabs) {
    parts.push(
      `Trang "${skipped}" không có dòng tiêu đề nhận ra được nên không ghi gì vào đó; hãy sửa dòng tiêu đề (hoặc bấm "Tạo các trang tính") rồi nhập lại.`,
    );
  }
  parts.push(
    written
      ? `Bấm "Kiểm tra" để xem lỗi và cảnh báo. ${source.label[0].toUpperCase()}${source.label.slice(1)} được giữ nguyên.`
      : 'Bấm "Ghi vào bảng tính" để ghi, hoặc "Huỷ" để thôi.',
  );
  return {
    source: source.label,
    framework: framework.id,
    frameworkReason: result.report.frameworkReason,
    tabs,
    levelsFound: result.report.levelsFound,
    levelsMissing: result.report.levelsMissing,
    levelNotes: result.report.levelNotes,
    infoMissing: result.report.infoMissing,
    unplaced: result.report.unplaced,
    conflicts,
    alreadyThere: plan.alreadyThere,
    skippedTabs: plan.skippedTabs,
    written,
    message: parts.join('\n'),
  };
}

function sourceOf(request: ImportRequest, workbook: RawWorkbook): Source {
  return request.source === 'paste' ? pastedSource(workbook) : fileSource(request.fileId);
}

/** What the import would write: reads the workbook (and the picked file), writes nothing. */
export function previewImport(request: ImportRequest): ImportReport {
  const workbook = currentWorkbook();
  const source = sourceOf(request, workbook);
  const mappedPlan = mapped(source);
  checkSameFramework(workbook, mappedPlan.framework);
  const { created, plan } = planned(workbook, mappedPlan);
  return report(
    source,
    mappedPlan,
    plan,
    created.map((template) => template.name),
    false,
  );
}

/**
 * The import, written: the missing tabs created with their rows (one
 * `setValues` each), then per existing tab the inserted rows and one write.
 */
export function applyImport(request: ImportRequest): ImportReport {
  return withDocumentLock(() => {
    const spreadsheet = activeSpreadsheet();
    const workbook = currentWorkbook(spreadsheet);
    const source = sourceOf(request, workbook);
    const mappedPlan = mapped(source);
    checkSameFramework(workbook, mappedPlan.framework);
    const first = planned(workbook, mappedPlan);
    const created = first.created.map((template) => template.name);
    if (created.length > 0 && setupChangesExistingTabs(first.setup)) {
      // Setup moves the existing tabs' cells: set up first, then plan the import on the tabs as they are then.
      applySetup(spreadsheet, first.setup);
      const plan = planImportWrite(currentWorkbook(spreadsheet), mappedPlan.result.workbook, mappedPlan.framework);
      writeImport(spreadsheet, plan);
      return report(source, mappedPlan, plan, created, true);
    }
    createAndWrite(spreadsheet, first);
    const plan = first.plan;
    return report(source, mappedPlan, plan, created, true);
  });
}
