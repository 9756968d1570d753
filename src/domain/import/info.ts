/**
 * `Thông tin chung` from the lines of a plan: the NĐ30 header (cơ quan chủ
 * quản, tên trường, `Số: …/KH-…`, địa danh and ngày), the title (năm học),
 * the signature (hiệu trưởng) and the `Nơi nhận` list; for TT57 plans also
 * `Loại hình` and `Địa chỉ` from section I. A value the document does not
 * state stays blank: the import never invents one.
 */
import { foldLine } from '../parse/fold';

export interface ImportedInfo {
  governingBody: string;
  schoolName: string;
  schoolCode: string;
  planNumber: string;
  place: string;
  /** dd/mm/yyyy, or '' */
  issueDate: string;
  /** yyyy-yyyy, or '' */
  schoolYear: string;
  principal: string;
  recipients: string[];
  schoolType: string;
  address: string;
}

/** The NĐ30 header sits in the first lines; later `Trường …` lines are prose. */
const HEADER_LINES = 12;

/** A blank to fill by hand: dots, ellipses, underscores, spaces. */
function isFiller(text: string): boolean {
  return /^[\s.…_\-–]*$/.test(text);
}

const pad2 = (value: string) => value.padStart(2, '0');

export function extractInfo(lines: string[]): ImportedInfo {
  const folded = lines.map((line) => foldLine(line));
  const info: ImportedInfo = {
    governingBody: '',
    schoolName: '',
    schoolCode: '',
    planNumber: '',
    place: '',
    issueDate: '',
    schoolYear: '',
    principal: '',
    recipients: [],
    schoolType: '',
    address: '',
  };

  const schoolIndex = folded.slice(0, HEADER_LINES).findIndex((line) => /^truong\s/.test(line));
  if (schoolIndex >= 0) {
    info.schoolName = schoolNameCase(lines[schoolIndex], lines);
    const above = schoolIndex > 0 ? folded[schoolIndex - 1] : '';
    if (above !== '' && !/^(cong hoa|doc lap|so\s*:)/.test(above)) info.governingBody = lines[schoolIndex - 1];
  }

  for (const line of lines.slice(0, HEADER_LINES * 2)) {
    const number = /^S[ốoỐO]\s*:\s*(.*?)\s*\/\s*KH\s*[-–]?\s*([^\s,]*)/i.exec(line);
    if (number && info.schoolCode === '' && info.planNumber === '') {
      info.planNumber = isFiller(number[1]) ? '' : number[1].trim();
      info.schoolCode = number[2].replace(/[.…]+$/, '');
      continue;
    }
    const dated = /^(.+?),\s*ng[àa]y\s+(\d{1,2})\s+th[áa]ng\s+(\d{1,2})\s+n[ăa]m\s+(\d{4})/i.exec(line);
    if (dated && info.place === '') {
      info.place = isFiller(dated[1]) ? '' : dated[1].trim();
      info.issueDate = `${pad2(dated[2])}/${pad2(dated[3])}/${dated[4]}`;
      continue;
    }
    const undated = /^(.+?),\s*ng[àa]y\b/i.exec(line);
    if (undated && info.place === '' && !isFiller(undated[1]) && undated[1].length <= 40) info.place = undated[1].trim();
  }

  const yearIndex = folded.findIndex((line) => /nam hoc\s*:?\s*\d{4}\s*[-/]\s*\d{4}/.test(line));
  if (yearIndex >= 0) {
    const year = /nam hoc\s*:?\s*(\d{4})\s*[-/]\s*(\d{4})/.exec(folded[yearIndex]);
    if (year && Number(year[2]) === Number(year[1]) + 1) info.schoolYear = `${year[1]}-${year[2]}`;
  }

  info.principal = signerName(lines, folded);
  info.recipients = recipientLines(lines, folded);

  for (let i = 0; i < lines.length; i++) {
    const labelled = /^(?:\d+\.\s*)?(loai hinh|dia chi)\s*:\s*/.exec(folded[i]);
    if (!labelled) continue;
    const value = lines[i]
      .replace(/^[^:]*:\s*/, '')
      .replace(/\.$/, '')
      .trim();
    if (labelled[1] === 'loai hinh' && info.schoolType === '') info.schoolType = value;
    if (labelled[1] === 'dia chi' && info.address === '') info.address = value;
  }
  return info;
}

