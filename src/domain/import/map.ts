/**
 * A plan document → the workbook (the offline JSON format of the workbook
 * spec). Pure: the readers (src/import-readers) turn a .docx, a Google
 * Docs API document or an HTML page into DocumentContent; this decides the
 * framework, fills `Thông tin chung`, the standard tabs (every criterion,
 * its level where the document states it, its action rows with their
 * continuation rows), `Mức 4` and the TT57 extra tabs. Whatever it cannot
 * place goes to `Nhập – chưa xếp` with the reason: nothing is dropped.
 * docs/import.md explains the rules.
 */
import type { Cell } from '../cell';
import { frameworkForSchoolYear, tt17TieuHoc, tt57 } from '../frameworks';
import { standardTabName, type ExtraTable, type Framework } from '../frameworks/types';
import type { LevelNote } from '../document/spec';
import { foldLine } from '../parse/fold';
import { formatLevel } from '../parse/level';
import { INFO_KEYS } from '../workbook/info';
import { INFO_TAB } from '../workbook/plan';
import type { RawSheet, RawWorkbook } from '../workbook/raw';
import { criterionLabel } from '../workbook/template';
import { allLines, tableGrid, type DocumentContent, type GridCell } from './content';
import { headingMatcher, printedExtraColumns, printedPlanColumns } from './columns';
import { extractInfo, type ImportedInfo } from './info';
import { sectionTextSheet } from './sections';
import {
  levelFromSentences,
  minimumFromSentences,
  readLevelSentences,
  readResultsTable,
  requirementFromSentences,
  unplacedFigures,
  type LevelSentence,
} from './levels';
import {
  EXTRA_PREFIX,
  findPlanHeader,
  readPlanTable,
  type ImportedRow,
  type PlanTableHeader,
  type PlanTableResult,
  type PlanTableState,
  type UnplacedRow,
} from './plan-table';

/** The tab for what the import could not place (workbook spec: unknown tabs are ignored by the checks). */
export const UNPLACED_TAB = 'Nhập – chưa xếp';

export interface ImportReport {
  /** Framework id (`TT17 tiểu học`, `TT57/2026`). */
  framework: string;
  /** Why that framework, in Vietnamese. */
  frameworkReason: string;
  /** Improvement rows written per tab (rows with an action, result or other content). */
  rowsPerTab: { tab: string; rows: number }[];
  /** Criteria and requirements whose level the document states. */
  levelsFound: number;
  /** Those it does not state: `1.1`, `Mức 4 – yêu cầu 3`; their level cells are left blank. */
  levelsMissing: string[];
  /**
   * What the document states about levels without saying which criteria
   * (`Mức 2: đạt 25/27`, `Mức 4: đạt 2/5`), and the least level of the
   * criteria it leaves open (`Mức 1: đạt 27/27`), in Vietnamese.
   */
  levelNotes: string[];
  /** `Thông tin chung` keys the document does not state (left blank). */
  infoMissing: string[];
  /** Rows written to `Nhập – chưa xếp`. */
  unplaced: number;
}

export interface ImportResult {
  workbook: RawWorkbook;
  report: ImportReport;
}

/**
 * The frameworks an imported plan is matched against by default: the
 * tiểu học ones, whose plans the fixtures cover. Other school types are
 * passed in by the caller once their plans have been seen.
 */
export const IMPORT_FRAMEWORKS: Framework[] = [tt17TieuHoc, tt57];

interface FoundTables {
  plan: PlanTableResult;
  extra: Map<string, Cell[][]>;
  results: Map<string, number>;
}

// ---------------------------------------------------------------- framework

/** How many of a framework's own column keys (not shared with the other frameworks) a table's headings name. */
function shapeScore(framework: Framework, grids: GridCell[][][], others: Framework[]): number {
  const matcher = headingMatcher(framework.standardColumns, printedPlanColumns(framework));
  const shared = new Set<string>(others.flatMap((other) => other.standardColumns.map((column) => column.key)));
  let best = 0;
  for (const grid of grids) {
    for (const row of grid.slice(0, 3)) {
      const own = new Set(row.map((cell) => matcher.keyOf(cell.text)).filter((key): key is string => key !== null && !shared.has(key)));
      best = Math.max(best, own.size);
    }
  }
  return best;
}

