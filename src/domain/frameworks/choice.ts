import { foldKey } from '../text';
import { parseSchoolType, schoolTypeLabel, schoolTypeLabels, schoolTypeOfName } from './school-types';
import type { Framework, SchoolType } from './types';

/**
 * The one place that chooses a plan's framework and explains the choice.
 * The reader, setup, the summary (`Tổng hợp`, sidebar) and the CLI all
 * call it, so the choice and its reason can never disagree.
 *
 * Order: `Khung đánh giá` names it; else `Năm học` and `Cấp học` together
 * pick the framework whose scope covers them (data in each framework file);
 * else the first known framework (TT17 tiểu học), as before `Cấp học`
 * existed. A blank `Cấp học` is taken from `Tên trường` when the name says
 * the school's type (`Trường Mầm non …`), else counts as tiểu học, so plans
 * of primary schools written before the key existed keep their framework.
 */

/** What the choice reads from `Thông tin chung`. */
export interface ChoiceInput {
  /** `Khung đánh giá`, '' when blank. */
  frameworkText: string;
  /** First year of `Năm học` (2024 for 2024-2025), null when blank or unreadable. */
  startYear: number | null;
  /** `Cấp học`, '' when blank. */
  schoolTypeText: string;
  /** `Tên trường`: its words decide the school type when `Cấp học` is blank. */
  schoolName?: string;
}

/**
 * How the framework was chosen. `schoolTypeText` is there only when
 * `Cấp học` is filled in, `schoolType` only when it was understood.
 * `noFrameworkForType`: no known framework covers that school type in that
 * year, so the tiểu học one was used.
 */
export type FrameworkChoice =
  | { source: 'cell'; text: string }
  | { source: 'schoolYear'; startYear: number; schoolType?: SchoolType; schoolTypeText?: string; schoolNameText?: string; noFrameworkForType?: true }
  | { source: 'default'; schoolType?: SchoolType; schoolTypeText?: string; schoolNameText?: string; noFrameworkForType?: true };

export interface FrameworkChosen {
  framework: Framework;
  choice: FrameworkChoice;
}

/** The framework a `Khung đánh giá` value names, or undefined. */
export function frameworkNamed(name: string, known: Framework[]): Framework | undefined {
  const key = foldKey(name);
  return known.find((framework) => framework.aliases.some((alias) => foldKey(alias) === key));
}

/** Does the framework's scope cover this school type (and year, when one is given)? */
function covers(framework: Framework, type: SchoolType, startYear: number | null): boolean {
  const scope = framework.scope;
  if (!scope || !scope.schoolTypes.includes(type)) return false;
  if (startYear === null) return true;
  if (scope.firstSchoolYear !== null && startYear < scope.firstSchoolYear) return false;
  if (scope.lastSchoolYear !== null && startYear > scope.lastSchoolYear) return false;
  return true;
}

type TypeFields = { schoolType?: SchoolType; schoolTypeText?: string; schoolNameText?: string };

/** Only the keys that have a value; `schoolNameText` when the type came from `Tên trường`. */
function typeFields(schoolTypeText: string, schoolType: SchoolType | null, schoolNameText: string | null): TypeFields {
  const fields: TypeFields = {};
  if (schoolTypeText !== '') fields.schoolTypeText = schoolTypeText;
  if (schoolType) fields.schoolType = schoolType;
  if (schoolNameText) fields.schoolNameText = schoolNameText;
  return fields;
}

export function chooseFramework(input: ChoiceInput, known: Framework[]): FrameworkChosen {
  if (input.frameworkText !== '') {
    const named = frameworkNamed(input.frameworkText, known);
    // An unknown name is reported by validation; reading goes on with the year's framework.
    if (named) return { framework: named, choice: { source: 'cell', text: input.frameworkText } };
  }
  const typed = parseSchoolType(input.schoolTypeText);
  const byName = input.schoolTypeText === '' && input.schoolName ? schoolTypeOfName(input.schoolName) : null;
  const schoolType = typed ?? byName;
  const fields = typeFields(input.schoolTypeText, schoolType, byName ? (input.schoolName ?? null) : null);
  const wanted = schoolType ?? 'tieuHoc';
  const fallback = known[0];

  if (input.startYear === null) {
    // Without a year only the school type can decide: the first (oldest) framework of that type.
    const ofType = schoolType && schoolType !== 'tieuHoc' ? known.find((framework) => covers(framework, schoolType, null)) : undefined;
    return { framework: ofType ?? fallback, choice: { source: 'default', ...fields } };
  }
  const startYear = input.startYear;
  const matching = known.find((framework) => covers(framework, wanted, startYear));
  if (matching) return { framework: matching, choice: { source: 'schoolYear', startYear, ...fields } };
  const primary = known.find((framework) => covers(framework, 'tieuHoc', startYear)) ?? fallback;
  return { framework: primary, choice: { source: 'schoolYear', startYear, ...fields, noFrameworkForType: true } };
}

