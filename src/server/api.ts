/**
 * The server functions the sidebar calls, and the plain data they return.
 * One interface for both sides: the entry file implements it as Apps
 * Script globals, the sidebar's bridge calls it through
 * `google.script.run`, so a rename or a retype breaks `npm run typecheck`.
 */
import type { BlockingCriterion } from '../domain/cycle/blocking-actions';
import type { LevelCount } from '../domain/frameworks/types';
import type { Issue } from '../domain/validate/issue';

import type { DistrictApi } from './district-api';
import type { DismissRequest, DocumentRequest, ImportRequest, NextYearRequest, OnEdited, ReassessRequest, SetupRequest, ShareRequest } from './requests';
import type { Result } from './result';

export type { DismissRequest, DocumentRequest, ImportRequest, NextYearRequest, OnEdited, ReassessRequest, SetupRequest, ShareRequest } from './requests';

/** Every server function answers with this: a value, or a Vietnamese message for the user. */
export type { Result };

export interface StandardOverview {
  number: number;
  name: string;
  /** The tab's name, or null when the tab is missing. */
  sheetName: string | null;
  /** Criteria found on the tab / criteria the framework has for it. */
  criteriaFound: number;
  criteriaTotal: number;
  errors: number;
  warnings: number;
}

export interface SummaryOverview {
  levels: LevelCount[];
  schoolLevel: number;
  schoolLevelLabel: string;
  nationalStandard: string;
  sentences: string[];
  budgetTotalVnd: number;
  budgetTotalText: string;
}

/** Mức độ thực hiện per standard (TT57 follow-up). */
export interface FollowUpOverview {
  tracked: boolean;
  standards: { number: number; name: string; counts: { value: string; count: number }[]; unmarked: number }[];
  overdue: number;
}

export interface DocumentLinks {
  docId: string;
  docUrl: string;
  pdfUrl: string | null;
  title: string;
  /** ISO time of the last generation. */
  updatedAt: string;
  /** The same, as the school reads it (`08:35, 15/11/2024`, script time zone); empty when unknown. */
  updatedAtText?: string;
  /** A draft (marked DỰ THẢO), made while the plan had errors: not shared with the district until a final one is made. */
  draft: boolean;
}

/** Everything the sidebar shows at a glance. */
export interface PlanOverview {
  schoolName: string;
  schoolYear: string;
  framework: { id: string; title: string; reason: string; levels: number[] };
  standards: StandardOverview[];
  summary: SummaryOverview;
  issues: Issue[];
  errorCount: number;
  warningCount: number;
  /** Warnings the school dismissed ("Bỏ qua"): not in `issues`, not marked, shown again on request. */
  dismissed: Issue[];
  followUp: FollowUpOverview;
  document: DocumentLinks | null;
  /** ISO time of this check. */
  checkedAt: string;
  /**
   * This check's time as the school reads it, `08:30, 15/11/2024`, in the
   * script's time zone (the same clock as the `Tổng hợp` stamp), so the
   * sidebar never shows the browser's own zone (src/server/local-time.ts).
   */
  checkedAtText?: string;
  /** Shown warnings that have company: the same code and the same cell text elsewhere ("Bỏ qua N cảnh báo giống thế này"). */
  similarWarnings?: SimilarWarnings[];
  /** What blocks the level just above the school's (src/domain/summary/next-level.ts). */
  nextLevel?: NextLevelOverview;
  /** True when the open spreadsheet is the Phòng GD&ĐT's roll-up (it has `Các trường`): the sidebar shows the district view instead. */
  district?: boolean;
  /** Standard tabs whose `Mức hiện tại` were pre-filled from last year and not yet confirmed (src/domain/cycle/reassess.ts); null: none. */
  reassess?: ReassessOverview | null;
}

/** The `Mức cần đánh giá lại` row of `Thông tin chung`, as the sidebar's notice shows it. */
export interface ReassessOverview {
  tabs: string[];
  /** Where the row's value is: `Thông tin chung`, `B16`. */
  sheet: string;
  cell: string;
}

/** "Đã đánh giá lại": the tabs still to re-assess after this one. */
export interface ReassessReport {
  tab: string;
  remaining: string[];
  message: string;
}

