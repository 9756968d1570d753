import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analysePlan } from '../../src/domain/analyse';
import { ISSUE_CODES } from '../../src/domain/validate/codes';
import type { RawWorkbook } from '../../src/domain/workbook/raw';
import { ROOT } from '../../fixtures/workbooks';

/** The table "Issue codes and their severity" of docs/spec/workbook.md: code → severity as written there. */
function documentedCodes(): Map<string, string> {
  const spec = readFileSync(join(ROOT, 'docs', 'spec', 'workbook.md'), 'utf8');
  const section = spec.slice(spec.indexOf('### Issue codes and their severity'));
  const codes = new Map<string, string>();
  for (const match of section.matchAll(/^\| `([a-zA-Z-]+)` \| (error|warning|error or warning) \| (.+) \|$/gm)) {
    codes.set(match[1], match[2] === 'error or warning' ? 'depends' : match[2]);
  }
  return codes;
}

describe('issue codes: the spec table and the code agree', () => {
  const documented = documentedCodes();

  it('lists every code the code knows, with the same severity, and no other', () => {
    expect(Object.fromEntries(documented)).toEqual(ISSUE_CODES);
  });

  it('gives each code an example', () => {
    const spec = readFileSync(join(ROOT, 'docs', 'spec', 'workbook.md'), 'utf8');
    for (const code of Object.keys(ISSUE_CODES)) expect(spec).toMatch(new RegExp(`^\\| \`${code}\` \\| [a-z ]+ \\| .{8,} \\|$`, 'm'));
  });
});

describe("issue codes: every issue found in the samples and fixtures has its code's severity", () => {
  const files = [
    ...readdirSync(join(ROOT, 'samples'))
      .filter((name) => name.endsWith('.json'))
      .map((name) => join(ROOT, 'samples', name)),
    ...readdirSync(join(ROOT, 'test', 'fixtures', 'real-plans'))
      .filter((name) => name.endsWith('.json'))
      .map((name) => join(ROOT, 'test', 'fixtures', 'real-plans', name)),
  ];

  it.each(files.map((file) => [file.slice(ROOT.length + 1), file]))('%s', (_name, file) => {
    const workbook = JSON.parse(readFileSync(file, 'utf8')) as RawWorkbook;
    for (const issue of analysePlan(workbook, { today: { day: 15, month: 3, year: 2027 } }).issues) {
      const severity: string = ISSUE_CODES[issue.code as keyof typeof ISSUE_CODES];
      expect(severity, issue.code).toBeDefined();
      if (severity !== 'depends') expect(`${issue.code}: ${issue.severity}`).toBe(`${issue.code}: ${severity}`);
    }
  });
});
