/**
 * What a district spreadsheet remembers between executions, in its
 * document properties: where an unfinished roll-up stands (so the next
 * batch, or a run after an interruption, goes on from there), the outcome
 * of the last finished one, and the report's Doc. Small records only (a
 * property value holds 9 kB): the rows read so far are kept in the working
 * tab (src/adapters/district-sheets.ts), never here.
 */
import * as z from 'zod/mini';
import { readJsonProperty, writeJsonProperty } from './json-property';

const RUN_PROPERTY = 'districtRun';
const LAST_PROPERTY = 'districtLast';
const REPORT_PROPERTY = 'districtReport';

const runSchema = z.object({
  /** Fingerprint of the `Các trường` links when the run started: another list means start again. */
  listKey: z.string(),
  total: z.number(),
  /** Schools read and kept so far (the next one to read, 0-based). */
  next: z.number(),
  /** The day the run started, for overdue follow-up: every batch counts from the same day. */
  today: z.object({ day: z.number(), month: z.number(), year: z.number() }),
  /** When the run started (ISO). */
  startedAt: z.string(),
  /** The only framework counted, or null for every framework (older records: every framework). */
  framework: z.catch(z.nullable(z.string()), null),
});

const lastSchema = z.object({
  /** `08:30, 15/01/2027`, the spreadsheet's clock. */
  finishedAt: z.string(),
  total: z.number(),
  counted: z.number(),
  withErrors: z.number(),
  /** Năm học of the counted plans, for the report's title. */
  schoolYears: z.array(z.string()),
});

const reportSchema = z.object({
  docId: z.string().check(z.minLength(1)),
  /** The PDF copy beside it; null when Drive could not make one (older records: none). */
  pdfId: z.catch(z.nullable(z.string()), null),
  title: z.string(),
  updatedAt: z.string(),
});

export type DistrictRun = z.infer<typeof runSchema>;
export type DistrictLast = z.infer<typeof lastSchema>;
export type DistrictReportRecord = z.infer<typeof reportSchema>;

export const readRun = (): DistrictRun | null => readJsonProperty(RUN_PROPERTY, runSchema);
export const saveRun = (run: DistrictRun): void => writeJsonProperty(RUN_PROPERTY, run);
export const clearRun = (): void => {
  PropertiesService.getDocumentProperties().deleteProperty(RUN_PROPERTY);
};
export const readLast = (): DistrictLast | null => readJsonProperty(LAST_PROPERTY, lastSchema);
export const saveLast = (last: DistrictLast): void => writeJsonProperty(LAST_PROPERTY, last);
export const readReport = (): DistrictReportRecord | null => readJsonProperty(REPORT_PROPERTY, reportSchema);
export const saveReport = (report: DistrictReportRecord): void => writeJsonProperty(REPORT_PROPERTY, report);