/** The next level and its blockers, as the sidebar lists them (src/ui/next-level.ts). */
export interface NextLevelOverview {
  schoolLevel: number;
  /** Null at the framework's top level. */
  targetLevel: number | null;
  /** `Để đạt Mức 2, nhà trường còn 3 điều kiện:` */
  heading: string;
  blockers: { kind: 'criterion' | 'choice' | 'requirement'; codes: string[]; text: string }[];
  /** Each blocking criterion's action rows, for "Chỉ các công việc của tiêu chí đang chặn" (src/domain/cycle/blocking-actions.ts). */
  criteria?: BlockingCriterion[];
}

/** One warning and how many shown warnings (itself included) share its code and its cell's text; only counts of 2 or more. */
export interface SimilarWarnings {
  sheet: string;
  cell: string;
  code: string;
  count: number;
}

export interface SetupReport {
  framework: string;
  createdTabs: string[];
  addedColumns: { sheet: string; headers: string[] }[];
  addedRows: { sheet: string; count: number }[];
  skippedTabs: string[];
  message: string;
  /** Existing tabs whose TT / Tiêu chí columns are not frozen, when setup has never asked: the sidebar asks, then calls again with `freezeColumns`. */
  freezeQuestion?: FreezeQuestion | null;
  /** Tabs whose TT / Tiêu chí columns this run froze, because the user agreed. */
  frozenTabs?: string[];
}

/** Setup's question before freezing columns on tabs the user already has (issue 18, point 11). */
export interface FreezeQuestion {
  tabs: string[];
  question: string;
}

/** What setup proposes before the user confirms (TT57 proposed from 2026-2027). */
export interface SetupProposal {
  proposed: string;
  reason: string;
  choices: { id: string; title: string }[];
  /** True when the workbook already has the tabs (setup would only complete them). */
  existing: boolean;
}

export interface CheckReport {
  overview: PlanOverview;
  /** Cells marked / marks cleared in this run. */
  marked: number;
  cleared: number;
}

/** Why the add-on stopped and asks the user before touching the Doc. */
export interface DocumentDecision {
  reason: 'edited' | 'readOnly' | 'notVisible';
  /** The values of DocumentRequest.onEdited the sidebar should offer, in this order. */
  choices: Exclude<OnEdited, 'ask'>[];
  /** The person concerned, when Drive says: who last edited it, or whose Doc it is. */
  person: { email: string; name: string } | null;
  /** ISO time of the hand edit, when known. */
  editedAt: string | null;
}

export interface DocumentReport {
  /** The Doc now (after a decision: the existing one, untouched). */
  links: DocumentLinks;
  created: boolean;
  /** Vietnamese: what happened, and the one manual step left (page numbers). */
  message: string;
  /** Non-null: nothing was written; ask the user, then call again with `onEdited`. */
  decision: DocumentDecision | null;
  /** True when this generation replaced hand edits in the Doc (the user chose to overwrite). */
  replacedEdits: boolean;
  /** Whether the PDF copy now matches the Doc. */
  pdfSaved: boolean;
}

/** What happened for one address. */
export interface RecipientOutcome {
  email: string;
  /**
   * `shared`: the Doc and the PDF (when there is a current one) are shared;
   * `docOnly`: the Doc is shared, the PDF could not be; `failed`: nothing
   * was shared with this address.
   */
  status: 'shared' | 'docOnly' | 'failed';
  /** Drive e-mailed this person (about the Doc, and about the PDF when it had to). */
  notified: boolean;
  /** Vietnamese: why something failed and what to do; null when all went through. */
  problem: string | null;
}

export interface ShareReport {
  /** Addresses the Doc is now shared with (status `shared` or `docOnly`). */
  shared: string[];
  links: DocumentLinks;
  message: string;
  /** One entry per address, in the order they were written. */
  recipients: RecipientOutcome[];
  /** True only when every address got everything (the Doc, and the PDF when there is one). */
  complete: boolean;
}

/** What an import writes (or would write) on one tab. */
export interface ImportTabOutcome {
  tab: string;
  /** Rows added under their criterion (or at the bottom of a new tab). */
  newRows: number;
  /** Blank cells of existing rows filled (a criterion's row left blank by setup). */
  filledCells: number;
  created: boolean;
}