/** The frameworks whose Thông tư number (`17/2018`, `57/2026`, taken from their aliases) the text cites. */
function citedFrameworks(text: string, known: Framework[]): Framework[] {
  return known.filter((framework) =>
    framework.aliases.some((alias) => {
      const number = /\d+\/\d{4}/.exec(alias)?.[0];
      return number !== undefined && new RegExp(`(?:^|\\D)${number.replace('/', '\\/')}`).test(text);
    }),
  );
}

function chooseFramework(lines: string[], grids: GridCell[][][], info: ImportedInfo, known: Framework[]): { framework: Framework; reason: string } {
  const cited = citedFrameworks(lines.join('\n'), known);
  const scores = known.map((framework) => ({
    framework,
    score: shapeScore(
      framework,
      grids,
      known.filter((other) => other !== framework),
    ),
  }));
  scores.sort((a, b) => b.score - a.score);
  const shape = scores[0].score >= 2 && scores[0].score > (scores[1]?.score ?? 0) ? scores[0].framework : null;

  if (cited.length === 1 && (shape === null || shape === cited[0])) {
    return { framework: cited[0], reason: `Văn bản dẫn ${cited[0].title}${shape ? ' và bảng kế hoạch có các cột của khung này' : ''}.` };
  }
  if (shape) return { framework: shape, reason: `Bảng kế hoạch có các cột của ${shape.title}.` };
  const startYear = info.schoolYear === '' ? null : Number(info.schoolYear.slice(0, 4));
  const byYear = frameworkForSchoolYear(startYear);
  const framework = known.includes(byYear) ? byYear : known[0];
  return {
    framework,
    reason: `Văn bản không nói rõ khung đánh giá: chọn ${framework.title} theo năm học${startYear === null ? ' (không đọc được năm học)' : ` ${info.schoolYear}`}.`,
  };
}

// ---------------------------------------------------------------- tables

function planLevelNote(framework: Framework): LevelNote | null {
  for (const column of printedPlanColumns(framework)) if (column.source.kind === 'field' && column.source.levelNote) return column.source.levelNote;
  return null;
}

function emptyStandardNotes(framework: Framework): string[] {
  const notes: string[] = [];
  for (const section of framework.document.sections) {
    for (const part of section.parts) if (part.kind === 'planTable' && part.table.emptyStandardNote) notes.push(part.table.emptyStandardNote);
  }
  return notes;
}

/** An extra table's rows in its tab's column order, or null when the grid is not that table. */
function readExtraTable(grid: GridCell[][], spec: ExtraTable, framework: Framework): Cell[][] | null {
  const matcher = headingMatcher(spec.columns, printedExtraColumns(framework, spec.tabName));
  for (let headerRow = 0; headerRow < Math.min(3, grid.length); headerRow++) {
    const keys = grid[headerRow].map((cell) => matcher.keyOf(cell.text));
    if (!keys.includes(spec.anchorKey) || new Set(keys.filter((key) => key !== null)).size < 3) continue;
    const rows: Cell[][] = [];
    for (const row of grid.slice(headerRow + 1)) {
      const values: Cell[] = spec.columns.map((column) => {
        const col = keys.indexOf(column.key);
        return col >= 0 && row[col]?.origin ? row[col].text : '';
      });
      if (values.some((value) => value !== '')) rows.push(values);
    }
    return rows;
  }
  return null;
}

/** A table that is page layout: the NĐ30 header or the signature block. */
function isLayoutTable(grid: GridCell[][]): boolean {
  const text = foldLine(grid.flatMap((row) => row.map((cell) => cell.text)).join(' '));
  return /cong hoa xa hoi chu nghia viet nam|noi nhan|hieu truong$/.test(text) || /\bso\s*:.*\/kh/.test(text);
}

