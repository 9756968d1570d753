/**
 * "Chia sẻ": named people only, as viewers or commenters, every address
 * checked before anything is shared, never public or by link.
 */
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../../emulator';
import { driveScenario } from '../../emulator/drive-access';
import { collectRecipients } from '../../src/server/share';
import { setInfo } from '../../fixtures/workbooks';
import { openAddOn, type AddOn } from '../addon/bundle';
import { tt17Clean } from '../../fixtures/plans';

function withDocument(emails = 'phonggd.ankhang@example.edu.vn, hieutruong.thak@example.edu.vn'): AddOn {
  const workbook = tt17Clean();
  setInfo(workbook, 'Email nhận', emails);
  const addOn = openAddOn(workbook);
  addOn.value('createDocument', { newVersion: false });
  addOn.emu.calls.reset();
  return addOn;
}

/** Every permission on every file, besides the owner's. */
function grants(emu: Emulator): [string, string, string, string | undefined][] {
  return emu.drive
    .files()
    .flatMap((file) =>
      file.permissions
        .filter((p) => p.role !== 'owner')
        .map((p): [string, string, string, string | undefined] => [file.mimeType === 'application/pdf' ? 'pdf' : 'doc', p.type, p.role, p.emailAddress]),
    );
}

describe('sharing the plan', () => {
  it('shares the Doc and its PDF with the Email nhận addresses and the typed ones, as commenters by default', () => {
    const addOn = withDocument();
    const report = addOn.value('shareDocument', {
      emails: ['ketoan.thak@example.edu.vn; PHONGGD.ankhang@example.edu.vn'],
      role: 'commenter',
      message: 'Kính gửi Phòng GD&ĐT kế hoạch cải tiến chất lượng năm học 2024-2025.',
    });
    expect(report.shared).toEqual(['phonggd.ankhang@example.edu.vn', 'hieutruong.thak@example.edu.vn', 'ketoan.thak@example.edu.vn']);
    expect(report.message).toContain('quyền Người nhận xét cho cả 3 địa chỉ');
    expect(report.complete).toBe(true);
    expect(report.recipients.map((r) => [r.email, r.status, r.notified])).toEqual([
      ['phonggd.ankhang@example.edu.vn', 'shared', true],
      ['hieutruong.thak@example.edu.vn', 'shared', true],
      ['ketoan.thak@example.edu.vn', 'shared', true],
    ]);
    expect(report.links.docUrl).toContain(report.links.docId);
    expect(grants(addOn.emu).sort()).toEqual(
      [
        ['doc', 'user', 'commenter', 'phonggd.ankhang@example.edu.vn'],
        ['doc', 'user', 'commenter', 'hieutruong.thak@example.edu.vn'],
        ['doc', 'user', 'commenter', 'ketoan.thak@example.edu.vn'],
        ['pdf', 'user', 'commenter', 'phonggd.ankhang@example.edu.vn'],
        ['pdf', 'user', 'commenter', 'hieutruong.thak@example.edu.vn'],
        ['pdf', 'user', 'commenter', 'ketoan.thak@example.edu.vn'],
      ].sort(),
    );
    // One notification email per person (for the Doc), carrying the message.
    expect(addOn.emu.drive.notifications().map((n) => [n.to, n.message])).toEqual([
      ['phonggd.ankhang@example.edu.vn', 'Kính gửi Phòng GD&ĐT kế hoạch cải tiến chất lượng năm học 2024-2025.'],
      ['hieutruong.thak@example.edu.vn', 'Kính gửi Phòng GD&ĐT kế hoạch cải tiến chất lượng năm học 2024-2025.'],
      ['ketoan.thak@example.edu.vn', 'Kính gửi Phòng GD&ĐT kế hoạch cải tiến chất lượng năm học 2024-2025.'],
    ]);
    expect(addOn.emu.calls.get('Drive.Permissions.create')).toBe(6);
  });

  it('shares as viewers when asked', () => {
    const addOn = withDocument();
    addOn.value('shareDocument', { emails: [], role: 'reader', message: '' });
    expect(grants(addOn.emu).every(([, type, role]) => type === 'user' && role === 'reader')).toBe(true);
    expect(addOn.emu.drive.notifications().every((n) => n.message === null)).toBe(true);
  });

  it('shares nothing when one address is bad, and names it', () => {
    const addOn = withDocument('phonggd.ankhang@example.edu.vn, hieutruong.thak@example');
    const result = addOn.run('shareDocument', { emails: ['ketoan@@example.edu.vn'], role: 'commenter', message: '' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain('Chưa chia sẻ cho ai');
    expect(result.message).toContain('"hieutruong.thak@example" ở ô Thông tin chung!B14 ("Email nhận"): tên miền thiếu phần đuôi');
    expect(result.message).toContain('"ketoan@@example.edu.vn" ở ô địa chỉ bạn nhập: có nhiều hơn một dấu @');
    expect(grants(addOn.emu)).toEqual([]);
    expect(addOn.emu.calls.get('Drive.Permissions.create')).toBe(0);
  });

  it('asks for an address when there is none', () => {
    const addOn = withDocument('');
    const result = addOn.run('shareDocument', { emails: [], role: 'commenter', message: '' });
    expect(result).toEqual({ ok: false, message: expect.stringContaining('Chưa có địa chỉ email nào') });
  });

  it('asks to create the Doc first', () => {
    const addOn = openAddOn(tt17Clean());
    const result = addOn.run('shareDocument', { emails: ['a@example.edu.vn'], role: 'commenter', message: '' });
    expect(result).toEqual({ ok: false, message: expect.stringContaining('Hãy bấm "Tạo văn bản" trước') });
  });

  it('refuses a role other than viewer or commenter', () => {
    const addOn = withDocument();
    const result = addOn.run('shareDocument', { emails: [], role: 'writer' as never, message: '' });
    expect(result.ok).toBe(false);
    expect(grants(addOn.emu)).toEqual([]);
  });

  it('never shares publicly, by link or with a domain', () => {
    const addOn = withDocument();
    addOn.value('shareDocument', { emails: ['a@example.edu.vn'], role: 'reader', message: '' });
    addOn.value('shareDocument', { emails: ['b@example.edu.vn'], role: 'commenter', message: 'x' });
    const types = addOn.emu.drive.files().flatMap((file) => file.permissions.map((p) => p.type));
    expect(new Set(types)).toEqual(new Set(['user']));
    expect(
      addOn.emu.drive
        .files()
        .flatMap((file) => file.permissions)
        .some((p) => p.allowFileDiscovery !== undefined),
    ).toBe(false);
  });
});

/** A district office on its own mail server: no Google account behind the address. */
const DISTRICT = 'vanthu@pgd-ankhang.edu.vn';

describe('addresses without a Google account', () => {
  it('are shared with anyway: the PDF is retried with the notification Drive requires, and the others go on', () => {
    const addOn = withDocument('phonggd.ankhang@example.edu.vn');
    driveScenario(addOn.emu.env).notGoogleAccounts(DISTRICT);
    const report = addOn.value('shareDocument', { emails: [`${DISTRICT}, ketoan.thak@example.edu.vn`], role: 'reader', message: 'Kính gửi Phòng GD&ĐT.' });
    expect(report.complete).toBe(true);
    expect(report.recipients).toEqual([
      { email: 'phonggd.ankhang@example.edu.vn', status: 'shared', notified: true, problem: null },
      { email: DISTRICT, status: 'shared', notified: true, problem: null },
      { email: 'ketoan.thak@example.edu.vn', status: 'shared', notified: true, problem: null },
    ]);
    // The district office gets two e-mails (the Doc, then the PDF Drive would not share silently); the others one.
    expect(addOn.emu.drive.notifications().map((n) => n.to)).toEqual(['phonggd.ankhang@example.edu.vn', DISTRICT, DISTRICT, 'ketoan.thak@example.edu.vn']);
    expect(
      grants(addOn.emu)
        .filter(([, , , email]) => email === DISTRICT)
        .map(([file]) => file)
        .sort(),
    ).toEqual(['doc', 'pdf']);
    // 3 Docs + 3 PDFs + 1 refused silent attempt.
    expect(addOn.emu.calls.get('Drive.Permissions.create')).toBe(7);
  });

  it('fail alone when Drive refuses them outright (a shared drive), and the report never claims everyone was shared', () => {
    const addOn = withDocument('phonggd.ankhang@example.edu.vn');
    const scenario = driveScenario(addOn.emu.env);
    scenario.notGoogleAccounts(DISTRICT);
    const docId = addOn.value('getOverview').document!.docId;
    scenario.moveToSharedDrive(docId);
    const report = addOn.value('shareDocument', { emails: [`${DISTRICT} ketoan.thak@example.edu.vn`], role: 'commenter', message: '' });
    expect(report.complete).toBe(false);
    expect(report.shared).toEqual(['phonggd.ankhang@example.edu.vn', 'ketoan.thak@example.edu.vn']);
    expect(report.recipients.map((r) => [r.email, r.status])).toEqual([
      ['phonggd.ankhang@example.edu.vn', 'shared'],
      [DISTRICT, 'failed'],
      ['ketoan.thak@example.edu.vn', 'shared'],
    ]);
    expect(report.recipients[1].problem).toContain('không có tài khoản Google');
    expect(report.message).toMatch(/^Mới chia sẻ đầy đủ cho 2\/3 địa chỉ \(quyền Người nhận xét\):/);
    expect(report.message).toContain(`- ${DISTRICT}: CHƯA chia sẻ: địa chỉ này không có tài khoản Google`);
    expect(report.message).not.toContain('cho cả');
    expect(grants(addOn.emu).some(([, , , email]) => email === DISTRICT)).toBe(false);
  });

  it('stop nobody else when Drive refuses the first one, even when every one fails it says so per address', () => {
    const addOn = withDocument('');
    const scenario = driveScenario(addOn.emu.env);
    scenario.notGoogleAccounts(DISTRICT, 'vanthu@pgd-phugiao.edu.vn');
    scenario.moveToSharedDrive(addOn.value('getOverview').document!.docId);
    const result = addOn.run('shareDocument', { emails: [`${DISTRICT}, vanthu@pgd-phugiao.edu.vn`], role: 'reader', message: '' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(/^Chưa chia sẻ được cho ai:/);
    expect(result.message).toContain(`- ${DISTRICT}: địa chỉ này không có tài khoản Google`);
    expect(result.message).toContain('- vanthu@pgd-phugiao.edu.vn: địa chỉ này không có tài khoản Google');
  });
});

describe('a Doc the user may not share', () => {
  it('stops at the first refusal, says why for each address, and shares nothing', () => {
    const addOn = withDocument('phonggd.ankhang@example.edu.vn, hieutruong.thak@example.edu.vn');
    driveScenario(addOn.emu.env).makeReadOnly(addOn.value('getOverview').document!.docId);
    const result = addOn.run('shareDocument', { emails: [], role: 'reader', message: '' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain('- phonggd.ankhang@example.edu.vn: tài khoản của bạn không có quyền chia sẻ tệp này');
    expect(result.message).toContain('- hieutruong.thak@example.edu.vn: chưa thử, vì tài khoản của bạn không có quyền chia sẻ tệp này');
    expect(result.message).not.toMatch(/sufficient permissions|API call/);
    expect(addOn.emu.calls.get('Drive.Permissions.create')).toBe(1);
    expect(grants(addOn.emu)).toEqual([]);
  });
});

describe('a PDF the user may not share', () => {
  it('leaves the Doc shared, and says per address that the PDF is not', () => {
    const addOn = withDocument('phonggd.ankhang@example.edu.vn, hieutruong.thak@example.edu.vn');
    const pdf = addOn.emu.drive.files().find((file) => file.mimeType === 'application/pdf')!;
    driveScenario(addOn.emu.env).makeReadOnly(pdf.id);
    const report = addOn.value('shareDocument', { emails: [], role: 'reader', message: '' });
    expect(report.complete).toBe(false);
    expect(report.shared).toEqual(['phonggd.ankhang@example.edu.vn', 'hieutruong.thak@example.edu.vn']);
    expect(report.recipients.map((r) => r.status)).toEqual(['docOnly', 'docOnly']);
    expect(report.message).toMatch(/^Mới chia sẻ đầy đủ cho 0\/2 địa chỉ/);
    expect(report.message).toContain(
      '- phonggd.ankhang@example.edu.vn: đã chia sẻ văn bản, CHƯA chia sẻ được bản PDF: tài khoản của bạn không có quyền chia sẻ tệp này',
    );
    expect(grants(addOn.emu).map(([file]) => file)).toEqual(['doc', 'doc']);
  });
});

describe('addresses refused before anything is shared', () => {
  it.each([
    ['a@b..vn', 'hai dấu chấm liền nhau trong tên miền'],
    ['c@.x.vn', 'tên miền không được bắt đầu bằng dấu chấm'],
    ['"phonggd"@example.edu.vn', 'dấu ngoặc kép'],
    ['phong\u200bgd@example.edu.vn', 'dấu cách không độ rộng (U+200B)'],
    ['\u200ephonggd@example.edu.vn', 'LRM (U+200E)'],
    ['vanthu@phònggd.vn', 'tên miền có chữ có dấu'],
  ])('%s', (address, reason) => {
    const addOn = withDocument(`phonggd.ankhang@example.edu.vn; ${address}`);
    const result = addOn.run('shareDocument', { emails: [], role: 'commenter', message: '' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain(`"${address}" ở ô Thông tin chung!B14 ("Email nhận"): `);
    expect(result.message).toContain(reason);
    expect(addOn.emu.calls.get('Drive.Permissions.create')).toBe(0);
  });
});

describe('collecting addresses', () => {
  it('splits on commas, semicolons, spaces and lines, and drops repeats whatever their case', () => {
    expect(collectRecipients([{ text: 'a@x.vn, b@x.vn\nc@x.vn', from: 'Thông tin chung!B14' }], ['B@X.VN; d@x.vn e@x.vn']).map((r) => r.email)).toEqual([
      'a@x.vn',
      'b@x.vn',
      'c@x.vn',
      'd@x.vn',
      'e@x.vn',
    ]);
  });
});
