/**
 * The district mode's server functions (issue 16) and the plain data they
 * return: part of ServerApi (api.ts), kept apart so the school's contract
 * stays readable.
 */
import type { Result } from './result';
import type { AddSchoolsRequest, DistrictReportRequest, DistrictShareRequest, ReadBatchRequest } from './district-requests';

export type { AddSchoolsRequest, DistrictReportRequest, DistrictShareRequest, ReadBatchRequest } from './district-requests';

/** What the district view of the sidebar shows. */
export interface DistrictOverview {
  /** Rows of `Các trường` that name a school (blank rows skipped). */
  schools: number;
  /** Rows whose `Bảng tính kế hoạch` is not a spreadsheet link: they will be rows with that reason. */
  problems: { row: number; message: string }[];
  /** An unfinished roll-up: `next` of `total` schools read; the next batch goes on from there. */
  run: { next: number; total: number; startedAt: string } | null;
  /** The last finished roll-up. */
  last: { finishedAt: string; total: number; counted: number; withErrors: number } | null;
  /** The frameworks the specialist may restrict the roll-up to. */
  frameworks: { id: string; title: string }[];
  /** The report's Doc, as last made. */
  report: { docUrl: string; pdfUrl: string | null; title: string; updatedAt: string } | null;
}

/** The outcome of one batch. */
export interface DistrictBatchReport {
  /** Schools read so far in this run, and how many in all. */
  next: number;
  total: number;
  /** True when this batch was the last: the roll-up tabs and the chart are written. */
  finished: boolean;
  /** Vietnamese: where the run stands, or what was written. */
  message: string;
  overview: DistrictOverview;
}

export interface AddSchoolsReport {
  added: number;
  /** Picked files already in `Các trường` (the same file twice is listed once). */
  alreadyListed: number;
  message: string;
  overview: DistrictOverview;
}

export interface DistrictReport {
  docUrl: string;
  /** The PDF copy, or null when Drive could not make it (the message says why). */
  pdfUrl: string | null;
  title: string;
  message: string;
}

/** What `Chia sẻ báo cáo` did, address by address. */
export interface DistrictShareReport {
  shared: string[];
  failed: { email: string; problem: string }[];
  message: string;
}

export interface DistrictApi {
  /** Null when the open spreadsheet is not a district spreadsheet (no `Các trường` tab). */
  getDistrictOverview(): Result<DistrictOverview | null>;
  setupDistrict(): Result<DistrictOverview>;
  addDistrictSchools(request: AddSchoolsRequest): Result<AddSchoolsReport>;
  readDistrictBatch(request: ReadBatchRequest): Result<DistrictBatchReport>;
  createDistrictReport(request: DistrictReportRequest): Result<DistrictReport>;
  /** `Thêm trường…`: opens the Picker dialog (src/entry/district-picker.ts); the dialog then calls addDistrictSchools. */
  openDistrictPicker(): Result<null>;
  shareDistrictReport(request: DistrictShareRequest): Result<DistrictShareReport>;
}