/** The paragraph just before a table, if it names `MỨC 4` (the requirement table of TT17 plans). */
function followsLevel4Heading(content: DocumentContent, blockIndex: number): boolean {
  for (let i = blockIndex - 1; i >= Math.max(0, blockIndex - 3); i--) {
    const block = content.blocks[i];
    if (block.type !== 'paragraph') return false;
    const folded = foldLine(block.text);
    if (folded === '') continue;
    return /^(?:[ivx\d]+[.)]\s*)?(?:[a-z]\)\s*)?(?:cac yeu cau\s*)?muc\s*4\b/.test(folded);
  }
  return false;
}

function readTables(content: DocumentContent, framework: Framework): FoundTables {
  const found: FoundTables = {
    plan: { criteria: new Map(), requirements: new Map(), extraHeadings: [], unplaced: [] },
    extra: new Map(),
    results: new Map(),
  };
  const requirementColumns = framework.requirements?.columns ?? [];
  const matcher = headingMatcher(
    [...framework.standardColumns, ...requirementColumns.filter((column) => !framework.standardColumns.some((own) => own.key === column.key))],
    printedPlanColumns(framework),
  );
  let tableNumber = 0;
  /** The improvement table just read, while nothing but blank paragraphs follows it. */
  let previous: { header: PlanTableHeader; width: number; state: PlanTableState } | null = null;
  content.blocks.forEach((block, blockIndex) => {
    if (block.type !== 'table') {
      if (foldLine(block.text) !== '') previous = null;
      return;
    }
    tableNumber += 1;
    const tableLabel = `Bảng ${tableNumber}`;
    const grid = tableGrid(block);
    const ownHeader = findPlanHeader(grid, matcher);
    // Word splits a long table at a page break into two tables, the second without its heading row.
    const goesOn = !ownHeader && previous !== null && grid[0]?.length === previous.width;
    const header = ownHeader ?? (goesOn && previous ? { row: -1, keys: previous.header.keys } : null);
    if (header) {
      const state = readPlanTable(
        {
          grid,
          header,
          framework,
          startsWithRequirements: followsLevel4Heading(content, blockIndex),
          tableLabel,
          levelNote: planLevelNote(framework),
          ignoredNotes: emptyStandardNotes(framework),
        },
        found.plan,
        goesOn && previous ? previous.state : null,
      );
      previous = { header, width: grid[0]?.length ?? 0, state };
      return;
    }
    previous = null;
    for (const spec of framework.extraTables) {
      const rows = readExtraTable(grid, spec, framework);
      if (rows) {
        found.extra.set(spec.tabName, [...(found.extra.get(spec.tabName) ?? []), ...rows]);
        return;
      }
    }
    const results = readResultsTable(grid, framework);
    if (results) {
      for (const [code, level] of results) found.results.set(code, level);
      return;
    }
    if (isLayoutTable(grid)) return;
    grid.forEach((row, r) => {
      const cells = row.filter((cell) => cell.origin && cell.text !== '').map((cell) => cell.text);
      if (cells.length > 0) {
        found.plan.unplaced.push({
          where: `${tableLabel}, dòng ${r + 1}`,
          reason: 'Bảng này không có dòng tiêu đề của bảng kế hoạch cải tiến (Tiêu chí, Công việc/giải pháp…): không biết xếp vào tab nào.',
          cells,
        });
      }
    });
  });
  return found;
}

// ---------------------------------------------------------------- workbook

