/**
 * The Advanced Sheets service as the API reference describes it
 * (emulator/sheets-api.ts): what batchGet returns for each render option,
 * what RAW and USER_ENTERED store, all-or-nothing batchUpdate, and the
 * drive.file rule (only picked or app-created spreadsheets answer).
 */
import { describe, expect, test } from 'vitest';
import { addSpreadsheetFile, createEmulator, spreadsheetFile } from '../../emulator';

type SheetsService = {
  Spreadsheets: GoogleAppsScript.Sheets.Collection.SpreadsheetsCollection;
};
type DriveService = { Files: GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection };

function setup() {
  const emu = createEmulator({ now: new Date('2026-11-29T03:00:00Z') });
  const Sheets = emu.globals.Sheets as SheetsService;
  const Drive = emu.globals.Drive as DriveService;
  // A school's plan, as a district specialist would pick it.
  const school = addSpreadsheetFile(emu.env, {
    name: 'Kế hoạch cải tiến 2026-2027 – Trường Tiểu học An Khang',
    sheets: [
      {
        name: 'Thông tin chung',
        values: [
          ['Mục', 'Nội dung', ''],
          ['Tên trường', 'Trường Tiểu học An Khang', ''],
          ['Ngày ban hành', new Date('2026-09-14T17:00:00Z'), ''],
          ['', '', ''],
        ],
      },
      {
        name: 'Tiêu chuẩn 1',
        values: [
          ['TT', 'Tiêu chí', 'Kinh phí'],
          [1, '1.10', 12.5],
          [2, '', true],
        ],
      },
    ],
  });
  return { emu, Sheets, Drive, school };
}

describe('Sheets.Spreadsheets.Values.batchGet', () => {
  test.each([
    {
      render: 'UNFORMATTED_VALUE, FORMATTED_STRING dates (what the add-on asks)',
      options: { valueRenderOption: 'UNFORMATTED_VALUE', dateTimeRenderOption: 'FORMATTED_STRING' },
      info: [
        ['Mục', 'Nội dung'],
        ['Tên trường', 'Trường Tiểu học An Khang'],
        ['Ngày ban hành', '15/09/2026'],
      ],
      standard: [
        ['TT', 'Tiêu chí', 'Kinh phí'],
        [1, '1.10', 12.5],
        [2, '', true],
      ],
    },
    {
      render: 'the default, FORMATTED_VALUE: every value as displayed (vi_VN decimal comma)',
      options: {},
      info: [
        ['Mục', 'Nội dung'],
        ['Tên trường', 'Trường Tiểu học An Khang'],
        ['Ngày ban hành', '15/09/2026'],
      ],
      standard: [
        ['TT', 'Tiêu chí', 'Kinh phí'],
        ['1', '1.10', '12,5'],
        ['2', '', 'TRUE'],
      ],
    },
    {
      render: 'UNFORMATTED_VALUE with the default SERIAL_NUMBER dates',
      options: { valueRenderOption: 'UNFORMATTED_VALUE' },
      info: [
        ['Mục', 'Nội dung'],
        ['Tên trường', 'Trường Tiểu học An Khang'],
        ['Ngày ban hành', 46280],
      ],
      standard: [
        ['TT', 'Tiêu chí', 'Kinh phí'],
        [1, '1.10', 12.5],
        [2, '', true],
      ],
    },
  ])('$render; empty trailing rows and columns are omitted', ({ options, info, standard }) => {
    const { emu, Sheets, school } = setup();
    const result = Sheets.Spreadsheets.Values.batchGet(school, { ranges: ["'Thông tin chung'", 'Tiêu chuẩn 1'], ...options });
    expect(result.valueRanges?.map((range) => range.values)).toEqual([info, standard]);
    expect(result.valueRanges?.map((range) => range.range)).toEqual(["'Thông tin chung'!A1:Z1000", "'Tiêu chuẩn 1'!A1:Z1000"]);
    expect(emu.calls.byName()).toEqual({ 'Sheets.Spreadsheets.Values.batchGet': 1 });
  });

  test('an empty sheet has no values field', () => {
    const { Sheets, Drive } = setup();
    const id = Drive.Files.create({ name: 'Trống', mimeType: 'application/vnd.google-apps.spreadsheet' }).id!;
    const [range] = Sheets.Spreadsheets.Values.batchGet(id, { ranges: ['Trang tính1'] }).valueRanges ?? [];
    expect(range).toEqual({ range: "'Trang tính1'!A1:Z1000", majorDimension: 'ROWS' });
  });

  test.each([
    {
      what: 'a spreadsheet the user never picked (drive.file)',
      id: (emu: ReturnType<typeof setup>['emu']) => addSpreadsheetFile(emu.env, { name: 'Khác', sheets: [], picked: false }),
    },
    { what: 'an id that is no file', id: () => '1NoSuchSpreadsheetxxxxxxxxxxxxxxxx' },
  ])('$what: "Requested entity was not found."', ({ id }) => {
    const { emu, Sheets } = setup();
    expect(() => Sheets.Spreadsheets.Values.batchGet(id(emu), { ranges: ['A1'] })).toThrow(
      'API call to sheets.spreadsheets.values.batchGet failed with error: Requested entity was not found.',
    );
  });

  test('a range naming a missing tab is refused', () => {
    const { Sheets, school } = setup();
    expect(() => Sheets.Spreadsheets.Values.batchGet(school, { ranges: ["'Tiêu chuẩn 9'!A1:C"] })).toThrow('Unable to parse range');
  });
});

