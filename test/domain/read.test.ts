import { describe, expect, it } from 'vitest';
import { tt17TieuHoc } from '../../src/domain/frameworks';
import { readPlan } from '../../src/domain/workbook/read';
import { rowText } from '../../src/domain/workbook/table';
import { filledWorkbook, sheet } from '../../fixtures/workbooks';

describe('reading a workbook', () => {
  it('finds tabs by name after NFC, trimming and case folding', () => {
    const workbook = filledWorkbook(tt17TieuHoc);
    sheet(workbook, 'Tiêu chuẩn 2').name = '  TIÊU CHUẨN 2 '.normalize('NFD');
    const plan = readPlan(workbook);
    expect(plan.missingStandards).toEqual([]);
    expect(plan.standardTabs[1].blocks).toHaveLength(4);
  });

  it('finds the header row among the first 5 rows, by header text and the aliases of real plans', () => {
    const workbook = filledWorkbook(tt17TieuHoc);
    const tab = sheet(workbook, 'Tiêu chuẩn 5');
    tab.values[0] = tab.values[0].map(
      (header) =>
        ({
          'Mức hiện tại': 'Kết quả tự đánh giá',
          'Công việc, giải pháp': 'Công việc/giải pháp cần thực hiện',
          'Chủ trì, phối hợp': 'Chủ trì và phối hợp thực hiện',
          'Thời gian': 'Thời gian thực hiện và hoàn thành',
          'Kinh phí': 'Dự kiến kinh phí',
          TT: 'STT',
        })[String(header)] ?? header,
    );
    tab.values.unshift(['KẾ HOẠCH CẢI TIẾN - TIÊU CHUẨN 5'], []);
    const plan = readPlan(workbook);
    const standard5 = plan.standardTabs[4];
    expect(standard5.table?.headerRow).toBe(2);
    expect([...standard5.table!.columns.keys()]).toEqual(
      expect.arrayContaining(['tt', 'criterion', 'currentLevel', 'actions', 'responsible', 'time', 'budget']),
    );
    expect(standard5.blocks.map((block) => block.code?.code)).toEqual(['5.1', '5.2', '5.3', '5.4', '5.5']);
  });

  it('groups continuation rows under the criterion above', () => {
    const workbook = filledWorkbook(tt17TieuHoc, { levelOf: () => 1 });
    const tab = sheet(workbook, 'Tiêu chuẩn 4');
    const extra = tab.values[0].map(() => '' as string);
    extra[tab.values[0].indexOf('Công việc, giải pháp')] = 'Dòng công việc thứ hai';
    tab.values.splice(2, 0, extra);
    const block = readPlan(workbook).standardTabs[3].blocks[0];
    expect(block.code?.code).toBe('4.1');
    expect(block.rows.map((row) => rowText(row, 'actions'))).toEqual(['Thực hiện các giải pháp để tiêu chí 4.1 đạt Mức 3', 'Dòng công việc thứ hai']);
  });

  it('takes the framework from Khung đánh giá, else from the school year', () => {
    const workbook = filledWorkbook(tt17TieuHoc);
    expect(readPlan(workbook).frameworkChoice).toEqual({ source: 'cell', text: 'TT17 tiểu học' });
    const info = sheet(workbook, 'Thông tin chung');
    info.values.forEach((row) => {
      if (row[0] === 'Khung đánh giá') row[1] = '';
      if (row[0] === 'Năm học') row[1] = '2026–2027';
    });
    const plan = readPlan(workbook);
    expect(plan.framework.id).toBe('TT57/2026');
    expect(plan.frameworkChoice).toEqual({ source: 'schoolYear', startYear: 2026 });
  });
});
