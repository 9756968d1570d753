/** The roll-up's CSV and report on the district samples: the figures a specialist copies into the report to the Sở. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentText } from '../../src/domain/document/model';
import { buildDistrictReport, csvField, rollUp, schoolsCsv, type SchoolInput } from '../../src/domain/rollup';
import { renderHtml } from '../../src/render/html';
import { DISTRICT_SAMPLES } from '../../scripts/make-district-samples';

function samples(): SchoolInput[] {
  return readdirSync(DISTRICT_SAMPLES)
    .sort()
    .map((name): SchoolInput => {
      try {
        return { label: name, workbook: JSON.parse(readFileSync(join(DISTRICT_SAMPLES, name), 'utf8')) };
      } catch {
        return { label: name, unreadable: `Tệp "${name}" không phải JSON hợp lệ.` };
      }
    });
}

const rollup = rollUp(samples(), { today: { day: 15, month: 1, year: 2027 } });

describe('csvField', () => {
  const cases: [string | number | null, string][] = [
    ['Trường Tiểu học An Thái', 'Trường Tiểu học An Thái'],
    ['Hoàn thành 1, đang thực hiện 2', '"Hoàn thành 1, đang thực hiện 2"'],
    ['Trường "Sao Mai"', '"Trường ""Sao Mai"""'],
    ['dòng 1\ndòng 2', '"dòng 1\ndòng 2"'],
    ['=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ['+84 912', "'+84 912"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    [40_000_000, '40000000'],
    [null, ''],
  ];
  for (const [value, field] of cases) it(`${JSON.stringify(value)} → ${field}`, () => expect(csvField(value)).toBe(field));
});

describe('schoolsCsv', () => {
  const csv = schoolsCsv(rollup.rows);
  const lines = csv.slice(1).split('\r\n');

  it('starts with a UTF-8 byte-order mark and ends lines with CRLF', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(lines).toHaveLength(1 + 16 + 1);
  });

  it('has one line per file, the numbers of each school in its columns', () => {
    const header = lines[0].split(',');
    const row = (file: string) => {
      const line = lines.find((candidate) => candidate.split(',')[1] === file)!;
      // No field of these rows holds a comma except Ghi chú, the last column.
      const fields = line.split(',');
      return (name: string) => fields[header.indexOf(name)];
    };
    const hiepPhuoc = row('th-hiep-phuoc-2026-2027.json');
    expect(['Tên trường', 'Khung đánh giá', 'Mức đạt', 'Mức 2 đạt', 'Mức 2 bắt buộc đạt', 'Kinh phí (đồng)', 'Hoàn thành', 'Quá hạn'].map(hiepPhuoc)).toEqual([
      'Trường Tiểu học Hiệp Phước',
      'TT57/2026',
      'Mức 1',
      '11',
      '4',
      '40000000',
      '1',
      '1',
    ]);
    const tanBinh = row('th-tan-binh-tt17-2026-2027.json');
    expect(['Mức 4 đạt', 'Mức 4 tổng', 'Mức 1 bắt buộc tổng', 'Số lỗi', 'Hoàn thành'].map(tanBinh)).toEqual(['0', '5', '', '1', '']);
    expect(row('trang-tinh-moi.json')('Tình trạng')).toBe('Bảng tính trống');
  });

  it('quotes the reasons, which hold commas and quotes', () => {
    const line = lines.find((candidate) => candidate.includes('th-an-thai-ban-gui-lai.json'))!;
    expect(
      line.endsWith(
        '"Trùng với ""th-an-thai-2026-2027.json"" (cùng tên trường ""Trường Tiểu học An Thái"", năm học 2026-2027): chỉ tính một lần. Nếu hai tệp khác nhau, hãy hỏi trường bản nào là bản đúng và bỏ bản còn lại."',
      ),
    ).toBe(true);
  });
});

describe('the district report', () => {
  const document = buildDistrictReport(rollup, { agency: 'UBND huyện Phú Giáo', place: 'Phú Giáo', date: { day: 20, month: 1, year: 2027 } });
  const text = documentText(document);
  const html = renderHtml(document);

  const figures: [string, string][] = [
    ['the Phòng’s header', 'UBND HUYỆN PHÚ GIÁO / PHÒNG GIÁO DỤC VÀ ĐÀO TẠO | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc'],
    ['number and date', 'Số: \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/BC-PGDĐT | Phú Giáo, ngày 20 tháng 01 năm 2027'],
    ['the subject', 'Tổng hợp kế hoạch cải tiến chất lượng giáo dục năm học 2026 - 2027'],
    [
      'schools at Mức 1, TT57, and what it means',
      'TT57/2026 | Mức 1 | Đáp ứng điều kiện về mức bảo đảm chất lượng để xem xét công nhận trường đạt chuẩn quốc gia Mức độ 1 | 5',
    ],
    ['schools below Mức 1, TT57', 'TT57/2026 | Không đạt Mức 1 | Chưa đủ điều kiện để xem xét công nhận trường đạt chuẩn quốc gia | 1'],
    ['the budget of TT57 standard 4', 'TT57/2026 | Tiêu chuẩn 4. Điều kiện giáo dục, môi trường an toàn và phối hợp xã hội | 170.000.000 đồng'],
    ['the total budget', 'Tổng cộng |  | 600.000.000 đồng'],
    [
      'the follow-up',
      'Mức độ thực hiện các hoạt động cải tiến của 9 trường theo dõi tiến độ: hoàn thành 3, đang thực hiện 2, chưa hoàn thành 1, chưa ghi 15, quá hạn 2.',
    ],
    [
      'a school',
      '9 | Trường Tiểu học Hiệp Phước | 2026-2027 | TT57/2026 | Mức 1 | Mức 1: 15/15 (★ 8/8) / Mức 2: 11/15 (★ 4/8) | 0 / 1 | 40.000.000 đồng | Hoàn thành 1, đang thực hiện 1, chưa hoàn thành 1, chưa ghi 1, quá hạn 1',
    ],
    ['the first priority', 'TT57/2026 | 4.1 ★ | Cơ sở vật chất, thiết bị, học liệu và hạ tầng kỹ thuật phục vụ hoạt động giáo dục | 1/7 | 6/7'],
  ];
  for (const [what, line] of figures) it(`shows ${what}`, () => expect(text.split('\n')).toContain(line));

  it('opens with what was received, counted and left out', () => {
    expect(text).toContain(
      'Phòng Giáo dục và Đào tạo đã nhận 16 bảng tính kế hoạch cải tiến, tổng hợp được 12 trường, trong đó 2 trường còn lỗi cần sửa trong bảng tính (3 trường theo Thông tư 17/2018/TT-BGDĐT (tiểu học); 7 trường theo Thông tư 57/2026/TT-BGDĐT; 2 trường theo Thông tư 57/2026/TT-BGDĐT, Phụ lục I (mầm non)). 4 tệp không được tính (lý do ghi tại mục II).',
    );
  });

  it('is an NĐ30 page: A4 landscape, Times New Roman, margins 20/15/20/30 mm', () => {
    expect(document.title).toBe('Báo cáo tổng hợp kế hoạch cải tiến chất lượng giáo dục năm học 2026-2027');
    expect(document.page).toEqual({
      widthMm: 297,
      heightMm: 210,
      orientation: 'landscape',
      marginTopMm: 20,
      marginBottomMm: 20,
      marginLeftMm: 30,
      marginRightMm: 15,
    });
    expect(document.fontFamily).toBe('Times New Roman');
    for (const block of document.blocks) if (block.type === 'table') expect(block.columnsPt.reduce((sum, width) => sum + width, 0)).toBeLessThanOrEqual(714);
  });

  it('renders to HTML with the key figures, the school names escaped', () => {
    expect(html).toContain('<title>Báo cáo tổng hợp kế hoạch cải tiến chất lượng giáo dục năm học 2026-2027</title>');
    expect(html).toContain('600.000.000 đồng');
    expect(html).toContain('Trường Tiểu học Đông Hòa');
    expect(html).toContain('Trùng với &#34;th-an-thai-2026-2027.json&#34;');
    expect(html).toContain('size: A4 landscape');
  });
});
