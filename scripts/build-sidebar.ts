/**
 * Builds build/Sidebar.html: src/ui/sidebar.html with its CSS and the
 * bundled, minified TypeScript inlined, so HtmlService serves one
 * self-contained file (`createHtmlOutputFromFile('Sidebar')`).
 */
import { build, transform } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Inline script text must not close its own <script> element or open an HTML comment. */
export function assertInlineSafe(js: string): void {
  if (/<\/script/i.test(js) || /<!--/.test(js)) {
    throw new Error('Sidebar bundle contains "</script" or "<!--": it cannot be inlined safely');
  }
}

export async function buildSidebar(root: string): Promise<string> {
  const ui = join(root, 'src/ui');
  const shell = readFileSync(join(ui, 'sidebar.html'), 'utf8');
  const css = await transform(readFileSync(join(ui, 'sidebar.css'), 'utf8'), { loader: 'css', minify: true, target: 'chrome100' });
  const js = await build({
    entryPoints: [join(ui, 'main.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    write: false,
  });
  const script = js.outputFiles[0].text.trim();
  assertInlineSafe(script);
  // Functions as replacements: `$&` or `$'` in minified code must stay literal.
  // The shell's own whitespace is collapsed before the code goes in; the code is never touched.
  const compactShell = shell.replace(/>\s*\n\s*</g, '><').replace(/\s*\n\s*/g, ' ');
  const html = compactShell.replace('/*__CSS__*/', () => css.code.trim()).replace('/*__JS__*/', () => script);
  if (html.includes('/*__CSS__*/') || html.includes('/*__JS__*/')) throw new Error('Sidebar shell placeholders not replaced');
  return html;
}