function infoSheet(info: ImportedInfo, framework: Framework): RawSheet {
  const values: Record<string, string> = {
    governingBody: info.governingBody,
    schoolName: info.schoolName,
    schoolCode: info.schoolCode,
    planNumber: info.planNumber,
    place: info.place,
    issueDate: info.issueDate,
    schoolYear: info.schoolYear,
    principal: info.principal,
    shareEmails: '',
    framework: framework.aliases[0],
    schoolType: info.schoolType,
    address: info.address,
  };
  const rows: Cell[][] = [['Mục', 'Nội dung', 'Gợi ý']];
  for (const key of INFO_KEYS) {
    if (key.key === 'recipients') {
      const lines = info.recipients.length > 0 ? info.recipients : [''];
      for (const line of lines) rows.push([key.label, line, line === '' ? key.hint : '']);
      continue;
    }
    // The TT57 section I keys only on TT57 workbooks, as setup does.
    if ((key.key === 'schoolType' || key.key === 'address') && framework.extraTables.length === 0) continue;
    const value = values[key.key] ?? '';
    rows.push([key.label, value, value === '' ? key.hint : '']);
  }
  return { name: INFO_TAB, values: rows };
}

/** Does a row hold anything beyond its criterion and levels? */
function hasContent(row: ImportedRow): boolean {
  for (const [key, value] of row) if (key !== 'currentLevel' && key !== 'targetLevel' && value !== '') return true;
  return false;
}

interface TabBuild {
  sheet: RawSheet;
  contentRows: number;
}

function subjectTab(
  name: string,
  columns: { key: string; header: string }[],
  extraHeadings: string[],
  subjects: { label: string; rows: ImportedRow[]; level: string }[],
): TabBuild {
  const keys = [...columns.map((column) => column.key), ...extraHeadings.map((heading) => `${EXTRA_PREFIX}${heading}`)];
  const values: Cell[][] = [[...columns.map((column) => column.header), ...extraHeadings]];
  let contentRows = 0;
  subjects.forEach((subject, index) => {
    const rows = subject.rows.length > 0 ? subject.rows : [new Map<string, string>()];
    rows.forEach((row, rowIndex) => {
      if (hasContent(row)) contentRows += 1;
      values.push(
        keys.map((key) => {
          if (rowIndex > 0) return key === 'tt' || key === 'criterion' ? '' : (row.get(key) ?? '');
          if (key === 'tt') return index + 1;
          if (key === 'criterion') return subject.label;
          if (key === 'currentLevel') return row.get(key) ?? subject.level;
          return row.get(key) ?? '';
        }),
      );
    });
  });
  return { sheet: { name, values }, contentRows };
}

function unplacedSheet(rows: UnplacedRow[]): RawSheet {
  const width = Math.max(1, ...rows.map((row) => row.cells.length));
  const header: Cell[] = ['Vị trí trong văn bản', 'Lý do', ...Array.from({ length: width }, (_, i) => `Ô ${i + 1}`)];
  return {
    name: UNPLACED_TAB,
    values: [header, ...rows.map((row) => [row.where, row.reason, ...Array.from({ length: width }, (_, i) => row.cells[i] ?? '')])],
  };
}

/**
 * The criterion cell: as the document prints it when it names the
 * criterion (`Tiêu chí 1.1: Phương hướng…`), the framework's label when it
 * is a bare code (`TC 3.4`, `1.1`), so the tab reads like setup's.
 */
function labelOf(printed: string | undefined, canonical: string): string {
  if (!printed) return canonical;
  const bare = /^(?:(?:tieu chi|tc|yeu cau|yc)\s*(?:so\s*)?)?[\d.,\s:]*$/.test(foldLine(printed));
  return bare ? canonical : printed;
}

