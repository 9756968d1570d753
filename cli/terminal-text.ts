/** The CLI prints through these (src/node/terminal-text.ts, shared with the preview). */
export { forTerminal, printText } from '../src/node/terminal-text';
