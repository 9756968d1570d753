/**
 * Word plans for the import tests, written with the `docx` package the way
 * schools' offices lay them out: the NĐ30 header as a borderless 2×2 table,
 * the title, numbered sections, a results table, the improvement table with
 * standard rows merged across (gridSpan) and criterion cells merged down
 * over their action rows (vMerge), multi-paragraph cells, a separate MỨC 4
 * table, and the signature table. Four plans: TT17 with diacritics, TT57
 * Biểu 2, TT17 typed without diacritics, TT17 with an extra column in
 * another order. `scripts/make-sample-docx.ts` writes them to samples/.
 */
import { Document, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType, WidthType } from 'docx';

/** A cell: text (lines = paragraphs), spanning `span` grid columns; `down` continues the merge of the cell above. */
export type FixtureCell = string | string[] | { text?: string | string[]; span?: number; merge?: 'restart' | 'continue' };
export type FixtureBlock = string | { rows: FixtureCell[][] };

export interface PlanFixture {
  /** samples/<name>.docx */
  name: string;
  landscape?: boolean;
  blocks: FixtureBlock[];
}

function cellParagraphs(text: string | string[] | undefined, bold = false): Paragraph[] {
  const lines = text === undefined ? [''] : Array.isArray(text) ? text : [text];
  return lines.map((line) => new Paragraph({ children: [new TextRun({ text: line, bold, font: 'Times New Roman', size: 26 })] }));
}

function tableOf(rows: FixtureCell[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (row) =>
        new TableRow({
          children: row.map((cell) => {
            if (typeof cell === 'string' || Array.isArray(cell)) return new TableCell({ children: cellParagraphs(cell) });
            return new TableCell({
              children: cellParagraphs(cell.merge === 'continue' ? undefined : cell.text),
              columnSpan: cell.span,
              verticalMerge: cell.merge === 'restart' ? VerticalMergeType.RESTART : cell.merge === 'continue' ? VerticalMergeType.CONTINUE : undefined,
            });
          }),
        }),
    ),
  });
}

