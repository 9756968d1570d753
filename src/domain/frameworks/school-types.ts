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

/**
 * What a school's own name says of its type, for a plan whose `Cấp học` is
 * blank (plans made before the key existed, and schools that skip it):
 * `Trường Mầm non Hoa Sen` is a preschool, `Trường TH&THCS Tân Hiệp` has
 * several levels, whatever the year. Compared folded, so `Truong mam non`
 * and `TRƯỜNG MẦM NON` agree. Several levels are tried first, since their
 * names also hold `TH` or `THCS`; plain `TH` last.
 */
const NAME_PATTERNS: { type: SchoolType; pattern: RegExp }[] = [
  {
    type: 'nhieuCapHoc',
    pattern:
      /\b(th|tieu hoc)\s*(&|va|-|,)\s*(thcs|trung hoc co so)\b|\b(thcs|trung hoc co so)\s*(&|va|-|,)\s*(thpt|trung hoc pho thong)\b|nhieu cap hoc|\blien cap\b/,
  },
  { type: 'gdtx', pattern: /\bgdtx\b|giao duc thuong xuyen|\bgdnn\b/ },
  { type: 'mamNon', pattern: /\bmam non\b|\bmau giao\b|\bnha tre\b|\bmn\b/ },
  { type: 'thpt', pattern: /\bthpt\b|trung hoc pho thong/ },
  { type: 'thcs', pattern: /\bthcs\b|trung hoc co so/ },
  { type: 'tieuHoc', pattern: /\btieu hoc\b|\bth\b/ },
];

/** The school type `Tên trường` names, or null when it names none (`Trường Hòa Bình`). */
export function schoolTypeOfName(schoolName: string): SchoolType | null {
  const key = foldKey(schoolName);
  if (key === '') return null;
  return NAME_PATTERNS.find((entry) => entry.pattern.test(key))?.type ?? null;
}

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
