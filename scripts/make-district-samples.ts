/**
 * The Phòng GD&ĐT samples (samples/phong-gd-mau/): one district's plans for
 * năm học 2026-2027, built from the shared fixtures (fixtures/workbooks.ts)
 * so they stay valid plans whatever the template becomes. Twelve schools
 * (TT57 tiểu học and mầm non, and three tiểu học still on TT17 in the
 * transition year, clean and with errors), plus the files a specialist
 * really receives: the same school sent twice, a grade sheet sent by
 * mistake, an empty spreadsheet and a file cut off in transfer.
 *
 * `npx tsx scripts/make-district-samples.ts` rewrites the folder;
 * test/rollup/samples.test.ts checks the committed files equal what this
 * builds, so the two never drift apart.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Cell } from '../src/domain/cell';
import { tt17TieuHoc, tt57, tt57MamNon } from '../src/domain/frameworks';
import type { Framework } from '../src/domain/frameworks/types';
import type { RawWorkbook } from '../src/domain/workbook/raw';
import { criterionRow, filledWorkbook, ROOT, setByHeader, setInfo, sheet, type FillOptions } from '../fixtures/workbooks';

export const DISTRICT_SAMPLES = join(ROOT, 'samples', 'phong-gd-mau');
const YEAR = '2026-2027';

interface School {
  file: string;
  name: string;
  framework: Framework;
  fill: FillOptions;
  /** Changes a school makes after the template: its own mistakes, its follow-up. */
  edit?: (workbook: RawWorkbook, framework: Framework) => void;
}

/** Mức 1 for the listed criteria, the highest level for the others. */
function atLevel1(codes: string[]): FillOptions['levelOf'] {
  return (code, max) => (codes.includes(code) ? 1 : max);
}

function setCell(workbook: RawWorkbook, framework: Framework, code: string, header: string, value: Cell): void {
  const tab = sheet(workbook, `${framework.standardTabPrefix} ${code.split('.')[0]}`);
  setByHeader(tab, criterionRow(tab, code), header, value);
}

const PROGRESS = 'Mức độ thực hiện';
const TIME_TT57 = 'Thời gian thực hiện';
const TIME_TT17 = 'Thời gian';

const schools: School[] = [
  { file: 'th-an-thai-2026-2027.json', name: 'Trường Tiểu học An Thái', framework: tt57, fill: {} },
  { file: 'th-binh-an-2026-2027.json', name: 'Trường Tiểu học Bình An', framework: tt57, fill: { levelOf: atLevel1(['1.3', '2.2', '4.1', '3.3']) } },
  {
    file: 'th-cat-tien-2026-2027.json',
    name: 'Trường Tiểu học Cát Tiên',
    framework: tt57,
    // 4.1 ★ below Mức 1: the school is not at Mức 1 whatever the rest.
    fill: { levelOf: (code, max) => (code === '4.1' ? 0 : code === '2.2' ? 1 : max) },
  },
  {
    file: 'th-dong-hoa-2026-2027.json',
    name: 'Trường Tiểu học Đông Hòa',
    framework: tt57,
    fill: { levelOf: atLevel1(['4.1', '2.3']) },
    edit: (workbook, framework) => {
      // Two errors a school really makes: the months typed the wrong way round, a year far off.
      setCell(workbook, framework, '4.1', TIME_TT57, 'Tháng 5/2027 - tháng 9/2026');
      setCell(workbook, framework, '2.3', TIME_TT57, 'Năm 2065');
    },
  },
  {
    file: 'th-hiep-phuoc-2026-2027.json',
    name: 'Trường Tiểu học Hiệp Phước',
    framework: tt57,
    fill: { levelOf: atLevel1(['1.3', '2.2', '3.2', '4.1']) },
    edit: (workbook, framework) => {
      // The follow-up at the end of học kỳ I: one done, one under way, one behind and already past its time.
      setCell(workbook, framework, '1.3', PROGRESS, 'Hoàn thành');
      setCell(workbook, framework, '2.2', PROGRESS, 'Đang thực hiện');
      setCell(workbook, framework, '3.2', PROGRESS, 'Chưa hoàn thành');
      setCell(workbook, framework, '3.2', TIME_TT57, 'Tháng 9/2026 - tháng 11/2026');
    },
  },
  {
    file: 'th-long-tan-2026-2027.json',
    name: 'Trường Tiểu học Long Tân',
    framework: tt57,
    fill: { levelOf: atLevel1(['1.3', '2.3', '3.3', '4.1']) },
    edit: (workbook, framework) => {
      setCell(workbook, framework, '1.3', PROGRESS, 'Hoàn thành');
      setCell(workbook, framework, '2.3', PROGRESS, 'Hoàn thành');
      setCell(workbook, framework, '4.1', PROGRESS, 'Đang thực hiện');
      setCell(workbook, framework, '4.1', 'Nguồn lực bảo đảm', '120 triệu');
    },
  },
  { file: 'th-phuoc-hoa-2026-2027.json', name: 'Trường Tiểu học Phước Hòa', framework: tt57, fill: { levelOf: atLevel1(['2.3', '4.1']) } },
  { file: 'mn-hoa-mai-2026-2027.json', name: 'Trường Mầm non Hoa Mai', framework: tt57MamNon, fill: { levelOf: atLevel1(['2.2', '4.1', '4.3']) } },
  { file: 'mn-sen-hong-2026-2027.json', name: 'Trường Mầm non Sen Hồng', framework: tt57MamNon, fill: {} },
  { file: 'th-phuoc-vinh-tt17-2026-2027.json', name: 'Trường Tiểu học Phước Vĩnh', framework: tt17TieuHoc, fill: { requirementsMet: 2 } },
  {
    file: 'th-tan-binh-tt17-2026-2027.json',
    name: 'Trường Tiểu học Tân Bình',
    framework: tt17TieuHoc,
    fill: { levelOf: (code, max) => (code === '3.4' ? 1 : max - 1), requirementsMet: 0 },
    edit: (workbook, framework) => setCell(workbook, framework, '3.4', TIME_TT17, 'Năm 2065'),
  },
  {
    file: 'th-vinh-hoa-tt17-2026-2027.json',
    name: 'Trường Tiểu học Vĩnh Hòa',
    framework: tt17TieuHoc,
    fill: { levelOf: (code, max) => (code === '3.4' || code === '1.6' ? 2 : max), requirementsMet: 0 },
  },
];

