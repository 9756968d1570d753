/**
 * "Parse once" is an ESLint rule (eslint.config.js, run by `npm test`): the
 * reader parses each cell once, and validation, summary, follow-up, the
 * document builder, next year and the roll-up only read its typed values.
 * This test checks that the rule is in force in each of those places, that
 * it leaves the parsers' types and formatters alone, and that the domain's
 * layer rule still holds beside it.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: ROOT });
const PARSE_ONCE = '@typescript-eslint/no-restricted-imports';

/** The rules that fire on `code`, linted as if it were `file` (an existing file: the type-aware parser knows only the project's files). */
async function rulesFor(file: string, code: string): Promise<(string | null)[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
  return result.messages.map((message) => message.ruleId);
}

const refused: [string, string][] = [
  ['src/domain/validate/action-rows.ts', "import { parseBudget } from '../parse/budget';\nexport const read = parseBudget;\n"],
  ['src/domain/summary/summary.ts', "import { parseLevel, parseMet } from '../parse/level';\nexport const read = [parseLevel, parseMet];\n"],
  ['src/domain/followup.ts', "import { parseTimeWindow } from './parse/time-window';\nexport const read = parseTimeWindow;\n"],
  ['src/domain/followup.ts', "import * as parsers from './parse';\nexport const read = parsers;\n"],
  ['src/domain/document/build.ts', "import { parseBudget } from '../parse';\nexport const read = parseBudget;\n"],
  ['src/domain/cycle/actions.ts', "import { parseTimeWindow } from '../parse/time-window';\nexport const read = parseTimeWindow;\n"],
  ['src/domain/rollup/rollup.ts', "import { parseSchoolYear } from '../parse/school-year';\nexport const read = parseSchoolYear;\n"],
  ['src/domain/validate/info.ts', "import { TextCache } from '../parse/text-cache';\nexport const cache = new TextCache<string>(10);\n"],
  ['src/domain/document/build.ts', "import { foldVietnamese } from '../parse/fold';\nexport const fold = foldVietnamese;\n"],
];

const allowed: [string, string][] = [
  ['src/domain/validate/action-rows.ts', "import type { Budget, TimeWindow } from '../parse/types';\nexport type Read = Budget | TimeWindow;\n"],
  ['src/domain/summary/summary.ts', "import { formatVnd } from '../parse/budget';\nexport const show = formatVnd;\n"],
  ['src/domain/followup.ts', "import { monthIndex } from './parse/time-window';\nexport const month = monthIndex(2025, 5);\n"],
  ['src/domain/rollup/rollup.ts', "import { formatDateLong, formatSchoolYear } from '../parse';\nexport const show = [formatDateLong, formatSchoolYear];\n"],
  // The reader is where parsing happens: the rule does not reach it.
  ['src/domain/workbook/read.ts', "import { parseBudget } from '../parse/budget';\nexport const read = parseBudget;\n"],
];

describe('parse once: the lint rule', () => {
  it.each(refused)('refuses a parser in %s', async (file, code) => {
    expect(await rulesFor(file, code)).toContain(PARSE_ONCE);
  });

  it.each(allowed)('allows types, formatters and the reader: %s', async (file, code) => {
    expect(await rulesFor(file, code)).not.toContain(PARSE_ONCE);
  });

  it('keeps the domain layer rule beside it (a domain file still may not import an adapter)', async () => {
    const rules = await rulesFor(
      'src/domain/summary/summary.ts',
      "import { readSheets } from '../../adapters/sheets-read';\nexport const read = readSheets;\n",
    );
    expect(rules).toContain('no-restricted-imports');
  });
});