describe('creating and filling a spreadsheet (Drive.Files.create, batchUpdate, values.batchUpdate)', () => {
  test('RAW keeps typed text as text; USER_ENTERED parses it as a person typing', () => {
    const { emu, Sheets, Drive } = setup();
    const file = Drive.Files.create({ name: 'Kế hoạch cải tiến 2027-2028 – Trường Tiểu học An Khang', mimeType: 'application/vnd.google-apps.spreadsheet' });
    const reply = Sheets.Spreadsheets.batchUpdate(
      {
        requests: [
          { updateSheetProperties: { properties: { sheetId: 0, title: 'Thông tin chung' }, fields: 'title' } },
          { addSheet: { properties: { sheetId: 101, title: 'Tiêu chuẩn 1', gridProperties: { frozenRowCount: 1, frozenColumnCount: 2 } } } },
          { updateSheetProperties: { properties: { sheetId: 101, gridProperties: { frozenRowCount: 2 } }, fields: 'gridProperties.frozenRowCount' } },
        ],
      },
      file.id!,
    );
    expect(reply.replies?.map((r) => Object.keys(r))).toEqual([[], ['addSheet'], []]);
    Sheets.Spreadsheets.Values.batchUpdate(
      {
        valueInputOption: 'RAW',
        data: [
          {
            range: "'Tiêu chuẩn 1'!A1",
            values: [
              ['TT', 'Tiêu chí', 'Công việc'],
              [1, '1.10', '- Tổ chức họp'],
              [2, null, '=SUM(1)'],
            ],
          },
          { range: "'Thông tin chung'!A1", values: [['Mục', 'Nội dung']] },
        ],
      },
      file.id!,
    );
    Sheets.Spreadsheets.Values.batchUpdate(
      { valueInputOption: 'USER_ENTERED', data: [{ range: "'Thông tin chung'!A2:B2", values: [['Số kế hoạch', '1.10']] }] },
      file.id!,
    );

    const made = spreadsheetFile(emu.env, file.id!)!;
    expect(made.sheetNames()).toEqual(['Thông tin chung', 'Tiêu chuẩn 1']);
    expect(made.sheet('Tiêu chuẩn 1')!.values()).toEqual([
      ['TT', 'Tiêu chí', 'Công việc'],
      [1, '1.10', '- Tổ chức họp'],
      [2, '', '=SUM(1)'],
    ]);
    expect(made.sheet('Thông tin chung')!.values()).toEqual([
      ['Mục', 'Nội dung'],
      ['Số kế hoạch', 1.1],
    ]);
    expect(made.snapshot().sheets.find((s) => s.name === 'Tiêu chuẩn 1')).toMatchObject({ frozenRows: 2, frozenColumns: 2 });
    expect(emu.calls.byName()).toEqual({
      'Drive.Files.create': 1,
      'Sheets.Spreadsheets.batchUpdate': 1,
      'Sheets.Spreadsheets.Values.batchUpdate': 2,
    });
  });

  test('batchUpdate is all or nothing: one invalid request leaves the spreadsheet as it was', () => {
    const { emu, Sheets, school } = setup();
    expect(() =>
      Sheets.Spreadsheets.batchUpdate(
        { requests: [{ addSheet: { properties: { title: 'Lịch sử' } } }, { addSheet: { properties: { title: 'tiêu chuẩn 1' } } }] },
        school,
      ),
    ).toThrow('A sheet with the name "tiêu chuẩn 1" already exists');
    expect(spreadsheetFile(emu.env, school)!.sheetNames()).toEqual(['Thông tin chung', 'Tiêu chuẩn 1']);
  });

  test('a closed range smaller than the data is refused, and nothing is written', () => {
    const { emu, Sheets, school } = setup();
    expect(() =>
      Sheets.Spreadsheets.Values.batchUpdate(
        {
          valueInputOption: 'RAW',
          data: [
            { range: "'Thông tin chung'!D1", values: [['ghi']] },
            {
              range: "'Tiêu chuẩn 1'!A5:B5",
              values: [
                ['a', 'b'],
                ['c', 'd'],
              ],
            },
          ],
        },
        school,
      ),
    ).toThrow('Requested writing within range');
    expect(spreadsheetFile(emu.env, school)!.sheet('Thông tin chung')!.values()[0]).toEqual(['Mục', 'Nội dung']);
  });

  test('values.batchUpdate without valueInputOption is refused', () => {
    const { Sheets, school } = setup();
    expect(() => Sheets.Spreadsheets.Values.batchUpdate({ data: [{ range: 'A1', values: [['x']] }] }, school)).toThrow("'valueInputOption' is required");
  });

  test.each(['sheets.properties.title', 'sheets(properties(title))', 'sheets.properties(title)', 'sheets/properties/title'])(
    'spreadsheets.get with the field mask %s gives just the tab titles',
    (fields) => {
      const { Sheets, school } = setup();
      expect(Sheets.Spreadsheets.get(school, { fields })).toEqual({
        sheets: [{ properties: { title: 'Thông tin chung' } }, { properties: { title: 'Tiêu chuẩn 1' } }],
      });
    },
  );

  test('a mask lists several fields at several depths', () => {
    const { Sheets, school } = setup();
    expect(Sheets.Spreadsheets.get(school, { fields: 'properties(title,timeZone),sheets.properties(title,sheetId)' })).toEqual({
      properties: { title: 'Kế hoạch cải tiến 2026-2027 – Trường Tiểu học An Khang', timeZone: 'Asia/Ho_Chi_Minh' },
      sheets: [{ properties: { title: 'Thông tin chung', sheetId: 0 } }, { properties: { title: 'Tiêu chuẩn 1', sheetId: 1 } }],
    });
  });

  test('an unknown field is refused as the API does', () => {
    const { Sheets, school } = setup();
    expect(() => Sheets.Spreadsheets.get(school, { fields: 'sheets.properties.colour' })).toThrow('Invalid field selection colour');
  });

  test('a request kind the emulator does not know is an emulator error, never a silent success', () => {
    const { Sheets, school } = setup();
    expect(() => Sheets.Spreadsheets.batchUpdate({ requests: [{ sortRange: { range: { sheetId: 0 } } }] }, school)).toThrow('is not emulated');
  });
});
