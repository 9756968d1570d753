import { mapDocument, UNPLACED_TAB, type ImportReport } from '../../src/domain/import';
import { readPlanDocument, UnreadableDocumentError } from '../../src/import-readers';
import { decodeUtf8, FileInputError, readInputBytes } from '../../src/node/text-file';
import { CliError, flagValue, parseArgs } from '../args';
import { printText } from '../terminal-text';
import { writeOutputFile } from '../write-output';

/**
 * `import FILE --out plan.json [--json] [--force]`: a plan written in Word (.docx),
 * a Google Docs API document (.json) or an HTML page (including what
 * `render` writes) → the workbook, ready for validate, summary and render.
 * `--json` prints the report (ImportReport) instead of the sentences.
 * 0 written (what could not be placed is in its own tab, and listed),
 * 2 unreadable input or output: one Vietnamese line.
 */
export function importCommand(argv: string[]): number {
  const args = parseArgs(argv, ['out']);
  const input = args.positional[0];
  const out = flagValue(args, 'out');
  if (!input)
    throw new CliError(
      'Thiếu tên tệp kế hoạch cần nhập (.docx, .html hoặc .json của Google Docs). Ví dụ: npm run -s cli -- import ke-hoach.docx --out ke-hoach.json',
      2,
    );
  if (!out) throw new CliError('Thiếu --out: tên tệp bảng tính .json cần ghi, ví dụ: import ke-hoach.docx --out ke-hoach.json', 2);

  let result;
  try {
    const bytes = readInputBytes(input);
    const content = readPlanDocument(bytes, input, (raw) => decodeUtf8(Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength), input));
    result = mapDocument(content);
  } catch (cause) {
    if (cause instanceof FileInputError) throw new CliError(cause.message, 2);
    if (cause instanceof UnreadableDocumentError) throw new CliError(`Không nhập được "${input}": ${cause.message}`, 2);
    throw cause;
  }
  writeOutputFile({ path: out, extension: '.json', input, force: args.flags.has('force') }, JSON.stringify(result.workbook, null, 1) + '\n');
  if (args.flags.has('json')) process.stdout.write(JSON.stringify(result.report, null, 2) + '\n');
  else printText(reportText(out, result.report));
  return 0;
}

/** What was written, in a few lines: the framework, rows per tab, levels, blanks, what could not be placed. */
export function reportText(out: string, report: ImportReport): string {
  const lines = [`Đã ghi ${out}: khung ${report.framework}. ${report.frameworkReason}`];
  lines.push(`Dòng cải tiến: ${report.rowsPerTab.map((tab) => `${tab.tab}: ${tab.rows}`).join('; ')}.`);
  lines.push(
    report.levelsMissing.length === 0
      ? `Mức đạt: đọc được cả ${report.levelsFound}.`
      : `Mức đạt: đọc được ${report.levelsFound}; văn bản không nêu mức của ${report.levelsMissing.join(', ')}: ô "Mức hiện tại" để trống, hãy điền trong bảng tính.`,
  );
  lines.push(...report.levelNotes);
  if (report.infoMissing.length > 0) lines.push(`Thông tin chung để trống (văn bản không ghi): ${report.infoMissing.join(', ')}.`);
  if (report.unplaced > 0)
    lines.push(`${report.unplaced} dòng chưa xếp được vào tiêu chuẩn nào: xem tab "${UNPLACED_TAB}" (có ghi lý do) và chép vào đúng tab.`);
  return lines.join('\n') + '\n';
}