/** A value the workbook already has and the document states otherwise: the workbook's is kept. */
export interface ImportConflictOutcome {
  sheet: string;
  cell: string;
  kept: string;
  imported: string;
}

/** The import's preview (nothing written yet) or its outcome. */
export interface ImportReport {
  /** Where the plan came from, as the school reads it: `trang "Nhập"`, or the file's name. */
  source: string;
  framework: string;
  frameworkReason: string;
  tabs: ImportTabOutcome[];
  /** Criteria (and Mức 4 requirements) whose level the document states; the others are listed. */
  levelsFound: number;
  levelsMissing: string[];
  infoMissing: string[];
  /** Rows sent to `Nhập – chưa xếp`, each with its reason. */
  unplaced: number;
  conflicts: ImportConflictOutcome[];
  /** Imported rows the workbook already has word for word (not written twice). */
  alreadyThere: number;
  /** Tabs whose header row was not recognised: nothing written there. */
  skippedTabs: string[];
  /** True once written (applyImport); false for the preview. */
  written: boolean;
  /** Vietnamese: what will be (or was) written, and what to do next. */
  message: string;
  /** Vietnamese: level figures the document states without saying which criteria (`Mức 4: đạt 2/5`), and the least level of the open ones. */
  levelNotes: string[];
}

/** "Lập kế hoạch năm học mới" (issue 19): the spreadsheet made, or the one made before and the question. */
export interface NextYearReport {
  /** Non-null: a spreadsheet was made before and still exists; nothing was done (offer "mở" or "tạo lại"). */
  existing: { url: string; name: string; schoolYear: string; createdAt: string } | null;
  /** Non-null: the spreadsheet just made. */
  created: { url: string; name: string; inFolder: boolean } | null;
  fromYear: string;
  toYear: string;
  fromFramework: string;
  toFramework: string;
  /** Actions carried / finished and left behind. */
  carried: number;
  finished: number;
  /** Vietnamese, each naming its tab and cell (unreadable time or progress: carried anyway). */
  warnings: string[];
  /** What happened and what the school does next, in Vietnamese. */
  message: string;
}

/** One school year of the `Lịch sử` tab, as the sidebar draws it. */
export interface HistoryYearOverview {
  schoolYear: string;
  framework: string;
  levels: LevelCount[];
  schoolLevel: number;
  schoolLevelLabel: string;
  budgetTotalVnd: number;
  actionsFinished: number;
  actionsUnfinished: number;
  /** Counts towards điểm b khoản 1 Điều 16; else `whyNot`. */
  counts: boolean;
  whyNot: string;
  spreadsheetUrl: string;
  documentUrl: string;
  /** The year of the open spreadsheet (made anew, not read back from the tab). */
  current: boolean;
}

/** The school's years and khoản 1 Điều 16 TT57/2026 (src/domain/cycle/history.ts). */
export interface HistoryOverview {
  years: HistoryYearOverview[];
  threeYears: { met: boolean; years: string[]; sentences: string[] };
  assumptions: string[];
  warnings: string[];
}

/** The server functions, by name, as `google.script.run` sees them. */
export interface ServerApi extends DistrictApi {
  getOverview(): Result<PlanOverview>;
  proposeSetup(): Result<SetupProposal>;
  setupTabs(request: SetupRequest): Result<SetupReport>;
  checkPlan(): Result<CheckReport>;
  dismissWarnings(request: DismissRequest): Result<CheckReport>;
  restoreWarnings(): Result<CheckReport>;
  writeSummary(): Result<PlanOverview>;
  goToCell(sheet: string, cell: string): Result<null>;
  createDocument(request: DocumentRequest): Result<DocumentReport>;
  shareDocument(request: ShareRequest): Result<ShareReport>;
  previewImport(request: ImportRequest): Result<ImportReport>;
  applyImport(request: ImportRequest): Result<ImportReport>;
  createNextYear(request: NextYearRequest): Result<NextYearReport>;
  getHistory(): Result<HistoryOverview>;
  writeHistory(): Result<HistoryOverview>;
  confirmReassessed(request: ReassessRequest): Result<ReassessReport>;
}

export type ServerFunctionName = keyof ServerApi;
