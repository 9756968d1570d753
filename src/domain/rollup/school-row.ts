/**
 * One school of the district roll-up: its workbook analysed exactly as the
 * school's own sidebar analyses it (analysePlan), reduced to the numbers the
 * Phòng GD&ĐT reports. A workbook that is empty, is not a plan or could not
 * be read is still one row, with the reason in Vietnamese: the district
 * specialist must see every school it asked for, never a silent gap.
 */
import { planDocumentOfSummary } from '../summary/summary-tab';
import { analysePlan, type PlanAnalysis } from '../analyse';
import type { Framework } from '../frameworks/types';
import type { SimpleDate } from '../parse/types';
import { formatSchoolYear } from '../parse/school-year';
import { foldKey, isBlank } from '../text';
import { INFO_TAB } from '../workbook/plan';
import type { RawWorkbook } from '../workbook/raw';

/**
 * What the caller hands in for one school: a workbook with where it came
 * from, or why it could not be read (a whole Vietnamese sentence that says
 * what to do, as the file reader or Google's error gave it).
 */
export type SchoolInput = { label: string; workbook: RawWorkbook } | { label: string; unreadable: string };

/**
 * `plan`: counted in the district totals (with or without errors, as the
 * school sees it). The others are listed, never counted: `duplicate` is the
 * same school and năm học as a row above it.
 */
export type SchoolStatus = 'plan' | 'empty' | 'notAPlan' | 'unreadable' | 'duplicate' | 'otherFramework';

/** Met/total of one level; `mandatory` is TT57's ★ criteria counted apart. */
export interface LevelResult {
  level: number;
  met: number;
  total: number;
  mandatory: { met: number; total: number } | null;
}

/** Mức độ thực hiện of the improvement rows (TT57's `Theo dõi`); null when the framework has none (TT17, TT18, TT19). */
export interface FollowUpCounts {
  done: number;
  inProgress: number;
  notDone: number;
  unmarked: number;
  overdue: number;
}

export interface PlanFigures {
  frameworkId: string;
  frameworkTitle: string;
  schoolLevel: number;
  /** `Mức 1`, `Chưa đạt Mức 1`. */
  schoolLevelLabel: string;
  /** What the level means for chuẩn quốc gia, the framework's own sentence. */
  nationalStandard: string;
  levels: LevelResult[];
  errors: number;
  warnings: number;
  budgetVnd: number;
  /** Kinh phí per standard (and the requirement tab), labels as in the school's summary. */
  budgetLines: { label: string; vnd: number }[];
  followUp: FollowUpCounts | null;
  /** Criterion codes below Mức 1 and below Mức 2 (the district's priorities are counted from these). */
  belowLevel1: string[];
  belowLevel2: string[];
  /** The plan's Google Doc, as the school's `Tổng hợp` records it (the Phòng cannot read the school's document properties). */
  planDocument: PlanDocumentState;
}

/**
 * `final` / `draft`: a Doc exists, with its link; `none`: the school's
 * `Tổng hợp` says none was made; `unknown`: `Tổng hợp` was never written
 * (or before the add-on recorded the Doc there).
 */
export type PlanDocumentState = { state: 'final' | 'draft'; url: string } | { state: 'none' | 'unknown'; url: null };

function planDocumentState(analysis: PlanAnalysis): PlanDocumentState {
  const recorded = planDocumentOfSummary(analysis.workbook);
  if (!recorded) return { state: 'unknown', url: null };
  if (!recorded.document) return { state: 'none', url: null };
  return { state: recorded.document.final ? 'final' : 'draft', url: recorded.document.url };
}

export interface SchoolRow {
  /** Where the workbook came from: a file name here, a spreadsheet later. */
  label: string;
  status: SchoolStatus;
  /** Why the row is not counted, in Vietnamese, saying what to do; null for a counted plan. */
  reason: string | null;
  /** `Tên trường` as typed ('' when blank or not a plan). */
  school: string;
  /** `2026-2027`, or null when blank or unreadable. */
  schoolYear: string | null;
  /** How the school is recognised twice: folded `Tên trường` + năm học (see identityOf). */
  identity: string;
  figures: PlanFigures | null;
}

function notCounted(label: string, status: SchoolStatus, reason: string): SchoolRow {
  return { label, status, reason, school: '', schoolYear: null, identity: `tệp:${label}`, figures: null };
}

function isEmptyWorkbook(workbook: RawWorkbook): boolean {
  return workbook.sheets.every((tab) => tab.values.every((row) => row.every((cell) => isBlank(cell))));
}

/**
 * The same school read twice: `Tên trường` folded (no accents, case or
 * spacing differences: `Trường TH An Phú` = `truong th an phu`) with the
 * năm học. A plan without a school name is recognised by its file only, so
 * two unnamed plans are never merged by mistake.
 */
export function identityOf(label: string, school: string, schoolYear: string | null): string {
  if (foldKey(school) === '') return `tệp:${label}`;
  return `${foldKey(school)}|${schoolYear ?? ''}`;
}

