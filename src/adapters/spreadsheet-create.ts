/**
 * A new Google spreadsheet made and filled by the add-on, under the
 * `drive.file` scope it already has ("create new Drive files, or modify
 * existing files, that you open with an app or that the user shares with an
 * app", https://developers.google.com/drive/api/guides/about-auth): the
 * file is the add-on's own, so the Advanced Sheets service may write it.
 *
 * Service calls, whatever the size of the plan: Drive.Files.create (twice
 * when the folder refuses: then My Drive), one Sheets.Spreadsheets.get (the
 * id of the blank tab a new spreadsheet starts with), one
 * Sheets.Spreadsheets.batchUpdate (tabs, grid size, frozen rows, dropdowns),
 * one Sheets.Spreadsheets.Values.batchUpdate (every value).
 */
import type { drive_v3 } from '@googleapis/drive';
import type { Cell } from '../domain/cell';
import type { Dropdown, TabLayout } from '../domain/cycle/new-spreadsheet';
import { UserError } from '../domain/user-error';

export const SPREADSHEET_MIME_TYPE = 'application/vnd.google-apps.spreadsheet';

type CreateArgs = Pick<drive_v3.Params$Resource$Files$Create, 'fields' | 'supportsAllDrives'>;
type Request = GoogleAppsScript.Sheets.Schema.Request;

function drive(): GoogleAppsScript.Drive {
  if (typeof Drive === 'undefined' || !Drive) {
    throw new UserError('Tiện ích chưa bật dịch vụ Google Drive (Drive API). Hãy báo cho người quản trị tiện ích.');
  }
  return Drive;
}

function sheets(): GoogleAppsScript.Sheets {
  if (typeof Sheets === 'undefined' || !Sheets) {
    throw new UserError('Tiện ích chưa bật dịch vụ Google Sheets (Sheets API). Hãy báo cho người quản trị tiện ích.');
  }
  return Sheets;
}

/** Throws the admin's message when the Sheets service is not enabled: asked before any file is made. */
export function checkSheetsService(): void {
  sheets();
}

export interface CreatedSpreadsheet {
  id: string;
  url: string;
  /** False when the folder asked for refused the file and it went to My Drive. */
  inFolder: boolean;
}

export function spreadsheetUrl(id: string): string {
  return `https://docs.google.com/spreadsheets/d/${id}/edit`;
}

/**
 * An empty spreadsheet (files.create with the spreadsheet MIME type and no
 * content makes a blank Google Sheets file:
 * https://developers.google.com/drive/api/guides/create-file). In `parents`
 * when Drive lets the add-on write there, else in My Drive.
 */
export function createSpreadsheetFile(name: string, parents: string[]): CreatedSpreadsheet {
  const args: CreateArgs = { supportsAllDrives: true, fields: 'id' };
  const noMedia = null as unknown as GoogleAppsScript.Base.Blob;
  if (parents.length > 0) {
    try {
      const created = drive().Files.create({ name, mimeType: SPREADSHEET_MIME_TYPE, parents }, noMedia, args);
      if (created.id) return { id: created.id, url: spreadsheetUrl(created.id), inFolder: true };
    } catch {
      // A folder the add-on may not write to (drive.file sees only its own files): My Drive instead, and the user is told.
    }
  }
  const created = drive().Files.create({ name, mimeType: SPREADSHEET_MIME_TYPE }, noMedia, args);
  if (!created.id) throw new Error('Drive.Files.create returned no id');
  return { id: created.id, url: spreadsheetUrl(created.id), inFolder: false };
}

/** `'Tiêu chuẩn 1'!A1`: a sheet name in A1 notation is quoted, a quote doubled. */
function a1Start(title: string): string {
  return `'${title.replace(/'/g, "''")}'!A1`;
}

/** A new spreadsheet's first tab: 1000 rows, 26 columns (as every new Google sheet). */
const DEFAULT_GRID = { rows: 1000, columns: 26 };