function yearText(startYear: number): string {
  return `${startYear}-${startYear + 1}`;
}

/** `áp dụng từ năm học 2026-2027 (hiệu lực từ 07/7/2026)` / `áp dụng đến năm học 2025-2026`, from the framework's scope. */
function periodText(framework: Framework): string {
  const scope = framework.scope;
  if (!scope) return '';
  const parts: string[] = [];
  if (scope.firstSchoolYear !== null) {
    const since = scope.inForceFrom ? ` (hiệu lực từ ${scope.inForceFrom})` : '';
    parts.push(`áp dụng từ năm học ${yearText(scope.firstSchoolYear)}${since}`);
  }
  if (scope.lastSchoolYear !== null) parts.push(`áp dụng đến năm học ${yearText(scope.lastSchoolYear)}`);
  return parts.join(', ');
}

/** What the reason says about `Cấp học`, including how to fix a value it did not understand. */
function schoolTypeText(choice: TypeFields): string {
  if (choice.schoolType && choice.schoolNameText) {
    return `ô "Cấp học" để trống nên theo tên trường "${choice.schoolNameText}" tính là cấp học ${schoolTypeLabel(choice.schoolType)}`;
  }
  if (choice.schoolType) return `cấp học ${schoolTypeLabel(choice.schoolType)}`;
  if (choice.schoolTypeText) {
    return `không hiểu cấp học "${choice.schoolTypeText}" ở trang "Thông tin chung" nên tính là tiểu học (hãy ghi một trong: ${schoolTypeLabels()})`;
  }
  return 'ô "Cấp học" để trống nên tính là tiểu học';
}

/**
 * Why the plan is read under its framework: one Vietnamese sentence for
 * the sidebar, `Tổng hợp` and the CLI. It names the school year and the
 * school type it used.
 */
export function describeFrameworkChoice(plan: { framework: Framework; frameworkChoice: FrameworkChoice }): string {
  const choice = plan.frameworkChoice;
  const title = plan.framework.title;
  switch (choice.source) {
    case 'cell':
      return `Khung đánh giá: ${title} (theo ô "Khung đánh giá": ${choice.text}).`;
    case 'schoolYear': {
      const year = `năm học ${yearText(choice.startYear)}`;
      if (choice.noFrameworkForType && choice.schoolType) {
        return `Khung đánh giá: ${title} (ô "Khung đánh giá" để trống; tiện ích chưa có khung đánh giá cho cấp học ${schoolTypeLabel(choice.schoolType)} ${year}, nên dùng khung của tiểu học; nếu trường dùng khung khác, hãy ghi tên khung vào ô "Khung đánh giá" ở trang "Thông tin chung").`;
      }
      const period = periodText(plan.framework);
      return `Khung đánh giá: ${title} (ô "Khung đánh giá" để trống; ${year}, ${schoolTypeText(choice)}${period ? `; khung này ${period}` : ''}).`;
    }
    case 'default':
      if (choice.schoolType && choice.schoolType !== 'tieuHoc') {
        const from = choice.schoolNameText ? ` (theo tên trường "${choice.schoolNameText}")` : '';
        return `Khung đánh giá: ${title} (chưa có năm học; theo cấp học ${schoolTypeLabel(choice.schoolType)}${from}. Hãy ghi "Năm học" ở trang "Thông tin chung" để chọn đúng khung của năm học).`;
      }
      return `Khung đánh giá: ${title} (mặc định, vì chưa có năm học và khung đánh giá).`;
  }
}

/** `THCS, THPT hoặc Nhiều cấp học`. */
function orList(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} hoặc ${items[items.length - 1]}`;
}

/**
 * How a school moves its plan to `framework`, for the validator's message
 * on a criterion only a sibling framework has ("Tiêu chí 5.6 không có trong
 * … nhưng có trong …: <hint>"). `Cấp học` is offered only when it would
 * choose the framework for the plan's school year; naming the framework in
 * `Khung đánh giá` always works.
 */
export function switchHint(framework: Framework, startYear: number | null): string {
  const byName = `ghi "${framework.aliases[0]}" vào ô "Khung đánh giá" ở trang "Thông tin chung"`;
  const types = framework.scope?.schoolTypes ?? [];
  const yearFits = startYear === null || types.some((type) => covers(framework, type, startYear));
  if (types.length === 0 || !yearFits) return `hãy ${byName}`;
  const labels = orList(types.map(schoolTypeLabel));
  return `nếu trường là ${labels}, hãy ghi ô "Cấp học" là ${labels} (hoặc ${byName})`;
}
