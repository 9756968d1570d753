/**
 * Where `--out` writes. The user's files come first: the input is never
 * overwritten (whatever path, symlink or hard link names it), an existing
 * file only with --force, and only a file of the kind the command writes
 * (.html, .json), so a slip such as `--out plan.json` on `render` cannot
 * replace the plan. Every refusal or failure is one Vietnamese line, exit 2.
 */
import { closeSync, openSync, rmSync, statSync, writeSync, type Stats } from 'node:fs';
import { dirname, extname } from 'node:path';
import { CliError } from './args';

export interface OutputTarget {
  /** The --out path as the user typed it. */
  path: string;
  /** What the command writes: `.html` or `.json`. */
  extension: '.html' | '.json' | '.csv';
  /** The input file, which must never be overwritten. */
  input?: string;
  /** --force: an existing file may be replaced. */
  force: boolean;
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

function refuse(path: string, why: string): CliError {
  return new CliError(`Không ghi được "${path}": ${why}`, 2);
}

function folderOf(path: string): string {
  return dirname(path) === '.' ? 'thư mục hiện tại' : `thư mục "${dirname(path)}"`;
}

/** The reason a write failed, from Node's error code, in the user's words. */
function writeFailure(target: OutputTarget, code: string | undefined): CliError {
  const { path } = target;
  switch (code) {
    case 'EEXIST':
      return refuse(path, 'tệp đã tồn tại. Thêm --force để ghi đè, hoặc chọn tên khác.');
    case 'ENOENT':
    case 'ENOTDIR':
      // Some folders exist yet take no new files (/proc): say so rather than "missing".
      if (statOrNull(dirname(path))?.isDirectory()) return refuse(path, `không tạo được tệp trong ${folderOf(path)}. Hãy chọn thư mục khác.`);
      return refuse(path, `${folderOf(path)} không tồn tại. Hãy tạo thư mục đó trước, hoặc chọn chỗ khác.`);
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return refuse(path, `không có quyền ghi vào ${folderOf(path)}. Hãy chọn thư mục khác.`);
    case 'EISDIR':
      return refuse(path, `đó là một thư mục. Hãy đặt tên tệp, ví dụ ke-hoach${target.extension}.`);
    case 'ENOSPC':
    case 'EDQUOT':
      return refuse(path, 'ổ đĩa đã đầy. Hãy giải phóng chỗ trống hoặc chọn ổ khác.');
    default:
      return refuse(path, `lỗi ${code ?? 'không rõ'}. Hãy kiểm tra thư mục và quyền ghi.`);
  }
}

/** Refuses a target the command must not write; otherwise writes it. */
export function writeOutputFile(target: OutputTarget, content: string): void {
  writeOutputParts(target, [content]);
}

/**
 * The same, for content made piece by piece (a 100,000-row page): each piece
 * is written as it comes, so the whole is never one string in memory. A
 * write that fails half way removes the half-written file.
 */
export function writeOutputParts(target: OutputTarget, parts: Iterable<string>): void {
  const { path, extension } = target;
  if (extname(path).toLowerCase() !== extension) {
    throw refuse(path, `lệnh này ghi tệp ${extension}. Hãy đặt tên kết thúc bằng ${extension}, ví dụ ke-hoach${extension}.`);
  }
  const existing = statOrNull(path);
  if (existing && target.input) {
    // Same device and inode: the same file, whether named by another path, a symlink or a hard link.
    const input = statOrNull(target.input);
    if (input && input.dev === existing.dev && input.ino === existing.ino) {
      throw refuse(path, `đó chính là tệp đầu vào "${target.input}". Hãy chọn tên khác cho --out.`);
    }
  }
  if (existing?.isDirectory()) throw writeFailure(target, 'EISDIR');
  if (existing && !existing.isFile()) throw refuse(path, 'đó không phải tệp thông thường. Hãy chọn tên tệp khác.');
  if (existing && !target.force) throw writeFailure(target, 'EEXIST');
  let fd: number;
  try {
    // 'wx' fails if the file appeared since the check above, rather than replacing it.
    fd = openSync(path, target.force ? 'w' : 'wx');
  } catch (cause) {
    throw writeFailure(target, (cause as NodeJS.ErrnoException).code);
  }
  try {
    for (const part of parts) writeSync(fd, part, null, 'utf8');
  } catch (cause) {
    closeSync(fd);
    rmSync(path, { force: true });
    throw writeFailure(target, (cause as NodeJS.ErrnoException).code);
  }
  closeSync(fd);
}
