/**
 * The server functions the sidebar calls, and the plain data they return.
 * One interface for both sides: the entry file implements it as Apps
 * Script globals, the sidebar's bridge calls it through
 * `google.script.run`, so a rename or a retype breaks `npm run typecheck`.
 */
import type { LevelCount } from '../domain/frameworks/types';
import type { Issue } from '../domain/validate/issue';

/** Every server function answers with this: a value, or a Vietnamese message for the user. */
export type Result<T> = { ok: true; value: T } | { ok: false; message: string };

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
  followUp: FollowUpOverview;
  document: DocumentLinks | null;
  /** ISO time of this check. */
  checkedAt: string;
}

export interface SetupRequest {
  /** `TT17 tiểu học` or `TT57/2026`; omitted: the workbook's own choice (cell, then school year). */
  framework?: string;
}

export interface SetupReport {
  framework: string;
  createdTabs: string[];
  addedColumns: { sheet: string; headers: string[] }[];
  addedRows: { sheet: string; count: number }[];
  skippedTabs: string[];
  message: string;
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

export interface DocumentRequest {
  /** True: a new Doc even when one exists. */
  newVersion: boolean;
}

export interface DocumentReport {
  links: DocumentLinks;
  created: boolean;
  /** Vietnamese: what happened, and the one manual step left (page numbers). */
  message: string;
}

export interface ShareRequest {
  /** Addresses typed in the sidebar, added to `Email nhận`. */
  emails: string[];
  role: 'reader' | 'commenter';
  message: string;
}

export interface ShareReport {
  shared: string[];
  links: DocumentLinks;
  message: string;
}

/** The server functions, by name, as `google.script.run` sees them. */
export interface ServerApi {
  getOverview(): Result<PlanOverview>;
  proposeSetup(): Result<SetupProposal>;
  setupTabs(request: SetupRequest): Result<SetupReport>;
  checkPlan(): Result<CheckReport>;
  writeSummary(): Result<PlanOverview>;
  goToCell(sheet: string, cell: string): Result<null>;
  createDocument(request: DocumentRequest): Result<DocumentReport>;
  shareDocument(request: ShareRequest): Result<ShareReport>;
}

export type ServerFunctionName = keyof ServerApi;
