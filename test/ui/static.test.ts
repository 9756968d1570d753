/**
 * Static guarantees of the sidebar's source. "Never markup" is an ESLint
 * rule (eslint.config.js, run by `npm test`); this test checks that the
 * rule is in force on the sidebar's files and refuses each way in.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { ROOT } from './real-server';

const UI = join(ROOT, 'src/ui');
const sources = readdirSync(UI)
  .filter((name) => name.endsWith('.ts'))
  .map((name) => ({ name, text: readFileSync(join(UI, name), 'utf8') }));

describe('sidebar source', () => {
  it.each([['element.innerHTML = text;'], ['element.outerHTML = text;'], ["element.insertAdjacentHTML('beforeend', text);"], ["element['innerHTML'] = text;"]])(
    'the lint rule refuses %s in src/ui',
    async (line) => {
      const eslint = new ESLint({ cwd: ROOT });
      const code = `export function show(element: HTMLElement, text: string): void {\n  ${line}\n}\n`;
      // Linted as if it were src/ui/dom.ts: the type-aware parser only knows the project's own files.
      const [result] = await eslint.lintText(code, { filePath: join(UI, 'dom.ts') });
      const rules = result.messages.map((message) => message.ruleId);
      expect(rules.some((rule) => rule === 'no-restricted-properties' || rule === 'no-restricted-syntax')).toBe(true);
    },
  );

  it('reaches the server only through the typed bridge', () => {
    for (const { name, text } of sources.filter((s) => s.name !== 'bridge.ts')) {
      expect(text, name).not.toMatch(/script\.run|withSuccessHandler/);
    }
  });
});
