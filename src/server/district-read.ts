import { readSchoolSpreadsheet } from '../adapters/district-sheets-api';
import { dropWorkTab, keepBatch, keptRows, writeLevelChart, writeRollupTab } from '../adapters/district-sheets';
import { clearRun, readRun, saveLast, saveRun, type DistrictRun } from '../adapters/district-store';
import { ROLLUP_TAB, rollupTabContent, TOTALS_TAB, totalsTabContent, type ListedSchool, type SchoolRead } from '../domain/rollup/district-tabs';
import { rollUpRows } from '../domain/rollup/rollup';
import { frameworks } from '../domain/frameworks';
import type { Framework } from '../domain/frameworks/types';
import { requireFramework, schoolRow, type SchoolInput } from '../domain/rollup/school-row';
import { activeSpreadsheet, today, withDocumentLock } from './context';
import type { DistrictBatchReport, ReadBatchRequest } from './district-api';
import { BATCH_SIZE, districtOverviewOf, districtSchools, listKeyOf, LOST_ROWS, parseKept, SCHOOLS_TAB } from './district-state';
import { UserError } from './errors';
import { localTime } from './local-time';

/** A listed school as the roll-up's input: its workbook, read with two Sheets API calls, or why not. */
function inputOf(school: ListedSchool): SchoolInput {
  const where = `dòng ${school.sheetRow} trang "${SCHOOLS_TAB}"`;
  if (!school.spreadsheetId) return { label: school.label, unreadable: school.problem ?? `Không có bảng tính (${where}).` };
  const read = readSchoolSpreadsheet(school.spreadsheetId);
  if ('unreadable' in read) return { label: school.label, unreadable: `${read.unreadable} (${where})` };
  return { label: school.label, workbook: read.workbook };
}

function startRun(listKey: string, total: number, framework: Framework | null): DistrictRun {
  return { listKey, total, next: 0, today: today(), startedAt: new Date().toISOString(), framework: framework?.id ?? null };
}

/** The framework the specialist chose, or null for every framework; an unknown id is the sidebar's bug, said plainly. */
function chosenFramework(id: string | undefined): Framework | null {
  if (id === undefined || id === '') return null;
  const framework = frameworks.find((candidate) => candidate.id === id);
  if (!framework) throw new UserError(`Không có khung đánh giá "${id}". Hãy chọn lại khung đánh giá trên thanh bên rồi bấm "Đọc và tổng hợp".`);
  return framework;
}

/**
 * `Đọc và tổng hợp`, one batch per call: the sidebar calls again until
 * `finished`. Each batch reads the next BATCH_SIZE schools of `Các trường`
 * (two Sheets API calls each), analyses each exactly as the school's own
 * sidebar does, and keeps their rows in the working tab; the position is
 * saved after every batch, so a run cut short (time limit, closed sidebar)
 * goes on where it stopped. The last batch writes `Tổng hợp các trường`
 * and `Tổng hợp chung` (one setValues each) and the chart.
 */
export function readDistrictBatch(request: ReadBatchRequest): DistrictBatchReport {
  return withDocumentLock(() => {
    const spreadsheet = activeSpreadsheet();
    const schools = districtSchools(spreadsheet);
    if (schools.length === 0) {
      throw new UserError(`Trang "${SCHOOLS_TAB}" chưa có trường nào. Hãy bấm "Thêm trường…" để chọn bảng tính kế hoạch của các trường.`);
    }
    const listKey = listKeyOf(schools);
    const stored = readRun();
    const framework = chosenFramework(request.framework);
    const resume =
      !request.restart && stored !== null && stored.listKey === listKey && stored.next < stored.total && stored.framework === (framework?.id ?? null);
    const run = resume ? stored : startRun(listKey, schools.length, framework);
    const onlyFramework = frameworks.find((candidate) => candidate.id === run.framework) ?? null;
    if (!resume) dropWorkTab(spreadsheet);

    const timeZone = spreadsheet.getSpreadsheetTimeZone();
    const batch = schools.slice(run.next, run.next + BATCH_SIZE);
    const reads = batch.map((school): SchoolRead => {
      const row = requireFramework(schoolRow(inputOf(school), run.today), onlyFramework);
      return { row, link: school.link, readAt: localTime(new Date(), timeZone) };
    });
    keepBatch(
      spreadsheet,
      run.next,
      reads.map((read) => JSON.stringify(read)),
    );
    const next = run.next + batch.length;

    if (next < run.total) {
      saveRun({ ...run, next });
      return {
        next,
        total: run.total,
        finished: false,
        message: `Đã đọc ${next}/${run.total} trường. Đang đọc tiếp…`,
        overview: districtOverviewOf(schools),
      };
    }

    const kept = keptRows(spreadsheet, run.total);
    if (kept.length !== run.total || kept.some((text) => text === '')) {
      // The hidden working tab was deleted during the run: counting what is left would drop schools silently.
      clearRun();
      throw new UserError(LOST_ROWS);
    }
    const all = kept.map(parseKept);
    const rollup = rollUpRows(all.map((read) => read.row));
    const finishedAt = localTime(new Date(), timeZone);
    writeRollupTab(spreadsheet, ROLLUP_TAB, rollupTabContent(rollup, all));
    const totals = totalsTabContent(rollup.totals, finishedAt);
    const totalsSheet = writeRollupTab(spreadsheet, TOTALS_TAB, totals);
    writeLevelChart(totalsSheet, totals.chart);
    // The kept rows stay (hidden): the report's Doc is made from them, without reading the schools again.
    clearRun();
    saveLast({
      finishedAt,
      total: rollup.rows.length,
      counted: rollup.totals.schools,
      withErrors: rollup.totals.schoolsWithErrors,
      schoolYears: rollup.totals.schoolYears,
    });
    const notCounted = rollup.rows.length - rollup.totals.schools;
    return {
      next,
      total: run.total,
      finished: true,
      message: `Đã tổng hợp ${rollup.totals.schools}/${rollup.rows.length} trường (${rollup.totals.schoolsWithErrors} trường còn lỗi${notCounted > 0 ? `; ${notCounted} bảng tính không tính, lý do ở cột Ghi chú` : ''}). Xem trang "${ROLLUP_TAB}" và "${TOTALS_TAB}".`,
      overview: districtOverviewOf(schools),
    };
  });
}
