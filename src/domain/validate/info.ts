import { checkEmail, emailCellText, splitEmails } from '../email';
import { frameworks } from '../frameworks';
import { a1 } from '../workbook/a1';
import { INFO_KEYS, type InfoEntry } from '../workbook/info';
import { INFO_TAB, type Plan } from '../workbook/plan';
import { error, warning, type Issue } from './issue';

/** The addresses of an `Email nhận` cell: the one e-mail rule (domain/email.ts). */
export { splitEmails } from '../email';

/**
 * Where to point for a blank value: its own cell, or, when that lies past
 * the tab's last used column, the key beside it.
 */
function blankValueCell(entry: InfoEntry, width: number): { cell: string; where: string } {
  return entry.col < width ? { cell: a1(entry.row, entry.col), where: 'vào ô này' } : { cell: a1(entry.row, entry.keyCol), where: 'vào ô bên phải ô này' };
}

function label(key: string): string {
  return INFO_KEYS.find((candidate) => candidate.key === key)?.label ?? key;
}

/** `Thông tin chung`: the school name, school year and date are needed; the rest is checked when present. */
export function validateInfo(plan: Plan): Issue[] {
  const { info } = plan;
  const sheet = info.sheetName ?? INFO_TAB;
  if (!info.sheetName) {
    return [
      error(
        INFO_TAB,
        'A1',
        'info-tab-missing',
        `Chưa có trang tính "${INFO_TAB}". Hãy bấm "Tạo các trang tính" để tạo, rồi điền tên trường, năm học và ngày ban hành.`,
      ),
    ];
  }
  const issues: Issue[] = [];
  const first = (key: string) => info.entries.get(key)?.[0];
  const requireText = (key: 'schoolName' | 'schoolYear', example: string) => {
    const entry = first(key);
    if (!entry) {
      issues.push(
        error(
          sheet,
          'A1',
          `info-${key}-missing`,
          `Thiếu dòng "${label(key)}" trong trang "${sheet}". Hãy thêm một dòng có cột Mục là "${label(key)}" và điền nội dung, ví dụ: ${example}.`,
        ),
      );
      return null;
    }
    if (entry.text === '') {
      const { cell, where } = blankValueCell(entry, info.width);
      issues.push(error(sheet, cell, `info-${key}-missing`, `Chưa điền "${label(key)}". Hãy điền ${where}, ví dụ: ${example}.`));
      return null;
    }
    return entry;
  };

  requireText('schoolName', 'Trường Tiểu học An Thái');

  // The reader read the first `Năm học` and `Ngày ban hành` entries once (info.schoolYear, info.issueDate).
  const yearEntry = requireText('schoolYear', '2024-2025');
  if (yearEntry && !info.schoolYear) {
    issues.push(
      error(
        sheet,
        a1(yearEntry.row, yearEntry.col),
        'info-schoolYear-invalid',
        `Năm học "${yearEntry.text}" không đúng. Hãy ghi hai năm liền nhau, ví dụ: 2024-2025.`,
      ),
    );
  }

  // A blank date or number is a warning: the document prints the NĐ30 blanks
  // (`Số:      /KH-…`, `…, ngày    tháng    năm 20…`) to fill in by hand.
  const dateEntry = first('issueDate');
  if (!dateEntry || dateEntry.text === '') {
    const cell = dateEntry ? blankValueCell(dateEntry, info.width).cell : 'A1';
    issues.push(
      warning(
        sheet,
        cell,
        'info-issueDate-missing',
        `Chưa điền "${label('issueDate')}": văn bản sẽ để trống "ngày … tháng … năm …" để ghi tay. Nếu đã có ngày, hãy điền dạng ngày/tháng/năm, ví dụ: 05/10/2024.`,
      ),
    );
  } else if (!info.issueDate) {
    issues.push(
      error(
        sheet,
        a1(dateEntry.row, dateEntry.col),
        'info-issueDate-invalid',
        `Ngày ban hành "${dateEntry.text}" không phải là một ngày có thật. Hãy ghi theo dạng ngày/tháng/năm, ví dụ: 05/10/2024.`,
      ),
    );
  }

  for (const [key, example] of [
    ['planNumber', '45'],
    ['governingBody', 'UBND HUYỆN PHÚ GIÁO'],
    ['principal', 'Nguyễn Văn A'],
    ['place', 'An Thái'],
  ] as const) {
    const entry = first(key);
    if (!entry || entry.text === '') {
      const cell = entry ? blankValueCell(entry, info.width).cell : 'A1';
      issues.push(warning(sheet, cell, `info-${key}-missing`, `Chưa điền "${label(key)}": văn bản sẽ để trống chỗ này. Hãy điền, ví dụ: ${example}.`));
    }
  }

  const frameworkEntry = first('framework');
  if (frameworkEntry && frameworkEntry.text !== '' && plan.frameworkChoice.source !== 'cell') {
    const names = frameworks.map((framework) => `"${framework.aliases[0]}"`).join(' hoặc ');
    issues.push(
      error(
        sheet,
        a1(frameworkEntry.row, frameworkEntry.col),
        'framework-unknown',
        `Khung đánh giá "${frameworkEntry.text}" không được hỗ trợ. Hãy ghi ${names}, hoặc để trống để chọn theo năm học.`,
      ),
    );
  }

  for (const entry of info.entries.get('shareEmails') ?? []) {
    for (const address of splitEmails(emailCellText(entry.cell, entry.text))) {
      const checked = checkEmail(address);
      if (!checked.ok) {
        issues.push(
          warning(
            sheet,
            a1(entry.row, entry.col),
            'info-email-invalid',
            `"${address}" không phải là địa chỉ email hợp lệ (${checked.reason}). Hãy sửa lại (ví dụ: phonggd@example.edu.vn); văn bản sẽ không được chia sẻ khi danh sách còn địa chỉ sai.`,
          ),
        );
      }
    }
  }
  return issues;
}
