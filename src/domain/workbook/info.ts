import type { Cell } from '../cell';

/**
 * The keys of `Thông tin chung` (workbook spec). `label` is what the tab's
 * `Mục` column holds; `hint` is what setup writes next to a blank value.
 */
export interface InfoKey {
  key: string;
  label: string;
  aliases: string[];
  hint: string;
  /**
   * Asked for only by frameworks whose document prints it (`{Loại hình}` in
   * TT57's section I): setup adds the row only then, so a TT17 workbook is
   * not given rows it never uses.
   */
  onlyWhenPrinted?: boolean;
}

export const INFO_KEYS: InfoKey[] = [
  { key: 'governingBody', label: 'Cơ quan chủ quản', aliases: [], hint: 'VD: UBND HUYỆN PHÚ GIÁO' },
  { key: 'schoolName', label: 'Tên trường', aliases: ['Tên đơn vị'], hint: 'VD: Trường Tiểu học An Thái' },
  { key: 'schoolCode', label: 'Ký hiệu trường', aliases: ['Ký hiệu'], hint: 'Dùng trong "Số: …/KH-<ký hiệu>", VD: THAT' },
  { key: 'planNumber', label: 'Số kế hoạch', aliases: ['Số'], hint: 'VD: 12 (để trống nếu chưa có số)' },
  { key: 'place', label: 'Địa danh', aliases: [], hint: 'VD: An Thái' },
  { key: 'issueDate', label: 'Ngày ban hành', aliases: ['Ngày'], hint: 'dd/mm/yyyy, VD: 05/10/2024' },
  { key: 'schoolYear', label: 'Năm học', aliases: [], hint: 'VD: 2024-2025' },
  { key: 'principal', label: 'Hiệu trưởng', aliases: [], hint: 'Họ và tên hiệu trưởng' },
  { key: 'recipients', label: 'Nơi nhận', aliases: [], hint: 'Mỗi nơi nhận một dòng, VD: Phòng GD&ĐT (b/c);' },
  { key: 'shareEmails', label: 'Email nhận', aliases: ['Email'], hint: 'Địa chỉ email để chia sẻ văn bản, cách nhau bởi dấu phẩy' },
  {
    key: 'framework',
    label: 'Khung đánh giá',
    aliases: [],
    hint: 'VD: TT17 tiểu học, TT18, TT19, TT57/2026, TT57 mầm non, TT57 GDTX (để trống: theo Năm học và Cấp học)',
  },
  {
    key: 'educationLevel',
    label: 'Cấp học',
    aliases: ['Cap hoc', 'Cấp học của trường', 'Cap hoc cua truong', 'Bậc học', 'Bac hoc'],
    hint: 'Mầm non, Tiểu học, THCS, THPT, Nhiều cấp học hoặc GDTX (để trống: tiểu học); cùng Năm học, chọn khung đánh giá',
  },
  { key: 'schoolType', label: 'Loại hình', aliases: ['Loại hình trường'], hint: 'VD: Công lập (TT57, mục I)', onlyWhenPrinted: true },
  { key: 'address', label: 'Địa chỉ', aliases: [], hint: 'Địa chỉ trường (TT57, mục I)', onlyWhenPrinted: true },
];

/** One value of `Thông tin chung` and where it sits. */
export interface InfoEntry {
  cell: Cell;
  text: string;
  /** 0-based row and column of the value cell. */
  row: number;
  col: number;
  /** 0-based column of the key (`Mục`) cell on the same row. */
  keyCol: number;
}
