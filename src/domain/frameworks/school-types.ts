import { foldKey } from '../text';
import type { SchoolType } from './types';

/**
 * The values of `Cấp học` in `Thông tin chung`. `label` is what setup and
 * messages write; the aliases are what schools type, also without
 * diacritics (a school may type on a keyboard without Vietnamese input).
 */
export interface SchoolTypeEntry {
  type: SchoolType;
  label: string;
  aliases: string[];
}

export const SCHOOL_TYPES: SchoolTypeEntry[] = [
  { type: 'mamNon', label: 'Mầm non', aliases: ['Mam non', 'Trường mầm non', 'Truong mam non', 'MN', 'Mẫu giáo', 'Mau giao'] },
  { type: 'tieuHoc', label: 'Tiểu học', aliases: ['Tieu hoc', 'Trường tiểu học', 'Truong tieu hoc', 'TH'] },
  {
    type: 'thcs',
    label: 'THCS',
    aliases: ['Trung học cơ sở', 'Trung hoc co so', 'Trường THCS', 'Truong THCS', 'Trường trung học cơ sở', 'Truong trung hoc co so'],
  },
  {
    type: 'thpt',
    label: 'THPT',
    aliases: ['Trung học phổ thông', 'Trung hoc pho thong', 'Trường THPT', 'Truong THPT', 'Trường trung học phổ thông', 'Truong trung hoc pho thong'],
  },
  {
    type: 'nhieuCapHoc',
    label: 'Nhiều cấp học',
    aliases: [
      'Nhieu cap hoc',
      'Trường phổ thông có nhiều cấp học',
      'Truong pho thong co nhieu cap hoc',
      'Phổ thông nhiều cấp học',
      'Pho thong nhieu cap hoc',
      'Liên cấp',
      'Lien cap',
      'TH&THCS',
      'TH và THCS',
      'TH va THCS',
      'TH-THCS',
      'Tiểu học và THCS',
      'Tieu hoc va THCS',
      'Tiểu học và trung học cơ sở',
      'Tieu hoc va trung hoc co so',
      'THCS&THPT',
      'THCS và THPT',
      'THCS va THPT',
      'THCS-THPT',
      'TH, THCS và THPT',
      'TH, THCS va THPT',
    ],
  },
  {
    type: 'gdtx',
    label: 'GDTX',
    aliases: [
      'Giáo dục thường xuyên',
      'Giao duc thuong xuyen',
      'Trung tâm GDTX',
      'Trung tam GDTX',
      'Trung tâm giáo dục thường xuyên',
      'Trung tam giao duc thuong xuyen',
      'GDNN-GDTX',
      'Trung tâm GDNN-GDTX',
      'Trung tam GDNN-GDTX',
    ],
  },
];

/** The school type a `Cấp học` value names, or null when it names none. */
export function parseSchoolType(text: string): SchoolType | null {
  const key = foldKey(text);
  if (key === '') return null;
  const entry = SCHOOL_TYPES.find((candidate) => foldKey(candidate.label) === key || candidate.aliases.some((alias) => foldKey(alias) === key));
  return entry?.type ?? null;
}

export function schoolTypeLabel(type: SchoolType): string {
  return SCHOOL_TYPES.find((entry) => entry.type === type)?.label ?? type;
}

/** `Mầm non, Tiểu học, THCS, THPT, Nhiều cấp học, GDTX`: for messages that list what to type. */
export function schoolTypeLabels(): string {
  return SCHOOL_TYPES.map((entry) => entry.label).join(', ');
}
