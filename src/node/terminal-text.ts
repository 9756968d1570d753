/**
 * Cell text printed to a terminal (by the CLI, and by the preview's log of
 * server calls). A workbook is someone else's file: a cell holding ESC
 * sequences could recolour the terminal, move the cursor, rewrite earlier
 * lines or set the window title (OSC). The CLI's text mode prints cell
 * text only through forTerminal; --json output is escaped by
 * JSON.stringify instead.
 */

/** CSI (ESC [ … final byte), ECMA-48 §5.4. */
const CSI = /\x1b\[[0-?]*[ -/]*[@-~]/g;
/** OSC, DCS, SOS, PM, APC strings, ended by BEL or ST (ESC \), or by the end of the text. */
const CONTROL_STRING = /\x1b[\]PX^_][\s\S]*?(?:\x07|\x1b\\|$)/g;
/** Any other ESC and the one character it introduces. */
const OTHER_ESCAPE = /\x1b[\s\S]?/g;
/** C0 controls except tab and line feed, DEL, and the C1 controls U+0080–U+009F. */
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;

export function forTerminal(text: string): string {
  return text.replace(CSI, '').replace(CONTROL_STRING, '').replace(OTHER_ESCAPE, '').replace(CONTROL, '');
}

/** Writes text (which may hold cell text) to stdout, without terminal controls. */
export function printText(text: string): void {
  process.stdout.write(forTerminal(text));
}
