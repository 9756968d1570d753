/**
 * The section prose of a plan (I. Mục đích…, II. Căn cứ…, VI. Tổ chức thực
 * hiện) goes to `Nội dung văn bản` (workbook spec: `Mục | Nội dung`, one
 * row a free-text section, one paragraph a line). Only the school's own
 * text: the framework's default, the level summary, the criteria not met
 * and the budget lines are what the next document prints anyway.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../src/domain/cell';
import { analysePlan, planDocument } from '../../src/domain/analyse';
import { mapDocument } from '../../src/domain/import/map';
import type { RawWorkbook } from '../../src/domain/workbook/raw';
import { readDocx } from '../../src/import-readers/docx';
import { readHtml } from '../../src/import-readers/html';
import { renderHtml } from '../../src/render/html';
import { anPhuPlan, binhMinhPlan, buildPlanDocx, type PlanFixture } from '../../fixtures/docx-plans';
import { ROOT } from '../../fixtures/workbooks';

const TEXT_TAB = 'Nội dung văn bản';

function textRows(workbook: RawWorkbook): Cell[][] | null {
  return workbook.sheets.find((sheet) => sheet.name === TEXT_TAB)?.values.slice(1) ?? null;
}

/** The workbook printed by the add-on's document (the HTML `render` writes), then imported. */
function printedAndImported(workbook: RawWorkbook): RawWorkbook {
  const outcome = planDocument(analysePlan(workbook, { today: { day: 10, month: 10, year: 2024 } }), { draft: true });
  if (!outcome.ok) throw new Error(outcome.message);
  return mapDocument(readHtml(renderHtml(outcome.document))).workbook;
}

const anKhang = () => JSON.parse(readFileSync(join(ROOT, 'fixtures', 'an-khang-clean.json'), 'utf8')) as RawWorkbook;

/** An Khang with the school's own text for sections V and VI. */
function anKhangWithOwnText(): RawWorkbook {
  const workbook = anKhang();
  const own: Cell[][] = [
    ['Mục', 'Nội dung'],
    ['V. KINH PHÍ THỰC HIỆN', '- Nguồn kinh phí: ngân sách chi thường xuyên năm 2025 và quỹ khuyến học của xã An Khang.'],
    [
      'VI. TỔ CHỨC THỰC HIỆN',
      '1. Hiệu trưởng: chỉ đạo chung, kiểm tra định kỳ mỗi học kỳ.\n2. Tổ trưởng chuyên môn: triển khai đến giáo viên trong tổ.\n- Hội đồng tự đánh giá theo dõi và báo cáo kết quả vào tháng 5/2025.',
    ],
  ];
  workbook.sheets = [...workbook.sheets.filter((sheet) => sheet.name !== TEXT_TAB), { name: TEXT_TAB, values: own }];
  return workbook;
}

describe('Nội dung văn bản from the section prose', () => {
  it.each<[string, PlanFixture, Cell[][] | null]>([
    [
      'TT17 Word plan: its own Căn cứ (numbered I. there, II. in the framework) and Tổ chức thực hiện; the results under its II. KẾT QUẢ TỰ ĐÁNH GIÁ stay out',
      anPhuPlan,
      [
        [
          'II. CĂN CỨ XÂY DỰNG KẾ HOẠCH',
          '- Thông tư số 17/2018/TT-BGDĐT ngày 22/8/2018 của Bộ Giáo dục và Đào tạo;\n- Báo cáo tự đánh giá của Trường Tiểu học An Phú năm học 2024-2025.',
        ],
        ['VI. TỔ CHỨC THỰC HIỆN', '1. Hiệu trưởng chỉ đạo chung.'],
      ],
    ],
    [
      'TT57 Biểu 2: section I is the default text filled in (not copied), II stops at its results intro',
      binhMinhPlan,
      [['II. CĂN CỨ XÂY DỰNG KẾ HOẠCH', '- Thông tư số 57/2026/TT-BGDĐT của Bộ Giáo dục và Đào tạo;']],
    ],
  ])('%s', async (_name, plan, expected) => {
    expect(textRows(mapDocument(readDocx(await buildPlanDocx(plan))).workbook)).toEqual(expected);
  });

  it('a document the add-on printed with the default texts gives no row: the defaults stay, placeholders and all', () => {
    expect(textRows(printedAndImported(anKhang()))).toBeNull();
  });

  it('the school’s own text comes back line for line; the budget lines printed in the same section do not', () => {
    const original = anKhangWithOwnText();
    const rows = textRows(printedAndImported(original));
    expect(rows).toEqual(original.sheets.find((sheet) => sheet.name === TEXT_TAB)!.values.slice(1));
  });
});
