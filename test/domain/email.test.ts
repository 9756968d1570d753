/**
 * The e-mail rule: addresses district offices and schools really use pass;
 * the mistakes a paste or a typo makes are refused with a Vietnamese reason.
 */
import { describe, expect, it } from 'vitest';
import { checkEmail, splitEmails } from '../../src/domain/email';
import { tt17TieuHoc } from '../../src/domain/frameworks';
import { validatePlan } from '../../src/domain/validate';
import { readPlan } from '../../src/domain/workbook/read';
import { filledWorkbook, setInfo } from '../../fixtures/workbooks';

describe('addresses that may be shared with', () => {
  it.each([
    'phonggd.ankhang@example.edu.vn',
    'vanthu@pgdphugiao.binhduong.gov.vn',
    'nguyen.thi.minh.hanh@gmail.com',
    "o'brien@truong-abc.edu.vn",
    'ke.toan+kehoach@thak.edu.vn',
    'HieuTruong@THAK.EDU.VN',
    // IDN written as ASCII (xn--): "phònggd.vn", "example.việt".
    'vanthu@xn--phnggd-4wa.vn',
    'lienhe@example.xn--vit-5kz',
  ])('%s', (address) => {
    expect(checkEmail(address)).toEqual({ ok: true });
  });
});

describe('addresses refused, with the reason', () => {
  it.each([
    ['a@b..vn', 'hai dấu chấm liền nhau trong tên miền'],
    ['c@.x.vn', 'tên miền không được bắt đầu bằng dấu chấm'],
    ['phonggd@example.edu.vn.', 'tên miền không được kết thúc bằng dấu chấm'],
    ['.phonggd@example.edu.vn', 'không được bắt đầu hay kết thúc bằng dấu chấm'],
    ['phong..gd@example.edu.vn', 'hai dấu chấm liền nhau trước dấu @'],
    ['"phong gd"@example.edu.vn', 'có dấu cách bên trong'],
    ['"phonggd"@example.edu.vn', 'dấu ngoặc kép'],
    ['phong\u200bgd@example.edu.vn', 'dấu cách không độ rộng (U+200B)'],
    ['\u200ephonggd@example.edu.vn', 'dấu hướng chữ LRM (U+200E)'],
    ['phonggd@example.edu.vn\u200f', 'dấu hướng chữ RLM (U+200F)'],
    ['phong\u00adgd@example.edu.vn', 'dấu gạch nối ẩn (U+00AD)'],
    ['phonggd@exam\u2060ple.edu.vn', 'ký tự ẩn U+2060'],
    ['vanthu@phònggd.vn', 'tên miền có chữ có dấu'],
    ['hiệutrưởng@thak.edu.vn', 'chữ có dấu hoặc ký tự lạ'],
    ['phonggd.example.edu.vn', 'thiếu dấu @'],
    ['ketoan@@example.edu.vn', 'nhiều hơn một dấu @'],
    ['@example.edu.vn', 'thiếu phần tên trước dấu @'],
    ['phonggd@', 'thiếu tên miền sau dấu @'],
    ['hieutruong.thak@example', 'tên miền thiếu phần đuôi'],
    ['phonggd@-example.edu.vn', 'phần "-example" của tên miền không hợp lệ'],
    ['phonggd@example.edu.v1', 'đuôi tên miền ".v1" không hợp lệ'],
    ['phong(gd)@example.edu.vn', 'ký tự "(" không dùng được'],
    ['phonggd@[10.0.0.1]', 'không hợp lệ'],
    [`${'a'.repeat(65)}@example.edu.vn`, 'dài quá 64 ký tự'],
  ])('%s', (address, reason) => {
    const checked = checkEmail(address);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.reason).toContain(reason);
  });
});

describe('splitting a list of addresses', () => {
  it.each([
    ['a@x.vn, b@x.vn; c@x.vn', ['a@x.vn', 'b@x.vn', 'c@x.vn']],
    ['a@x.vn\nb@x.vn\t c@x.vn', ['a@x.vn', 'b@x.vn', 'c@x.vn']],
    ['  ;, ', []],
    // An invisible mark is not a separator: it stays in the address so the check can name it.
    ['phong\u200bgd@x.vn, b@x.vn', ['phong\u200bgd@x.vn', 'b@x.vn']],
  ])('%j', (text, expected) => {
    expect(splitEmails(text)).toEqual(expected);
  });
});

describe('the Email nhận cell', () => {
  it.each([
    ['phonggd@example.edu.vn, vanthu@pgd-ankhang.edu.vn', []],
    ['phonggd@example.edu.vn, phong\u200bgd@example.edu.vn', ['dấu cách không độ rộng (U+200B)']],
    ['a@b..vn; c@.x.vn', ['hai dấu chấm liền nhau trong tên miền', 'tên miền không được bắt đầu bằng dấu chấm']],
  ])('%j', (cell, reasons) => {
    const workbook = filledWorkbook(tt17TieuHoc);
    setInfo(workbook, 'Email nhận', cell);
    const issues = validatePlan(readPlan(workbook), { today: { day: 5, month: 10, year: 2024 } }).filter((issue) => issue.code === 'info-email-invalid');
    expect(issues.map((issue) => [issue.severity, issue.sheet])).toEqual(reasons.map(() => ['warning', 'Thông tin chung']));
    reasons.forEach((reason, i) => expect(issues[i].message).toContain(reason));
  });
});
