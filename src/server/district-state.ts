/**
 * What every district server function starts from: the district
 * spreadsheet, its `Các trường` list, and the overview the sidebar shows.
 * A helper module, so server functions never import each other.
 */
import { documentUrl } from '../adapters/docs';
import { pdfUrl } from '../adapters/drive';
import { readSchoolsList, schoolsSheet } from '../adapters/district-sheets';
import { readLast, readReport, readRun } from '../adapters/district-store';
import { frameworks } from '../domain/frameworks';
import { listedSchools, SCHOOLS_TAB, type ListedSchool, type SchoolRead } from '../domain/rollup/district-tabs';
import { activeSpreadsheet } from './context';
import type { DistrictOverview } from './district-api';
import { UserError } from './errors';

/** How many schools one call reads: 20 × 2 Sheets API calls stays far inside the 6-minute limit of one execution. */
export const BATCH_SIZE = 20;
/** Problems listed in the sidebar; the roll-up tab still has one row for each. */
const PROBLEMS_SHOWN = 20;

/** The hidden tab of rows read was deleted (by hand, or with a copy of the spreadsheet): the schools must be read again. */
export const LOST_ROWS =
  'Số liệu đã đọc của các trường (trang ẩn "Dữ liệu tổng hợp (tiện ích)") đã bị xoá, nên chưa tổng hợp được. Hãy bấm "Đọc và tổng hợp" để đọc lại các trường từ đầu.';

export const NOT_A_DISTRICT =
  'Bảng tính này chưa phải bảng tính tổng hợp của Phòng GD&ĐT (chưa có trang "Các trường"). Hãy mở một bảng tính mới của Phòng, rồi chọn "Tổng hợp các trường (Phòng GD&ĐT)" trong menu tiện ích.';

export function isDistrictSpreadsheet(spreadsheet = activeSpreadsheet()): boolean {
  return schoolsSheet(spreadsheet) !== null;
}

/** The schools listed in `Các trường`; a UserError when the tab is missing. */
export function districtSchools(spreadsheet = activeSpreadsheet()): ListedSchool[] {
  if (!isDistrictSpreadsheet(spreadsheet)) throw new UserError(NOT_A_DISTRICT);
  return listedSchools(readSchoolsList(spreadsheet));
}

/**
 * The list's fingerprint (FNV-1a over the links in order): a batch that
 * finds another list than the run started with starts the run again,
 * rather than mixing two lists.
 */
export function listKeyOf(schools: ListedSchool[]): string {
  let hash = 0x811c9dc5;
  const text = `${schools.length}\n${schools.map((school) => school.link).join('\n')}`;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16);
}

export function districtOverviewOf(schools: ListedSchool[]): DistrictOverview {
  const run = readRun();
  const last = readLast();
  const report = readReport();
  return {
    schools: schools.length,
    problems: schools
      .filter((school) => school.problem !== null)
      .slice(0, PROBLEMS_SHOWN)
      .map((school) => ({ row: school.sheetRow, message: school.problem ?? '' })),
    run: run && run.listKey === listKeyOf(schools) && run.next < run.total ? { next: run.next, total: run.total, startedAt: run.startedAt } : null,
    frameworks: frameworks.map((framework) => ({ id: framework.id, title: framework.title })),
    last: last ? { finishedAt: last.finishedAt, total: last.total, counted: last.counted, withErrors: last.withErrors } : null,
    report: report
      ? { docUrl: documentUrl(report.docId), pdfUrl: report.pdfId ? pdfUrl(report.pdfId) : null, title: report.title, updatedAt: report.updatedAt }
      : null,
  };
}

/** A kept row back from the working tab; a spoilt cell becomes a row that says to read again, never a crash. */
export function parseKept(text: string, index: number): SchoolRead {
  try {
    const read = JSON.parse(text) as SchoolRead;
    if (read && typeof read === 'object' && read.row && typeof read.row.status === 'string') return read;
  } catch {
    // below
  }
  return {
    link: '',
    readAt: '',
    row: {
      label: `Trường thứ ${index + 1}`,
      status: 'unreadable',
      reason: 'Số liệu đã đọc của trường này bị hỏng giữa chừng. Hãy bấm "Đọc lại từ đầu".',
      school: '',
      schoolYear: null,
      identity: `hỏng:${index}`,
      figures: null,
    },
  };
}

export { SCHOOLS_TAB };