function followUpCounts(analysis: PlanAnalysis): FollowUpCounts | null {
  const followUp = analysis.followUp;
  if (!followUp || !followUp.tracked) return null;
  // progressValues are in the framework's order: Hoàn thành, Đang thực hiện, Chưa hoàn thành.
  const at = (index: number) => followUp.standards.reduce((sum, standard) => sum + (standard.counts[index]?.count ?? 0), 0);
  return {
    done: at(0),
    inProgress: at(1),
    notDone: at(2),
    unmarked: followUp.standards.reduce((sum, standard) => sum + standard.unmarked, 0),
    overdue: followUp.overdue.length,
  };
}

/** Codes below a level, criteria only (TT17's Mức 4 counts requirements, not criteria). */
function criteriaBelow(analysis: PlanAnalysis, level: number): string[] {
  if (analysis.framework.requirements?.level === level) return [];
  return analysis.summary.notMet.find((entry) => entry.level === level)?.codes ?? [];
}

function figuresOf(analysis: PlanAnalysis): PlanFigures {
  const summary = analysis.summary;
  return {
    frameworkId: analysis.framework.id,
    frameworkTitle: analysis.framework.title,
    schoolLevel: summary.schoolLevel,
    schoolLevelLabel: summary.schoolLevelLabel,
    nationalStandard: summary.nationalStandard,
    levels: summary.levels.map((count) => ({ level: count.level, met: count.met, total: count.total, mandatory: count.mandatory ?? null })),
    errors: analysis.errorCount,
    warnings: analysis.warningCount,
    budgetVnd: summary.budgetTotalVnd,
    budgetLines: summary.budgetLines,
    followUp: followUpCounts(analysis),
    belowLevel1: criteriaBelow(analysis, 1),
    belowLevel2: criteriaBelow(analysis, 2),
    planDocument: planDocumentState(analysis),
  };
}

/** Does the workbook hold any tab of a plan? Without `Thông tin chung` and without one standard tab it is some other spreadsheet. */
function looksLikePlan(analysis: PlanAnalysis): boolean {
  return analysis.plan.info.sheetName !== null || analysis.plan.standardTabs.length > 0;
}

/** One school's row. Never throws: a failure of the analysis itself becomes an `unreadable` row. */
export function schoolRow(input: SchoolInput, today: SimpleDate | undefined, known?: Framework[]): SchoolRow {
  const { label } = input;
  if ('unreadable' in input) return notCounted(label, 'unreadable', input.unreadable);
  const workbook = input.workbook;
  if (workbook.sheets.length === 0 || isEmptyWorkbook(workbook)) {
    return notCounted(label, 'empty', 'Bảng tính trống: chưa có trang tính nào có dữ liệu. Hãy đề nghị trường gửi lại đúng bảng tính kế hoạch đã điền.');
  }
  let analysis: PlanAnalysis;
  try {
    analysis = analysePlan(workbook, { today, known });
  } catch (cause) {
    // A bug of ours must not stop the other schools: the row says so.
    return notCounted(
      label,
      'unreadable',
      `Không phân tích được bảng tính (${String((cause as Error)?.message ?? cause)}). Hãy báo cho người hỗ trợ kỹ thuật kèm tệp này.`,
    );
  }
  if (!looksLikePlan(analysis)) {
    const names = workbook.sheets
      .slice(0, 3)
      .map((tab) => `"${tab.name}"`)
      .join(', ');
    return notCounted(
      label,
      'notAPlan',
      `Không phải bảng tính kế hoạch cải tiến: không có trang "${INFO_TAB}" và không có trang "${analysis.framework.standardTabPrefix} 1"… (các trang có: ${names}). Hãy đề nghị trường gửi đúng bảng tính kế hoạch.`,
    );
  }
  const school = analysis.plan.info.schoolName;
  const schoolYear = analysis.schoolYear ? formatSchoolYear(analysis.schoolYear) : null;
  return { label, status: 'plan', reason: null, school, schoolYear, identity: identityOf(label, school, schoolYear), figures: figuresOf(analysis) };
}

/**
 * When the Phòng rolls up one framework only (the add-on's district mode
 * lets it choose): a plan on another framework is listed with the reason,
 * its figures kept for the specialist to see, and not counted, since its
 * criteria and levels are not the district's.
 */
export function requireFramework(row: SchoolRow, framework: Framework | null): SchoolRow {
  if (!framework || row.status !== 'plan' || !row.figures || row.figures.frameworkId === framework.id) return row;
  return {
    ...row,
    status: 'otherFramework',
    reason: `Kế hoạch theo ${row.figures.frameworkTitle}, không phải ${framework.title} mà Phòng đang tổng hợp, nên không tính. Hãy hỏi trường đã chọn đúng khung đánh giá chưa (ô "Khung đánh giá" của trang "${INFO_TAB}"), hoặc tổng hợp với "mọi khung đánh giá".`,
  };
}
