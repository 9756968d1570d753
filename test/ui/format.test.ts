/**
 * One rule each, shared by the server and the sidebar bundle (issue 11):
 * the sidebar's issue order, percent format and e-mail check are the
 * domain's own functions, not copies that could drift.
 */
import { describe, expect, it } from 'vitest';
import { checkEmail } from '../../src/domain/email';
import { formatPercent as domainPercent } from '../../src/domain/parse/percent';
import { sortIssues as domainSort } from '../../src/domain/validate/sort';
import { formatPercent, parseEmails, sortIssues } from '../../src/ui/format';

describe('the sidebar uses the domain rules', () => {
  it.each<[string, unknown, unknown]>([
    ['sortIssues', sortIssues, domainSort],
    ['formatPercent', formatPercent, domainPercent],
  ])('%s is the domain function itself', (_name, ui, domain) => {
    expect(ui).toBe(domain);
  });

  it.each([
    ['phonggd.ankhang@example.edu.vn', true],
    ['hieutruong@thak.edu.vn', true],
    ['a@b..vn', false],
    ['c@.x.vn', false],
    ['"bangiamhieu"@truong.edu.vn', false],
    ['hieu\u200btruong@truong.edu.vn', false],
    ['giáo.viên@truong.edu.vn', false],
    ['ketoan@trường.vn', false],
    ['ketoan@xn--trng-hra.vn', true],
    ['thieu-a-cong.truong.edu.vn', false],
  ])('%s: the sidebar and the server agree (valid: %s)', (address, valid) => {
    const parsed = parseEmails(address);
    expect(checkEmail(address).ok).toBe(valid);
    expect(parsed.valid).toEqual(valid ? [address] : []);
    const check = checkEmail(address);
    expect(parsed.invalid).toEqual(check.ok ? [] : [{ address, reason: check.reason }]);
  });

  it('splits a typed list on commas, semicolons, spaces and lines, and keeps a repeated address once', () => {
    const parsed = parseEmails('phonggd@example.edu.vn; PhongGD@example.edu.vn,\nketoan@truong..vn  hieutruong@example.edu.vn');
    expect(parsed.valid).toEqual(['phonggd@example.edu.vn', 'hieutruong@example.edu.vn']);
    expect(parsed.invalid.map((bad) => bad.address)).toEqual(['ketoan@truong..vn']);
  });
});