export async function buildPlanDocx(plan: PlanFixture): Promise<Uint8Array> {
  const children = plan.blocks.map((block) => (typeof block === 'string' ? new Paragraph({ children: [new TextRun({ text: block, font: 'Times New Roman', size: 28 })] }) : tableOf(block.rows)));
  const document = new Document({
    sections: [{ properties: { page: { size: { orientation: plan.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT } } }, children }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

const restart = (text: string | string[]): FixtureCell => ({ text, merge: 'restart' });
const down: FixtureCell = { merge: 'continue' };
const wide = (text: string, span: number): FixtureCell => ({ text, span });

// ---------------------------------------------------------------- TT17, with diacritics

const tt17Criteria27: [string, string][] = [
  ['1.1', 'Phương hướng, chiến lược xây dựng và phát triển nhà trường'],
  ['1.2', 'Hội đồng trường và các hội đồng khác'],
  ['1.3', 'Tổ chức Đảng Cộng sản Việt Nam, các đoàn thể và tổ chức khác trong nhà trường'],
  ['1.4', 'Hiệu trưởng, phó hiệu trưởng, tổ chuyên môn và tổ văn phòng'],
  ['1.5', 'Khối lớp và tổ chức lớp học'],
  ['1.6', 'Quản lý hành chính, tài chính và tài sản'],
  ['1.7', 'Quản lý cán bộ, giáo viên và nhân viên'],
  ['1.8', 'Quản lý các hoạt động giáo dục'],
  ['1.9', 'Thực hiện quy chế dân chủ cơ sở'],
  ['1.10', 'Đảm bảo an ninh trật tự, an toàn trường học'],
  ['2.1', 'Đối với hiệu trưởng, phó hiệu trưởng'],
  ['2.2', 'Đối với giáo viên'],
  ['2.3', 'Đối với nhân viên'],
  ['2.4', 'Đối với học sinh'],
  ['3.1', 'Khuôn viên, khu sân chơi, sân tập'],
  ['3.2', 'Phòng học'],
  ['3.3', 'Khối phòng phục vụ học tập và khối phòng hành chính - quản trị'],
  ['3.4', 'Khu vệ sinh, hệ thống cấp thoát nước'],
  ['3.5', 'Thiết bị'],
  ['3.6', 'Thư viện'],
  ['4.1', 'Ban đại diện cha mẹ học sinh'],
  ['4.2', 'Công tác tham mưu cấp ủy Đảng, chính quyền và phối hợp với các tổ chức, cá nhân của nhà trường'],
  ['5.1', 'Kế hoạch giáo dục của nhà trường'],
  ['5.2', 'Thực hiện Chương trình giáo dục phổ thông cấp tiểu học'],
  ['5.3', 'Thực hiện các hoạt động giáo dục khác'],
  ['5.4', 'Công tác phổ cập giáo dục tiểu học'],
  ['5.5', 'Kết quả giáo dục'],
];
/** Criteria with Mức 3 in TT17 (the others stop at Mức 2). */
const twoLevelOnly = new Set(['1.2', '1.5', '1.7', '1.8', '1.9', '1.10', '3.4', '5.1']);

/** An Phú's levels: 3.4 at Mức 1; 1.1, 2.2, 3.1 at Mức 2 although they have Mức 3; the rest at their highest. */
export const anPhuLevels = new Map(tt17Criteria27.map(([code]) => [code, code === '3.4' ? 1 : ['1.1', '2.2', '3.1'].includes(code) ? 2 : twoLevelOnly.has(code) ? 2 : 3]));

function resultsTable(levels: Map<string, number>, maxLevel: number): FixtureBlock {
  const heading: FixtureCell[] = ['TT', 'Tiêu chí', ...Array.from({ length: maxLevel }, (_, i) => `Mức ${i + 1}`)];
  const rows = tt17Criteria27.map(([code], index): FixtureCell[] => {
    const level = levels.get(code) ?? 0;
    const top = twoLevelOnly.has(code) ? 2 : 3;
    return [String(index + 1), `Tiêu chí ${code}`, ...Array.from({ length: maxLevel }, (_, i) => (i + 1 > top ? '-' : i + 1 <= level ? 'x' : ''))];
  });
  return { rows: [heading, ...rows] };
}

const anPhuHeader: FixtureBlock = {
  rows: [
    [['PHÒNG GD&ĐT HUYỆN CHÂU THÀNH', 'TRƯỜNG TIỂU HỌC AN PHÚ'], ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']],
    ['Số: 18/KH-THAP', 'An Phú, ngày 8 tháng 10 năm 2025'],
  ],
};

export const anPhuPlan: PlanFixture = {
  name: 'ke-hoach-th-an-phu-2025-2026',
  blocks: [
    anPhuHeader,
    'KẾ HOẠCH',
    'Cải tiến chất lượng giáo dục năm học 2025 - 2026',
    'I. CĂN CỨ XÂY DỰNG KẾ HOẠCH',
    '- Thông tư số 17/2018/TT-BGDĐT ngày 22/8/2018 của Bộ Giáo dục và Đào tạo;',
    '- Báo cáo tự đánh giá của Trường Tiểu học An Phú năm học 2024-2025.',
    'II. KẾT QUẢ TỰ ĐÁNH GIÁ',
    resultsTable(anPhuLevels, 3),
    '- Mức 4: Tổng số 5 yêu cầu, trong đó số yêu cầu đạt 2/5, tỉ lệ 40%.',
    'III. KẾ HOẠCH CẢI TIẾN',
    {
      rows: [
        ['TT', 'Tiêu chí', 'Kết quả cần đạt', 'Công việc/giải pháp cần thực hiện', ['Chủ trì,', 'phối hợp'], ['Thời gian', 'thực hiện'], 'Dự kiến kinh phí', 'Ghi chú'],
        [wide('Tiêu chuẩn 1: Tổ chức và quản lý nhà trường', 8)],
        [restart('1'), restart('Tiêu chí 1.1: Phương hướng, chiến lược xây dựng và phát triển nhà trường'), restart('Phương hướng, chiến lược được điều chỉnh theo Nghị quyết Đại hội Đảng bộ xã'), 'Rà soát phương hướng, chiến lược giai đoạn 2025-2030', 'Hiệu trưởng; Hội đồng trường', 'Tháng 9/2025 - tháng 10/2025', 'Không', ''],
        [down, down, down, ['Lấy ý kiến giáo viên, cha mẹ học sinh', 'Công khai trên cổng thông tin của trường'], 'Phó hiệu trưởng', 'Tháng 11/2025', '', ''],
        [down, down, down, 'Trình Phòng GD&ĐT phê duyệt', 'Hiệu trưởng', 'Tháng 12/2025', '', 'Hồ sơ lưu văn phòng'],
        [wide('Tiêu chuẩn 2: Cán bộ quản lý, giáo viên, nhân viên và học sinh', 8)],
        ['2', 'Tiêu chí 2.2: Đối với giáo viên', '100% giáo viên đạt chuẩn nghề nghiệp mức khá', 'Bồi dưỡng thường xuyên theo module', 'Tổ trưởng chuyên môn', 'Năm học 2025-2026', '5 triệu', ''],
        [wide('Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học', 8)],
        [restart('3'), restart('Tiêu chí 3.1: Khuôn viên, khu sân chơi, sân tập'), 'Có mái che sân tập', 'Tham mưu UBND xã xây mái che', 'Hiệu trưởng', 'Tháng 3/2026 - tháng 7/2026', '150.000.000', 'Xã hội hóa'],
        [down, down, 'Sân chơi có cây xanh', 'Trồng cây xanh, làm bồn hoa', 'Tổng phụ trách Đội', 'HK II', '10 triệu', ''],
        ['4', 'Tiêu chí 3.4: Khu vệ sinh, hệ thống cấp thoát nước', 'Khu vệ sinh đạt chuẩn', 'Cải tạo khu vệ sinh dãy A', 'Hiệu trưởng', 'Tháng 6/2026 - tháng 8/2026', '80 triệu', ''],
      ],
    },
    'MỨC 4',
    {
      rows: [
        ['TT', 'Tiêu chí', 'Kết quả cần đạt', 'Công việc/giải pháp cần thực hiện', 'Chủ trì, phối hợp', 'Thời gian thực hiện', 'Dự kiến kinh phí', 'Ghi chú'],
        ['1', 'Yêu cầu 3: Thư viện có hạ tầng công nghệ thông tin hiện đại', 'Có thư viện số', 'Xây dựng thư viện số', 'Nhân viên thư viện', 'Năm 2026', '20 triệu', ''],
      ],
    },
    'IV. TỔ CHỨC THỰC HIỆN',
    '1. Hiệu trưởng chỉ đạo chung.',
    {
      rows: [
        [['Nơi nhận:', '- Phòng GD&ĐT (b/c);', '- Hội đồng trường;', '- Lưu: VT.'], ['HIỆU TRƯỞNG', '(Đã ký)', 'Võ Thị Thu Hà']],
      ],
    },
  ],
};

// ---------------------------------------------------------------- TT57, Biểu 2

const tt57Codes = ['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', '3.1', '3.2', '3.3', '3.4', '3.5', '4.1', '4.2', '4.3'];
/** Bình Minh's levels: 2.3 below Mức 1; 1.1, 2.1, 3.1, 3.5, 4.2 at Mức 2; the rest at Mức 1. */
export const binhMinhLevels = new Map(tt57Codes.map((code) => [code, code === '2.3' ? 0 : ['1.1', '2.1', '3.1', '3.5', '4.2'].includes(code) ? 2 : 1]));

export const binhMinhPlan: PlanFixture = {
  name: 'ke-hoach-th-binh-minh-2026-2027-bieu-2',
  landscape: true,
  blocks: [
    {
      rows: [
        [['UBND XÃ BÌNH MINH', 'TRƯỜNG TIỂU HỌC BÌNH MINH'], ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']],
        ['Số: 07/KH-THBM', 'Bình Minh, ngày 15 tháng 10 năm 2026'],
      ],
    },
    'KẾ HOẠCH',
    'Cải tiến chất lượng giáo dục năm học 2026 - 2027',
    'I. THÔNG TIN CHUNG',
    '1. Tên cơ sở giáo dục: Trường Tiểu học Bình Minh.',
    '2. Loại hình: Công lập.',
    '3. Địa chỉ: Ấp 3, xã Bình Minh.',
    'II. CĂN CỨ XÂY DỰNG KẾ HOẠCH',
    '- Thông tư số 57/2026/TT-BGDĐT của Bộ Giáo dục và Đào tạo;',
    'Kết quả tự đánh giá của nhà trường:',
    {
      rows: [
        ['TT', 'Tiêu chí', 'Mức 1', 'Mức 2'],
        ...tt57Codes.map((code, index): FixtureCell[] => {
          const level = binhMinhLevels.get(code) ?? 0;
          return [String(index + 1), `Tiêu chí ${code}`, level >= 1 ? 'Đạt' : 'Không đạt', level >= 2 ? 'Đạt' : 'Không đạt'];
        }),
      ],
    },
    'IV. TÓM TẮT CÁC VẤN ĐỀ TRỌNG TÂM CẦN CẢI TIẾN',
    {
      rows: [
        ['TT', 'Tiêu chuẩn', 'Tiêu chí liên quan (nếu có)', 'Đánh giá hiện trạng', 'Điểm hạn chế', 'Nguyên nhân của hạn chế'],
        ['1', 'Tiêu chuẩn 2', '2.3', 'Chưa có nhân viên thư viện - thiết bị', 'Thiết bị chưa được quản lý', 'Biên chế thiếu'],
      ],
    },
    'V. KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG',
    {
      rows: [
        ['TT', 'Nội dung cải tiến', 'Mục tiêu cải tiến', 'Hoạt động/giải pháp', 'Chỉ số đánh giá kết quả', 'Thời gian thực hiện', 'Đơn vị/cá nhân phụ trách', 'Nguồn lực bảo đảm', 'Thông tin, dữ liệu hoặc minh chứng dự kiến', 'Mức độ thực hiện'],
        ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)'],
        [wide('Tiêu chuẩn 2. Phát triển đội ngũ', 10)],
        [restart('1'), restart(['Tiêu chí 2.3: Nhân sự hỗ trợ giáo dục', 'Bố trí nhân viên thư viện - thiết bị']), restart('Có nhân viên được bồi dưỡng nghiệp vụ'), 'Tham mưu bố trí nhân viên', 'Có quyết định phân công', 'Tháng 9/2026', 'Hiệu trưởng', 'Ngân sách nhà nước', 'Quyết định phân công', ''],
        [down, down, down, 'Cử nhân viên đi bồi dưỡng', 'Chứng chỉ bồi dưỡng', 'Học kỳ 2', 'Phó hiệu trưởng', '4 triệu đồng', 'Chứng chỉ', 'Đang thực hiện'],
        [wide('Tiêu chuẩn 4. Điều kiện giáo dục, môi trường an toàn và phối hợp xã hội', 10)],
        ['2', ['Tiêu chí 4.3: Phối hợp với gia đình, cộng đồng và tổ chức liên quan', 'Tăng cường phối hợp với cha mẹ học sinh'], 'Cha mẹ học sinh tham gia hoạt động giáo dục', 'Lập nhóm liên lạc từng lớp', '100% lớp có nhóm', 'Tháng 9/2026', 'Giáo viên chủ nhiệm', 'Không', 'Danh sách nhóm', 'Hoàn thành'],
      ],
    },
    'VI. THEO DÕI VÀ ĐÁNH GIÁ THỰC HIỆN',
    {
      rows: [
        ['Thời điểm', 'Nội dung theo dõi', 'Kết quả thực hiện', 'Điều chỉnh (nếu có)', 'Người đánh giá'],
        ['Cuối học kỳ I', 'Rà soát tiến độ', '', '', 'Hội đồng tự đánh giá'],
        ['Cuối năm học', 'Đánh giá kết quả cả năm', '', '', 'Hội đồng tự đánh giá'],
      ],
    },
    { rows: [[['Nơi nhận:', '- Phòng Văn hóa - Xã hội (b/c);', '- Lưu: VT.'], ['HIỆU TRƯỞNG', 'Đặng Quốc Bảo']]] },
  ],
};

// ---------------------------------------------------------------- TT17, typed without diacritics

export const tanLongPlan: PlanFixture = {
  name: 'ke-hoach-th-tan-long-khong-dau',
  blocks: [
    {
      rows: [
        [['UBND HUYEN PHU GIAO', 'TRUONG TIEU HOC TAN LONG'], ['CONG HOA XA HOI CHU NGHIA VIET NAM', 'Doc lap - Tu do - Hanh phuc']],
        ['So: 12/KH-THTL', 'Tan Long, ngay 20 thang 9 nam 2024'],
      ],
    },
    'KE HOACH',
    'Cai tien chat luong giao duc nam hoc 2024-2025',
    'Can cu Thong tu 17/2018/TT-BGDDT; bao cao tu danh gia cua Truong Tieu hoc Tan Long.',
    'Ket qua tu danh gia:',
    '- Muc 1: tong so 27 tieu chi, dat 27/27, ti le 100%;',
    '- Muc 2: tong so 27 tieu chi, dat 25/27; tieu chi khong dat: 2 (tieu chi 1.5, 3.4);',
    '- Muc 3: tong so 19 tieu chi, dat 10/19.',
    {
      rows: [
        ['TT', 'Tieu chi', 'Muc dat duoc', 'Ket qua can dat', 'Cong viec, giai phap', 'Chu tri, phoi hop', 'Thoi gian', 'Kinh phi'],
        [wide('Tieu chuan 1: To chuc va quan ly nha truong', 8)],
        ['1', 'Tieu chi 1.5: Khoi lop va to chuc lop hoc', 'Muc 1', 'Lop hoc du si so', 'Sap xep lai lop', 'Hieu truong', 'Thang 8/2024', 'Khong'],
        [wide('Tieu chuan 3: Co so vat chat va thiet bi day hoc', 8)],
        [restart('2'), restart('TC 3.4'), restart('Muc 1'), 'Du nuoc sach', 'Lap bon nuoc', 'Ke toan', 'Thang 10/2024', '15 trieu'],
        [down, down, down, '', 'Sua ong thoat nuoc', 'Bao ve', 'Thang 11/2024', '3 trieu'],
      ],
    },
    { rows: [[['Noi nhan:', '- Phong GD&DT;', '- Luu: VT.'], ['HIEU TRUONG', 'Le Van Nam']]] },
  ],
};

// ---------------------------------------------------------------- TT17, extra column, other order

export const hungThanhPlan: PlanFixture = {
  name: 'ke-hoach-th-hung-thanh-cot-khac',
  blocks: [
    {
      rows: [
        [['UBND XÃ THANH HƯNG', 'TRƯỜNG TIỂU HỌC HƯNG THÀNH'], ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']],
        ['Số:     /KH-THHT', 'Thanh Hưng, ngày      tháng 10 năm 2025'],
      ],
    },
    'KẾ HOẠCH',
    'Cải tiến chất lượng giáo dục năm học 2025-2026 của Trường Tiểu học Hưng Thành',
    {
      rows: [
        ['STT', 'Tiêu chí', 'Công việc, giải pháp', 'Thời gian thực hiện và hoàn thành', 'Người thực hiện', 'Kết quả cần đạt (so với hiện trạng)', 'Minh chứng', 'Kinh phí', 'Ghi chú'],
        ['1', 'Tiêu chí 1.4', ['Sinh hoạt chuyên môn theo nghiên cứu bài học', 'Dự giờ mỗi tổ 1 lần/tháng'], 'Cả năm học', 'Phó hiệu trưởng', 'Tổ chuyên môn hoạt động hiệu quả', 'Biên bản sinh hoạt', '', ''],
        ['', '', 'Tập huấn tổ trưởng', 'HK I', 'Hiệu trưởng', '', 'Danh sách tập huấn', '2 triệu', ''],
        ['2', 'Tiêu chí 1.12: Công tác truyền thông', 'Lập trang thông tin của trường', 'Tháng 11/2025', 'Tổ văn phòng', '', '', '', ''],
        ['3', 'TC 5.2', 'Phụ đạo học sinh chưa hoàn thành', 'Học kỳ 2', 'Giáo viên chủ nhiệm', 'Trên 99% học sinh hoàn thành chương trình', 'Sổ theo dõi', 'Không', ''],
        [wide('Ghi chú: các nội dung trên được rà soát sau mỗi học kỳ', 9)],
      ],
    },
    { rows: [[['Nơi nhận:', '- Phòng GD&ĐT;', '- Lưu: VT, HS.'], ['KT. HIỆU TRƯỞNG', 'PHÓ HIỆU TRƯỞNG', 'Phan Minh Tâm']]] },
  ],
};

export const docxPlans: PlanFixture[] = [anPhuPlan, binhMinhPlan, tanLongPlan, hungThanhPlan];

/** A long plan (about 20 pages): every TT17 criterion with `actions` action rows, criterion cells merged down. */
export function longPlan(actions: number): PlanFixture {
  const rows: FixtureCell[][] = [['TT', 'Tiêu chí', 'Kết quả cần đạt', 'Công việc/giải pháp cần thực hiện', 'Chủ trì, phối hợp', 'Thời gian thực hiện', 'Dự kiến kinh phí', 'Ghi chú']];
  let standard = '';
  tt17Criteria27.forEach(([code, name], index) => {
    if (code.split('.')[0] !== standard) {
      standard = code.split('.')[0];
      rows.push([wide(`Tiêu chuẩn ${standard}`, 8)]);
    }
    for (let action = 0; action < actions; action++) {
      const first = action === 0;
      rows.push([
        first ? restart(String(index + 1)) : down,
        first ? restart(`Tiêu chí ${code}: ${name}`) : down,
        first ? restart(twoLevelOnly.has(code) ? 'Từ Mức 1 lên Mức 2' : 'Từ Mức 2 lên Mức 3') : down,
        [`Công việc ${action + 1} của tiêu chí ${code}: tổ chức thực hiện, kiểm tra, đánh giá và báo cáo kết quả theo từng học kỳ`, 'Lưu minh chứng đầy đủ'],
        'Hiệu trưởng; Phó hiệu trưởng; Tổ trưởng chuyên môn',
        `Tháng ${9 + (action % 4)}/2025 - tháng 5/2026`,
        `${action + 1} triệu`,
        '',
      ]);
    }
  });
  return { name: 'long', blocks: [anPhuHeader, 'KẾ HOẠCH', 'Cải tiến chất lượng giáo dục năm học 2025 - 2026', 'Thông tư số 17/2018/TT-BGDĐT', { rows }] };
}