function gridProperties(tab: TabLayout): GoogleAppsScript.Sheets.Schema.GridProperties {
  return { rowCount: tab.rowCount, columnCount: tab.columnCount, frozenRowCount: tab.frozenRows, frozenColumnCount: tab.frozenColumns };
}

/**
 * A dropdown that still accepts other text (`strict: false`, as setup's
 * `setAllowInvalid(true)`): the validation of the add-on explains a wrong
 * value better than Sheets' red triangle. ONE_OF_LIST takes the choices as
 * `userEnteredValue`s (https://developers.google.com/sheets/api/reference/rest/v4/other#ConditionType).
 */
function dropdownRequest(sheetId: number, dropdown: Dropdown): Request {
  return {
    setDataValidation: {
      range: {
        sheetId,
        startRowIndex: dropdown.row,
        endRowIndex: dropdown.row + dropdown.rows,
        startColumnIndex: dropdown.col,
        endColumnIndex: dropdown.col + 1,
      },
      rule: {
        condition: { type: 'ONE_OF_LIST', values: dropdown.choices.map((choice) => ({ userEnteredValue: choice })) },
        inputMessage: `Chọn một trong: ${dropdown.choices.join(', ')}`,
        showCustomUi: true,
        strict: false,
      },
    },
  };
}

/**
 * Fills a blank spreadsheet with `tabs`: its first tab renamed and sized,
 * the others added with ids of our choosing (addSheet: "It is an error to
 * specify the ID of a sheet that already exists", so ids above the existing
 * one), then every value.
 */
export function fillSpreadsheet(spreadsheetId: string, tabs: TabLayout[]): void {
  const api = sheets();
  const existing = api.Spreadsheets.get(spreadsheetId, { fields: 'sheets.properties(sheetId,title)' });
  const firstId = existing.sheets?.[0]?.properties?.sheetId ?? 0;
  const nextId = Math.max(0, ...(existing.sheets ?? []).map((sheet) => sheet.properties?.sheetId ?? 0)) + 1;
  const ids = tabs.map((_, index) => (index === 0 ? firstId : nextId + index - 1));

  const requests: Request[] = [];
  tabs.forEach((tab, index) => {
    if (index === 0) {
      // The blank tab is already 1000 × 26: its size is named only when the tab needs more (a field named is a field written).
      const grows = tab.rowCount > DEFAULT_GRID.rows || tab.columnCount > DEFAULT_GRID.columns;
      const fields = ['title', 'gridProperties.frozenRowCount', 'gridProperties.frozenColumnCount'];
      if (grows) fields.push('gridProperties.rowCount', 'gridProperties.columnCount');
      requests.push({
        updateSheetProperties: { properties: { sheetId: firstId, title: tab.title, gridProperties: gridProperties(tab) }, fields: fields.join(',') },
      });
    } else {
      requests.push({ addSheet: { properties: { sheetId: ids[index], title: tab.title, index, gridProperties: gridProperties(tab) } } });
    }
  });
  tabs.forEach((tab, index) => {
    for (const dropdown of tab.dropdowns) requests.push(dropdownRequest(ids[index], dropdown));
  });
  api.Spreadsheets.batchUpdate({ requests }, spreadsheetId);

  const data = tabs.filter((tab) => tab.values.length > 0).map((tab) => ({ range: a1Start(tab.title), values: tab.values.map(plainRow) }));
  if (data.length === 0) return;
  // RAW: stored as sent, never parsed as if typed (ValueInputOption,
  // https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption).
  // So a criterion code `1.10` stays the text 1.10 (USER_ENTERED would make
  // it the number 1.1), a time `09/2024 – 05/2025` is not read as a date,
  // and `- Đánh giá …` in Nội dung văn bản is not taken for a formula.
  api.Spreadsheets.Values.batchUpdate({ valueInputOption: 'RAW', data }, spreadsheetId);
}

/** JSON has no Date: the domain gives `dd/mm/yyyy` text for dates already; null is an empty cell. */
function plainRow(row: Cell[]): (string | number | boolean)[] {
  return row.map((cell) => (cell === null || cell === undefined ? '' : cell instanceof Date ? cell.toISOString() : cell));
}
