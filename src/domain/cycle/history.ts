/**
 * A school's years side by side (issue 19, items 2 and 4, offline): one
 * record per school year with its framework, levels, the school's level,
 * budget and actions finished/unfinished; and whether the three-year
 * condition for chuẩn quốc gia is met.
 *
 * Khoản 1 Điều 16 TT57/2026 (../shared/domain/tt57-2026.md §7, single
 * source [B], medium confidence): among four conditions, b) "data from
 * self-assessment, results of the improvement plan and monitoring data for
 * at least 03 consecutive school years before the review". What the
 * workbook cannot tell is assumed, and every assumption is returned as a
 * sentence with the answer (ASSUMPTIONS below, docs/cycle.md).
 */
import { analysePlan } from '../analyse';
import { allCriteria, type LevelCount } from '../frameworks/types';
import { formatSchoolYear } from '../parse/school-year';
import type { SimpleDate } from '../parse/types';
import type { RawWorkbook } from '../workbook/raw';
import { rowText } from '../workbook/table';
import { planActions } from './actions';

export interface YearInput {
  /** How the school names it: the file name. */
  label: string;
  workbook: RawWorkbook;
}

export interface YearRecord {
  label: string;
  schoolName: string;
  /** `2026-2027`; '' when unreadable. */
  schoolYear: string;
  startYear: number | null;
  framework: string;
  levels: LevelCount[];
  /** `Mức 1: 18/18 (★ 8/8); Mức 2: 10/18 (★ 3/8)` */
  levelsText: string;
  schoolLevel: number;
  schoolLevelLabel: string;
  budgetTotalVnd: number;
  actionsFinished: number;
  actionsUnfinished: number;
  /** Every criterion has a readable level. */
  assessed: boolean;
  /** Progress recorded for at least one action; null when the framework has no progress column. */
  followUpRecorded: boolean | null;
  /** Counts towards điểm b; else why not (Vietnamese). */
  counts: boolean;
  whyNot: string;
}

export interface SchoolHistory {
  years: YearRecord[];
  threeYears: { met: boolean; years: string[]; sentences: string[] };
  assumptions: string[];
  warnings: string[];
}

export const ASSUMPTIONS = [
  'Chỉ xét điểm b khoản 1 Điều 16 Thông tư 57/2026/TT-BGDĐT (dữ liệu tự đánh giá, kết quả thực hiện kế hoạch cải tiến và dữ liệu theo dõi ít nhất 03 năm học liên tiếp) và mức đạt của năm gần nhất (điểm c); điểm a (khoá học sinh hoàn thành chương trình) và điểm d (cơ sở vật chất, an toàn trường học…) không có trong bảng tính.',
  'Giả định: "liên tiếp" là các năm học liền nhau, tính đến năm học gần nhất trong các tệp đưa vào.',
  'Giả định: một năm học được tính khi mọi tiêu chí đã có mức (dữ liệu tự đánh giá), có ít nhất một hoạt động cải tiến (kế hoạch) và, nếu khung đánh giá có cột "Mức độ thực hiện", có ít nhất một hoạt động đã cập nhật mức độ thực hiện (dữ liệu theo dõi).',
  'Giả định: năm học đánh giá theo Thông tư 17/2018, 18/2018 hoặc 19/2018 vẫn được tính; chưa thấy văn bản nào nói rõ điều này. Với các khung đó, dữ liệu theo dõi không nằm trong bảng tính (giả định nhà trường lưu ở hồ sơ khác) và hoạt động được coi là đã xong khi hết thời gian thực hiện.',
  'Nội dung Điều 16 lấy từ một nguồn duy nhất (độ tin cậy trung bình); hãy đối chiếu văn bản chính thức trước khi lập hồ sơ.',
];

function levelsText(levels: LevelCount[]): string {
  return levels
    .map((count) => `Mức ${count.level}: ${count.met}/${count.total}${count.mandatory ? ` (★ ${count.mandatory.met}/${count.mandatory.total})` : ''}`)
    .join('; ');
}

/** TT17's "time passed" is judged at the end of that school year (31/7), or today when that is earlier. */
function referenceDay(endYear: number | null, today: SimpleDate): SimpleDate {
  if (endYear === null) return today;
  const yearEnd = { day: 31, month: 7, year: endYear };
  const todayFirst = today.year * 10000 + today.month * 100 + today.day < endYear * 10000 + 731;
  return todayFirst ? today : yearEnd;
}

