/**
 * Builds what clasp pushes, into build/:
 *  - Code.js: one bundle for the Apps Script V8 runtime. esbuild wraps the
 *    code in an IIFE; Apps Script only sees top-level function
 *    declarations, so each export of src/entry/main.ts gets a one-line
 *    global function that forwards to it.
 *  - Sidebar.html: the sidebar, one self-contained HtmlService file.
 *  - appsscript.json: the manifest.
 * Prints the sizes; fails when Code.js is over its budget.
 */
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSidebar } from './build-sidebar';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'build');
/**
 * Budget from the foundation issue: under 200 KB minified, zod included;
 * raised to 240 KB when the import mapper (issue 15, about 30 KB) came
 * into the add-on, which must run the same mapper as the CLI; raised to
 * 272 KB when the year's cycle (issue 19, about 26 KB: next year's
 * workbook, `Lịch sử`, Điều 16) came into the add-on; raised to 312 KB
 * for the Phòng GD&ĐT's district mode (issue 16, about 37 KB: the
 * roll-up, its report and the Picker dialog), which must run the same
 * roll-up as the CLI.
 */
export const CODE_BUDGET_BYTES = 312 * 1024;
/** The global object holding the entry module's exports; each gets a top-level function forwarding to it. */
export const GLOBAL_NAME = 'KeHoachCaiTien';

/** The names src/entry/main.ts exports (an IIFE build does not report them). */
async function entryExports(): Promise<string[]> {
  const probe = await build({
    entryPoints: [join(root, 'src/entry/main.ts')],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  return Object.values(probe.metafile.outputs)[0].exports;
}

async function buildCode(): Promise<number> {
  const result = await build({
    entryPoints: [join(root, 'src/entry/main.ts')],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL_NAME,
    target: 'es2020',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    minify: true,
    legalComments: 'none',
    write: false,
    charset: 'utf8',
  });
  const names = (await entryExports()).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name));
  if (names.length === 0) throw new Error('src/entry/main.ts exports no entry point');
  const globals = names.map((name) => `function ${name}(){return ${GLOBAL_NAME}.${name}.apply(this,arguments)}`).join('\n');
  const code = `${result.outputFiles[0].text}\n${globals}\n`;
  writeFileSync(join(out, 'Code.js'), code);
  return Buffer.byteLength(code);
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

export async function buildAll(): Promise<{ codeBytes: number; sidebarBytes: number }> {
  mkdirSync(out, { recursive: true });
  const codeBytes = await buildCode();
  const sidebar = await buildSidebar(root);
  writeFileSync(join(out, 'Sidebar.html'), sidebar);
  copyFileSync(join(root, 'appsscript.json'), join(out, 'appsscript.json'));
  return { codeBytes, sidebarBytes: statSync(join(out, 'Sidebar.html')).size };
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const { codeBytes, sidebarBytes } = await buildAll();
  const status = codeBytes <= CODE_BUDGET_BYTES ? 'trong ngân sách' : 'VƯỢT ngân sách';
  console.log(`build/Code.js      ${kb(codeBytes)} (minified; budget ${kb(CODE_BUDGET_BYTES)}: ${status})`);
  console.log(`build/Sidebar.html ${kb(sidebarBytes)}`);
  console.log(`build/appsscript.json ${readFileSync(join(out, 'appsscript.json')).length} B`);
  if (codeBytes > CODE_BUDGET_BYTES) process.exit(1);
}