/**
 * The header prints the school in capitals (`TRƯỜNG TIỂU HỌC AN KHANG`);
 * the workbook wants it as written in prose (`Trường Tiểu học An Khang`).
 * The prose form is looked up in the document; failing that, the capitals
 * are turned into the usual form.
 */
function schoolNameCase(header: string, lines: string[]): string {
  if (header !== header.toUpperCase()) return header;
  const target = foldLine(header);
  for (const line of lines) {
    const folded = foldLine(line);
    // Folding keeps one character per character for NFC text, so positions carry over.
    if (folded.length !== line.length) continue;
    const at = folded.indexOf(target);
    if (at < 0) continue;
    const found = line.slice(at, at + target.length);
    if (found !== found.toUpperCase()) return found;
  }
  return titleCase(header);
}

/** Words of a school type kept in lower case after the first: `Trường Tiểu học`, `Trường Trung học cơ sở`. */
const LOWER_WORDS = new Set(['học', 'cơ', 'sở', 'phổ', 'thông', 'non', 'hoc', 'co', 'so', 'pho', 'thong']);

function titleCase(text: string): string {
  const words = text.toLocaleLowerCase('vi').split(/\s+/);
  return words
    .map((word, index) => {
      if (index > 0 && index <= 4 && LOWER_WORDS.has(word)) return word;
      return word.charAt(0).toLocaleUpperCase('vi') + word.slice(1);
    })
    .join(' ');
}

/** The signer's title: `HIỆU TRƯỞNG`, `KT. HIỆU TRƯỞNG`, `PHÓ HIỆU TRƯỞNG`. */
const SIGNER_RE = /^(?:kt\.?\s*)?(?:pho\s+)?hieu truong$/;

/** The name under the last signer title: the first line that is not a title or a note like `(Ký, đóng dấu)`. */
function signerName(lines: string[], folded: string[]): string {
  let title = -1;
  for (let i = folded.length - 1; i >= 0; i--) {
    if (SIGNER_RE.test(folded[i])) {
      title = i;
      break;
    }
  }
  if (title < 0) return '';
  for (let i = title + 1; i < Math.min(lines.length, title + 5); i++) {
    if (SIGNER_RE.test(folded[i]) || /^\(/.test(folded[i]) || /^(da ky|ky ten)/.test(folded[i]) || isFiller(lines[i])) continue;
    if (/\d/.test(lines[i]) || lines[i].split(/\s+/).length > 7) return '';
    return lines[i];
  }
  return '';
}

/** `Nơi nhận:` then `- X;` lines. The default `Lưu: VT` is left out: the document adds it back. */
function recipientLines(lines: string[], folded: string[]): string[] {
  const start = folded.findIndex((line) => /^noi nhan\s*:?/.test(line));
  if (start < 0) return [];
  const items: string[] = [];
  const sameLine = lines[start].replace(/^[^:]*:?\s*/, '').trim();
  const candidates = sameLine !== '' && sameLine !== lines[start] ? [sameLine] : [];
  for (let i = start + 1; i < lines.length; i++) {
    if (!/^[-–+•*]/.test(lines[i])) break;
    candidates.push(lines[i]);
  }
  for (const candidate of candidates) {
    const text = candidate.replace(/^[-–+•*]\s*/, '').trim();
    if (text === '' || /^luu\s*:?\s*vt\s*[.;]?$/.test(foldLine(text))) continue;
    items.push(text);
  }
  return items;
}
