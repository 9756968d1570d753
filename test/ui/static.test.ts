/** Static guarantees of the sidebar's source. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './real-server';

const UI = join(ROOT, 'src/ui');
const sources = readdirSync(UI)
  .filter((name) => name.endsWith('.ts'))
  .map((name) => ({ name, text: readFileSync(join(UI, name), 'utf8') }));

describe('sidebar source', () => {
  it('never parses text as markup', () => {
    for (const { name, text } of sources) {
      expect(text, name).not.toMatch(/\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|\beval\(|new Function\(/);
    }
  });

  it('reaches the server only through the typed bridge', () => {
    for (const { name, text } of sources.filter((s) => s.name !== 'bridge.ts')) {
      expect(text, name).not.toMatch(/script\.run|withSuccessHandler/);
    }
  });
});
