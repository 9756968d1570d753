/**
 * Reads a text file the user named on the command line (the CLI's input,
 * the preview's workbook), without ever reading more than a workbook can
 * be: only a regular file, at most MAX_INPUT_BYTES, decoded as strict
 * UTF-8. Runs on Node only (the CLI and the preview), never in Apps Script.
 *
 * Each refusal is a FileInputError whose message is one Vietnamese line
 * naming the file and saying how to fix it.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';

/** 64 MB: a 100,000-row plan is about 30 MB of JSON; anything bigger is not a plan. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;
const MAX_INPUT_TEXT = '64 MB';
const CHUNK_BYTES = 1024 * 1024;

/** A file the user gave cannot be used; the message is for the user. */
export class FileInputError extends Error {}

function describeKind(stats: Stats): string {
  if (stats.isDirectory()) return 'là một thư mục';
  if (stats.isFIFO()) return 'là một đường ống (FIFO)';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'là một thiết bị';
  if (stats.isSocket()) return 'là một socket';
  return 'không phải tệp thông thường';
}

function notRegular(path: string, stats: Stats): FileInputError {
  return new FileInputError(`"${path}" ${describeKind(stats)}, không phải một tệp: hãy chỉ tới tệp kế hoạch đã lưu trên đĩa (ví dụ ke-hoach.json).`);
}

function tooBig(path: string): FileInputError {
  return new FileInputError(`Tệp "${path}" lớn hơn ${MAX_INPUT_TEXT}, giới hạn của một tệp kế hoạch: hãy kiểm tra lại có đúng tệp cần mở không.`);
}

function unreadable(path: string, code: string | undefined): FileInputError {
  if (code === 'ENOENT' || code === 'ENOTDIR') return new FileInputError(`Không đọc được tệp "${path}": tệp không tồn tại. Hãy kiểm tra lại đường dẫn.`);
  if (code === 'EACCES' || code === 'EPERM')
    return new FileInputError(`Không đọc được tệp "${path}": không có quyền đọc tệp này. Hãy cấp quyền đọc hoặc chép tệp sang thư mục của bạn.`);
  return new FileInputError(`Không đọc được tệp "${path}" (${code ?? 'lỗi đọc'}): hãy kiểm tra tệp rồi thử lại.`);
}

/**
 * Reads at most MAX_INPUT_BYTES of a regular file. The type and size are
 * checked before opening (opening a FIFO would wait for a writer), and
 * again on the open descriptor, in case the path was swapped in between;
 * a file that grows past the cap while being read (or that reports size 0
 * but has content, like /proc files) is still cut off at the cap.
 */
export function readInputBytes(path: string): Buffer {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch (cause) {
    throw unreadable(path, (cause as NodeJS.ErrnoException).code);
  }
  if (!stats.isFile()) throw notRegular(path, stats);
  if (stats.size > MAX_INPUT_BYTES) throw tooBig(path);

  let fd: number;
  try {
    // O_NONBLOCK: should the path have become a FIFO since statSync, open must not wait.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (cause) {
    throw unreadable(path, (cause as NodeJS.ErrnoException).code);
  }
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile()) throw notRegular(path, opened);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
      const read = readSync(fd, chunk, 0, CHUNK_BYTES, null);
      if (read === 0) break;
      total += read;
      if (total > MAX_INPUT_BYTES) throw tooBig(path);
      chunks.push(read === CHUNK_BYTES ? chunk : chunk.subarray(0, read));
    }
    return Buffer.concat(chunks, total);
  } catch (cause) {
    if (cause instanceof FileInputError) throw cause;
    throw unreadable(path, (cause as NodeJS.ErrnoException).code);
  } finally {
    closeSync(fd);
  }
}

/**
 * UTF-16 without a byte-order mark: JSON starts with ASCII (`{`, spaces),
 * which UTF-16 stores as the ASCII byte beside a NUL. Among the first
 * bytes, many NULs all on one side of each pair means UTF-16.
 */
function looksLikeUtf16(bytes: Buffer): boolean {
  const sample = bytes.subarray(0, Math.min(bytes.length, 512) & ~1);
  if (sample.length < 2) return false;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) evenNuls++;
    else oddNuls++;
  }
  const pairs = sample.length / 2;
  return (oddNuls >= pairs / 4 && evenNuls === 0) || (evenNuls >= pairs / 4 && oddNuls === 0);
}

/** How many continuation bytes follow a lead byte, and the range the first one must fall in (RFC 3629 §4). */
function sequenceOf(lead: number): { extra: number; low: number; high: number } | null {
  if (lead >= 0xc2 && lead <= 0xdf) return { extra: 1, low: 0x80, high: 0xbf };
  if (lead === 0xe0) return { extra: 2, low: 0xa0, high: 0xbf };
  if ((lead >= 0xe1 && lead <= 0xec) || lead === 0xee || lead === 0xef) return { extra: 2, low: 0x80, high: 0xbf };
  if (lead === 0xed) return { extra: 2, low: 0x80, high: 0x9f }; // no UTF-16 surrogates
  if (lead === 0xf0) return { extra: 3, low: 0x90, high: 0xbf };
  if (lead >= 0xf1 && lead <= 0xf3) return { extra: 3, low: 0x80, high: 0xbf };
  if (lead === 0xf4) return { extra: 3, low: 0x80, high: 0x8f }; // up to U+10FFFF
  return null;
}

/** Byte offset of the first byte that does not start or continue a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array, from = 0): number {
  let i = from;
  while (i < bytes.length) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i++;
      continue;
    }
    const sequence = sequenceOf(lead);
    // A sequence cut short by the end of the file is invalid too.
    if (!sequence || i + sequence.extra >= bytes.length) return i;
    const second = bytes[i + 1];
    if (second < sequence.low || second > sequence.high) return i;
    for (let k = 2; k <= sequence.extra; k++) {
      const next = bytes[i + k];
      if (next < 0x80 || next > 0xbf) return i;
    }
    i += sequence.extra + 1;
  }
  return -1;
}

/**
 * Strict UTF-8: a leading byte-order mark is skipped (Notepad writes one);
 * UTF-16 and invalid bytes are refused with the byte offset, never
 * replaced with U+FFFD behind the user's back.
 */
export function decodeUtf8(bytes: Buffer, path: string): string {
  const saveAsUtf8 = 'hãy mở tệp và lưu lại với mã hóa UTF-8.';
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || looksLikeUtf16(bytes)) {
    throw new FileInputError(`Tệp "${path}" được lưu bằng mã hóa UTF-16, không phải UTF-8: ${saveAsUtf8}`);
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(start));
  } catch {
    const offset = firstInvalidUtf8(bytes, start);
    const shown = offset >= 0 ? ` tại byte ${offset} (0x${bytes[offset].toString(16).toUpperCase().padStart(2, '0')})` : '';
    throw new FileInputError(`Tệp "${path}" có byte không hợp lệ trong UTF-8${shown}: ${saveAsUtf8}`);
  }
}

/** A regular file of at most 64 MB, as strict UTF-8 text. */
export function readInputText(path: string): string {
  return decodeUtf8(readInputBytes(path), path);
}
