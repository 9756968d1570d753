/** The district spreadsheet's tabs as values (src/domain/rollup/district-tabs.ts, value-ranges.ts): pure, no emulator. */
import { describe, expect, it } from 'vitest';
import { listedSchools, schoolsToAppend, spreadsheetIdOf, wholeTabRange, workbookFromValueRanges } from '../../src/domain/rollup';

const ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz_0123456789-ab';

describe('spreadsheetIdOf: the id in what the specialist pasted', () => {
  const cases: [string, string | null][] = [
    [`https://docs.google.com/spreadsheets/d/${ID}/edit#gid=0`, ID],
    [`https://docs.google.com/spreadsheets/d/${ID}`, ID],
    [`  ${ID}  `, ID],
    ['https://docs.google.com/document/d/1AbCdEfGhIjKlMnOp/edit', null],
    ['Trường Tiểu học An Thái', null],
    ['chưa gửi', null],
    ['', null],
  ];
  it.each(cases)('%j → %j', (text, id) => expect(spreadsheetIdOf(text)).toBe(id));
});

describe('listedSchools: one school per non-blank row of Các trường', () => {
  it('names each row by Tên trường (else its link), skips blank rows, and says what is wrong with a cell', () => {
    const schools = listedSchools([
      ['TT', 'Tên trường', 'Bảng tính kế hoạch', 'Ghi chú'],
      [1, 'Trường Tiểu học An Thái', `https://docs.google.com/spreadsheets/d/${ID}/edit`, ''],
      ['', '', '', ''],
      [3, '', `https://docs.google.com/spreadsheets/d/${ID.replace('1Ab', '1Xy')}/edit`, 'gửi lại'],
      [4, 'Trường Mầm non Hoa Mai', '', ''],
      [5, 'Trường Tiểu học Tân Định', 'xem e-mail', ''],
    ]);
    expect(schools.map((school) => [school.sheetRow, school.label, school.spreadsheetId])).toEqual([
      [2, 'Trường Tiểu học An Thái', ID],
      [4, `https://docs.google.com/spreadsheets/d/${ID.replace('1Ab', '1Xy')}/edit`, ID.replace('1Ab', '1Xy')],
      [5, 'Trường Mầm non Hoa Mai', null],
      [6, 'Trường Tiểu học Tân Định', null],
    ]);
    expect(schools[2].problem).toMatch(/^Chưa có bảng tính: ô C5 của trang "Các trường" đang trống\. Hãy bấm "Thêm trường…"/);
    expect(schools[3].problem).toMatch(/^Ô C6 của trang "Các trường" không phải đường liên kết tới một bảng tính Google \("xem e-mail"\)/);
  });
});

describe('schoolsToAppend: the Picker’s files as new rows', () => {
  const header = ['TT', 'Tên trường', 'Bảng tính kế hoạch', 'Ghi chú'];
  it('numbers after the last row, and never lists a file twice (already there, or picked twice)', () => {
    const values = [header, [1, 'Trường Tiểu học An Thái', `https://docs.google.com/spreadsheets/d/${ID}/edit`, '']];
    const rows = schoolsToAppend(values, [
      { id: ID, name: 'Kế hoạch An Thái' },
      { id: '1Fil000002xxxxxxxxxxxx', name: 'KH TH Bình An' },
      { id: '1Fil000002xxxxxxxxxxxx', name: 'KH TH Bình An' },
    ]);
    expect(rows).toEqual([[2, 'KH TH Bình An', 'https://docs.google.com/spreadsheets/d/1Fil000002xxxxxxxxxxxx/edit', '']]);
  });
});

describe('workbookFromValueRanges: batchGet → the rectangle getValues would give', () => {
  it('pads ragged rows with blanks, keeps numbers and booleans, and gives an empty tab no rows', () => {
    const workbook = workbookFromValueRanges(
      ['Thông tin chung', 'Tiêu chuẩn 1', 'Trang tính1'],
      [{ values: [['Mục', 'Nội dung'], ['Năm học'], [], ['Kinh phí', 12_000_000, true]] }, { values: [['TT', 'Tiêu chí']] }, {}],
      'Asia/Ho_Chi_Minh',
    );
    expect(workbook).toEqual({
      timeZone: 'Asia/Ho_Chi_Minh',
      sheets: [
        {
          name: 'Thông tin chung',
          values: [
            ['Mục', 'Nội dung', ''],
            ['Năm học', '', ''],
            ['', '', ''],
            ['Kinh phí', 12_000_000, true],
          ],
        },
        { name: 'Tiêu chuẩn 1', values: [['TT', 'Tiêu chí']] },
        { name: 'Trang tính1', values: [] },
      ],
    });
  });

  const ranges: [string, string][] = [
    ['Tiêu chuẩn 1', "'Tiêu chuẩn 1'"],
    ["Kế hoạch 'cũ'", "'Kế hoạch ''cũ'''"],
    ['Sheet1', "'Sheet1'"],
  ];
  it.each(ranges)('the whole of tab %j is the range %j', (title, range) => expect(wholeTabRange(title)).toBe(range));
});