function planOf(school: School): RawWorkbook {
  const workbook = filledWorkbook(school.framework, { ...school.fill, schoolYear: YEAR });
  setInfo(workbook, 'Tên trường', school.name);
  setInfo(workbook, 'Cơ quan chủ quản', 'UBND HUYỆN PHÚ GIÁO');
  // In 2026-2027 the year alone would choose TT57: the TT17 schools and the mầm non name their framework.
  if (school.framework !== tt57) setInfo(workbook, 'Khung đánh giá', school.framework === tt17TieuHoc ? 'TT17' : 'TT57 mầm non');
  school.edit?.(workbook, school.framework);
  return workbook;
}

function json(workbook: RawWorkbook): string {
  return JSON.stringify(workbook, null, 1) + '\n';
}

/** Every file of the folder, name → content. */
export function districtSampleFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const school of schools) files.set(school.file, json(planOf(school)));

  // Sent again after a reminder, the name typed without diacritics: the same school, counted once.
  const again = planOf(schools[0]);
  setInfo(again, 'Tên trường', 'Truong Tieu hoc An Thai');
  files.set('th-an-thai-ban-gui-lai.json', json(again));
  // A grade sheet sent by mistake: a spreadsheet, but not a plan.
  files.set(
    'bang-diem-hoc-ky-1.json',
    json({
      sheets: [
        {
          name: 'Điểm HK1',
          values: [
            ['Họ và tên', 'Toán', 'Tiếng Việt'],
            ['Nguyễn Văn An', 8, 9],
          ],
        },
      ],
    }),
  );
  // A new spreadsheet nobody filled in.
  files.set('trang-tinh-moi.json', json({ sheets: [{ name: 'Trang tính1', values: [] }] }));
  // A download cut off half-way: not JSON any more.
  files.set('th-tam-lap-bi-loi.json', json(planOf(schools[1])).slice(0, 400));
  return files;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  mkdirSync(DISTRICT_SAMPLES, { recursive: true });
  for (const name of readdirSync(DISTRICT_SAMPLES)) if (name.endsWith('.json')) rmSync(join(DISTRICT_SAMPLES, name));
  for (const [name, content] of districtSampleFiles()) writeFileSync(join(DISTRICT_SAMPLES, name), content);
  process.stdout.write(`${districtSampleFiles().size} tệp trong ${DISTRICT_SAMPLES}\n`);
}