/** The document's content as a workbook, with what was found and what was not. */
export function mapDocument(content: DocumentContent, known: Framework[] = IMPORT_FRAMEWORKS): ImportResult {
  const lines = allLines(content);
  const info = extractInfo(lines);
  const grids = content.blocks.flatMap((block) => (block.type === 'table' ? [tableGrid(block)] : []));
  const { framework, reason } = chooseFramework(lines, grids, info, known);
  const found = readTables(content, framework);
  const sentences = readLevelSentences(lines);

  const sheets: RawSheet[] = [infoSheet(info, framework)];
  const rowsPerTab: ImportReport['rowsPerTab'] = [];
  const levelsMissing: string[] = [];
  const atLeast = new Map<number, string[]>();
  let levelsFound = 0;

  for (const standard of framework.standards) {
    const subjects = standard.criteria.map((criterion) => {
      const fromDocument = found.plan.criteria.get(criterion.code);
      const stated = fromDocument?.rows[0]?.get('currentLevel');
      const level = found.results.get(criterion.code) ?? levelFromSentences(criterion.code, criterion.maxLevel, sentences);
      const levelText = stated ?? (level === null ? '' : formatLevel(level));
      if (levelText === '') {
        levelsMissing.push(criterion.code);
        const minimum = minimumFromSentences(criterion.code, criterion.maxLevel, sentences);
        if (minimum > 0) atLeast.set(minimum, [...(atLeast.get(minimum) ?? []), criterion.code]);
      } else levelsFound += 1;
      return { label: labelOf(fromDocument?.label, criterionLabel(criterion.code, criterion.name)), rows: fromDocument?.rows ?? [], level: levelText };
    });
    const tab = subjectTab(standardTabName(framework, standard.number), framework.standardColumns, found.plan.extraHeadings, subjects);
    sheets.push(tab.sheet);
    rowsPerTab.push({ tab: tab.sheet.name, rows: tab.contentRows });
  }

  const requirements = framework.requirements;
  if (requirements) {
    const sentence: LevelSentence | undefined = sentences.get(requirements.level);
    const subjects = requirements.items.map((item) => {
      const fromDocument = found.plan.requirements.get(item.number);
      const stated = fromDocument?.rows[0]?.get('currentLevel');
      const met = requirementFromSentences(item.number, sentence);
      const levelText = stated ?? (met === null ? '' : met ? 'Đạt' : 'Không đạt');
      if (levelText === '') levelsMissing.push(`Mức ${requirements.level} – yêu cầu ${item.number}`);
      else levelsFound += 1;
      return { label: labelOf(fromDocument?.label, `Tiêu chí ${item.number}: ${item.text}`), rows: fromDocument?.rows ?? [], level: levelText };
    });
    const tab = subjectTab(requirements.tabName, requirements.columns, found.plan.extraHeadings, subjects);
    sheets.push(tab.sheet);
    rowsPerTab.push({ tab: tab.sheet.name, rows: tab.contentRows });
  }

  for (const spec of framework.extraTables) {
    const rows = found.extra.get(spec.tabName);
    const keyCol = spec.columns.findIndex((column) => column.key === spec.requiredRows?.key);
    const prefilled: Cell[][] = (spec.requiredRows?.values ?? []).map((value) => spec.columns.map((_, col) => (col === keyCol ? value : '')));
    const values = [spec.columns.map((column) => column.header), ...(rows ?? prefilled)];
    sheets.push({ name: spec.tabName, values });
    rowsPerTab.push({ tab: spec.tabName, rows: rows?.length ?? 0 });
  }

  const sectionText = sectionTextSheet(content, framework);
  if (sectionText) sheets.push(sectionText);

  if (found.plan.unplaced.length > 0) sheets.push(unplacedSheet(found.plan.unplaced));

  const levelNotes = [
    ...unplacedFigures(sentences, requirements?.level ?? null),
    ...[...atLeast.entries()].map(
      ([level, codes]) =>
        `Tiêu chí ${codes.join(', ')}: theo văn bản đạt ít nhất Mức ${level}; ô "Mức hiện tại" để trống, hãy chọn mức đúng theo báo cáo tự đánh giá.`,
    ),
  ];

  const infoMissing = INFO_KEYS.filter((key) => {
    if (key.key === 'shareEmails' || key.key === 'framework') return false;
    if ((key.key === 'schoolType' || key.key === 'address') && framework.extraTables.length === 0) return false;
    if (key.key === 'recipients') return info.recipients.length === 0;
    return (info as unknown as Record<string, string>)[key.key] === '';
  }).map((key) => key.label);

  return {
    workbook: { sheets },
    report: {
      framework: framework.id,
      frameworkReason: reason,
      rowsPerTab,
      levelsFound,
      levelsMissing,
      levelNotes,
      infoMissing,
      unplaced: found.plan.unplaced.length,
    },
  };
}