export function recordOf(input: YearInput, today: SimpleDate): YearRecord {
  const analysis = analysePlan(input.workbook);
  const { plan, summary } = analysis;
  const year = plan.info.schoolYear;
  const actions = planActions(plan, referenceDay(year?.endYear ?? null, today));
  const finished = actions.filter((action) => action.status === 'finished').length;
  const assessmentMissing = allCriteria(plan.framework).filter((criterion) => {
    const tab = plan.standardTabs.find((candidate) => candidate.standard === criterion.standard);
    const block = tab?.blocks.find((candidate) => candidate.criterion?.code === criterion.code);
    return !block || rowText(block.rows[0], 'currentLevel') === '';
  });
  const tracked = plan.framework.progressValues.length > 0;
  const followUpRecorded = tracked ? actions.some((action) => rowText(action.row, 'progress') !== '' && action.status !== 'unreadable') : null;
  const reasons: string[] = [];
  if (!year) reasons.push('không đọc được Năm học ở trang "Thông tin chung"');
  if (assessmentMissing.length > 0)
    reasons.push(`${assessmentMissing.length} tiêu chí chưa có mức (${assessmentMissing.map((criterion) => criterion.code).join(', ')})`);
  if (actions.length === 0) reasons.push('không có hoạt động cải tiến nào');
  if (followUpRecorded === false) reasons.push('chưa hoạt động nào được cập nhật mức độ thực hiện');
  return {
    label: input.label,
    schoolName: plan.info.schoolName,
    schoolYear: year ? formatSchoolYear(year) : '',
    startYear: year?.startYear ?? null,
    framework: plan.framework.id,
    levels: summary.levels,
    levelsText: levelsText(summary.levels),
    schoolLevel: summary.schoolLevel,
    schoolLevelLabel: summary.schoolLevelLabel,
    budgetTotalVnd: summary.budgetTotalVnd,
    actionsFinished: finished,
    actionsUnfinished: actions.length - finished,
    assessed: assessmentMissing.length === 0,
    followUpRecorded,
    counts: reasons.length === 0,
    whyNot: reasons.join('; '),
  };
}

const yearName = (startYear: number) => `${startYear}-${startYear + 1}`;

export function schoolHistory(inputs: YearInput[], options: { today: SimpleDate }): SchoolHistory {
  const warnings: string[] = [];
  const years: YearRecord[] = [];
  for (const record of inputs.map((input) => recordOf(input, options.today))) {
    if (record.startYear === null) {
      warnings.push(`Tệp "${record.label}": không đọc được Năm học ở trang "Thông tin chung" (ví dụ đúng: 2025-2026); tệp này không được xếp vào lịch sử.`);
      continue;
    }
    const twin = years.find((other) => other.startYear === record.startYear);
    if (twin) {
      warnings.push(`Tệp "${twin.label}" và "${record.label}" cùng năm học ${record.schoolYear}: chỉ tính tệp "${twin.label}".`);
      continue;
    }
    years.push(record);
  }
  years.sort((a, b) => (a.startYear ?? 0) - (b.startYear ?? 0));
  const names = [...new Set(years.map((record) => record.schoolName))];
  if (names.length > 1) warnings.push(`Các tệp ghi tên trường khác nhau (${names.map((name) => `"${name}"`).join(', ')}): hãy kiểm tra đó là cùng một trường.`);
  return { years, threeYears: threeYearCondition(years), assumptions: ASSUMPTIONS, warnings };
}

const CONDITION = 'Điểm b khoản 1 Điều 16 Thông tư 57/2026/TT-BGDĐT (dữ liệu ít nhất 03 năm học liên tiếp)';

/** The run of consecutive counting years that ends at the latest year, and what breaks it. */
export function threeYearCondition(years: YearRecord[]): SchoolHistory['threeYears'] {
  const latest = years[years.length - 1];
  if (!latest || latest.startYear === null) return { met: false, years: [], sentences: [`${CONDITION}: chưa có năm học nào đọc được.`] };
  const run: YearRecord[] = [];
  let missing = '';
  for (let start = latest.startYear; run.length < 3; start--) {
    const record = years.find((candidate) => candidate.startYear === start);
    if (!record) {
      missing = `không có bảng tính năm học ${yearName(start)}`;
      break;
    }
    if (!record.counts) {
      missing = `năm học ${record.schoolYear} chưa đủ dữ liệu: ${record.whyNot}`;
      break;
    }
    run.unshift(record);
  }
  const names = run.map((record) => record.schoolYear);
  const sentences =
    run.length >= 3
      ? [`${CONDITION}: đạt, với các năm học ${names.join(', ')}.`]
      : [
          `${CONDITION}: chưa đạt, mới có ${run.length} năm học liên tiếp${run.length > 0 ? ` (${names.join(', ')})` : ''}; ${missing}.`,
          'Hãy đưa vào bảng tính của các năm còn thiếu, hoặc bổ sung dữ liệu cho năm đó rồi chạy lại.',
        ];
  sentences.push(
    latest.levels.some((count) => count.mandatory)
      ? `Điểm c (mức đạt): năm học ${latest.schoolYear} nhà trường ${latest.schoolLevel > 0 ? `đạt ${latest.schoolLevelLabel}` : 'chưa đạt Mức 1'}.`
      : `Điểm c (mức đạt): năm học ${latest.schoolYear} đánh giá theo ${latest.framework}, chưa theo Thông tư 57/2026; mức đạt theo Thông tư 57 có từ năm đánh giá đầu tiên theo thông tư này.`,
  );
  return { met: run.length >= 3, years: names, sentences };
}
