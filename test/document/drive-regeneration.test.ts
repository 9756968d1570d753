/**
 * "Tạo văn bản" again, against what a real Drive holds by then: hand edits
 * in the Doc, a Doc the user may only comment on, another editor's Doc the
 * user's add-on cannot see, a Doc moved into a shared drive, and a PDF
 * export that comes back as a string. Each runs the built Code.js on the
 * emulator, told by driveScenario what Drive would do.
 */
import { describe, expect, it } from 'vitest';
import { driveScenario } from '../../emulator/drive-access';
import type { DocumentReport, DocumentRequest } from '../../src/server/api';
import { openAddOn, type AddOn } from '../addon/bundle';
import { tt17Clean } from '../../fixtures/plans';

const PRINCIPAL = 'hieutruong.thak@example.edu.vn';
const VICE_PRINCIPAL = 'phohieutruong.thak@example.edu.vn';
const SIGNATURE = 'Đã duyệt, ký tên: Nguyễn Thị Minh Hạnh\n';
const GOOGLE_DOC = 'application/vnd.google-apps.document';

function generate(addOn: AddOn, request: Partial<DocumentRequest> = {}): DocumentReport {
  return addOn.value('createDocument', { newVersion: false, ...request });
}

/** The principal's add-on with the plan's Doc made once. */
function generatedOnce(): { addOn: AddOn; first: DocumentReport } {
  const addOn = openAddOn(tt17Clean());
  addOn.emu.env.settings.user = PRINCIPAL;
  const first = generate(addOn);
  return { addOn, first };
}

function docText(addOn: AddOn, docId: string): string {
  return addOn.emu.drive.doc(docId)!.text();
}

function googleDocs(addOn: AddOn): number {
  return addOn.emu.drive.files().filter((file) => file.mimeType === GOOGLE_DOC).length;
}

/** Docs and Drive calls only, by name (the workbook reads are counted elsewhere). */
function googleCalls(addOn: AddOn): Record<string, number> {
  return Object.fromEntries(Object.entries(addOn.emu.calls.byName()).filter(([name]) => name.startsWith('Docs.') || name.startsWith('Drive.')));
}

describe('a Doc edited by hand since the add-on wrote it', () => {
  function edited(): { addOn: AddOn; first: DocumentReport } {
    const { addOn, first } = generatedOnce();
    driveScenario(addOn.emu.env).editByHand(first.links.docId, SIGNATURE, VICE_PRINCIPAL);
    addOn.emu.calls.reset();
    return { addOn, first };
  }

  it('is not overwritten: the add-on asks, says who edited it, and changes nothing', () => {
    const { addOn, first } = edited();
    const report = generate(addOn);
    expect(report.decision).toEqual({
      reason: 'edited',
      choices: ['overwrite', 'newVersion'],
      person: { email: VICE_PRINCIPAL, name: 'Phohieutruong Thak' },
      editedAt: expect.stringMatching(/^2024-10-05T02:01:00/),
    });
    expect(report.created).toBe(false);
    expect(report.links.docId).toBe(first.links.docId);
    expect(report.message).toContain('Chưa cập nhật văn bản');
    expect(report.message).toContain(`lần sửa cuối bởi Phohieutruong Thak (${VICE_PRINCIPAL}) lúc 09:01 ngày 05/10/2024`);
    expect(report.message).toContain('Văn bản chưa bị thay đổi.');
    expect(report.message).not.toContain('Đã cập nhật');
    expect(docText(addOn, first.links.docId)).toContain(SIGNATURE.trim());
    expect(googleCalls(addOn)).toEqual({ 'Drive.Files.get': 1, 'Docs.Documents.get': 1 });
  });

  it('is overwritten when the user chooses to, and the message says the edits were replaced', () => {
    const { addOn, first } = edited();
    const report = generate(addOn, { onEdited: 'overwrite' });
    expect(report.decision).toBeNull();
    expect(report.replacedEdits).toBe(true);
    expect(report.links.docId).toBe(first.links.docId);
    expect(report.message).toMatch(/^Đã ghi đè văn bản/);
    expect(report.message).toContain('Những chỗ đã sửa trực tiếp trong văn bản đã bị thay bằng nội dung từ bảng tính');
    expect(docText(addOn, first.links.docId)).not.toContain(SIGNATURE.trim());
    // The add-on's own write is remembered: the next generation does not ask again.
    const again = generate(addOn);
    expect(again.decision).toBeNull();
    expect(again.replacedEdits).toBe(false);
    expect(again.message).toMatch(/^Đã cập nhật văn bản/);
  });

  it('is kept as it is when the user chooses a new version', () => {
    const { addOn, first } = edited();
    const report = generate(addOn, { onEdited: 'newVersion' });
    expect(report.created).toBe(true);
    expect(report.links.docId).not.toBe(first.links.docId);
    expect(report.message).toContain(`Văn bản cũ "${first.links.title}" vẫn giữ nguyên: ${first.links.docUrl} (cùng những chỗ đã sửa trực tiếp).`);
    expect(docText(addOn, first.links.docId)).toContain(SIGNATURE.trim());
    expect(googleDocs(addOn)).toBe(2);
  });

  it('is not overwritten when no choice is sent (the default is to ask)', () => {
    const { addOn, first } = edited();
    expect(generate(addOn, {}).decision?.reason).toBe('edited');
    expect(docText(addOn, first.links.docId)).toContain(SIGNATURE.trim());
  });

  it('is not overwritten on an unknown choice: the request is refused before any work, in Vietnamese', () => {
    const { addOn, first } = edited();
    const result = addOn.run('createDocument', { newVersion: false, onEdited: 'replace' as never });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('không đúng dạng, nên chưa làm gì');
    expect(docText(addOn, first.links.docId)).toContain(SIGNATURE.trim());
  });

  it('is asked about when the record comes from an earlier version of the add-on (no time of its last write)', () => {
    const { addOn, first } = generatedOnce();
    const stored = JSON.parse(addOn.emu.properties.document.get('planDocument')!);
    addOn.emu.properties.document.set(
      'planDocument',
      JSON.stringify({ docId: stored.docId, pdfId: stored.pdfId, title: stored.title, updatedAt: stored.updatedAt }),
    );
    const report = generate(addOn);
    expect(report.decision?.reason).toBe('edited');
    expect(report.message).toContain('phiên bản cũ của tiện ích');
    expect(report.links.docId).toBe(first.links.docId);
  });
});

describe('what is not a hand edit', () => {
  it('sharing the Doc and renaming it through the add-on do not make it ask', () => {
    const { addOn, first } = generatedOnce();
    addOn.value('shareDocument', { emails: ['phonggd.ankhang@example.edu.vn'], role: 'commenter', message: '' });
    addOn.emu.workbook.sheet('Thông tin chung')!.setValues([['Trường Tiểu học An Khang B']], { at: 'B3' });
    const renamed = generate(addOn);
    expect(renamed.decision).toBeNull();
    expect(renamed.message).toMatch(/^Đã cập nhật văn bản "Kế hoạch cải tiến chất lượng năm học 2024-2025 - Trường Tiểu học An Khang B"/);
    expect(generate(addOn).decision).toBeNull();
    expect(renamed.links.docId).toBe(first.links.docId);
  });
});

describe('a Doc the user may read but not edit', () => {
  it.each([
    ['Drive says so (capabilities.canEdit false)', false],
    ['only the Docs write is refused (403)', true],
  ])('is left untouched, with a Vietnamese way out, when %s', (_what, hideCapabilities) => {
    const { addOn, first } = generatedOnce();
    driveScenario(addOn.emu.env).makeReadOnly(first.links.docId);
    if (hideCapabilities) {
      const files = (addOn.emu.globals.Drive as { Files: { get: (...args: unknown[]) => Record<string, unknown> } }).Files;
      const get = files.get.bind(files);
      files.get = (...args: unknown[]) => {
        const file = get(...args);
        delete file.capabilities;
        return file;
      };
    }
    const report = generate(addOn);
    expect(report.decision).toMatchObject({ reason: 'readOnly', choices: ['newVersion'] });
    expect(report.message).toContain('tài khoản của bạn chỉ được xem hoặc nhận xét văn bản này, không được chỉnh sửa');
    expect(report.message).toContain('đánh dấu ô "Tạo bản mới" rồi bấm "Tạo văn bản"');
    expect(report.message).not.toMatch(/permission|caller|API call/i);
    expect(addOn.emu.drive.doc(first.links.docId)!.batches()).toHaveLength(1);

    const fresh = generate(addOn, { onEdited: 'newVersion' });
    expect(fresh.created).toBe(true);
    expect(fresh.links.docId).not.toBe(first.links.docId);
  });
});

describe("another editor's Doc, which the user's add-on cannot see", () => {
  it('is not replaced behind their back: the message names its owner and offers a new version', () => {
    const { addOn, first } = generatedOnce();
    driveScenario(addOn.emu.env).otherEditorOpens(VICE_PRINCIPAL);
    addOn.emu.calls.reset();
    const report = generate(addOn);
    expect(report.decision).toEqual({ reason: 'notVisible', choices: ['newVersion'], person: { email: PRINCIPAL, name: 'Hieutruong Thak' }, editedAt: null });
    expect(report.message).toContain(`tài khoản của bạn (${VICE_PRINCIPAL}) không mở được văn bản tạo lần trước`);
    expect(report.message).toContain(`do Hieutruong Thak (${PRINCIPAL}) tạo`);
    expect(report.message).toContain(`Hãy nhờ Hieutruong Thak (${PRINCIPAL}) bấm "Tạo văn bản"`);
    expect(googleDocs(addOn)).toBe(1);
    expect(googleCalls(addOn)).toEqual({ 'Drive.Files.get': 1, 'Drive.About.get': 1 });

    const own = generate(addOn, { newVersion: true });
    expect(own.created).toBe(true);
    expect(addOn.emu.drive.file(own.links.docId)!.permissions.find((p) => p.role === 'owner')?.emailAddress).toBe(VICE_PRINCIPAL);
    expect(addOn.emu.drive.doc(first.links.docId)).not.toBeNull();
  });
});

describe('what counts as deleted', () => {
  it.each([
    [
      '403 (no access): the user is asked',
      'API call to drive.files.get failed with error: The user does not have sufficient permissions for file 1Doc.',
      'asks',
    ],
    ['a passing failure: it is reported', 'API call to drive.files.get failed with error: Internal Error', 'reports'],
  ])('a Drive error other than 404 never gives a second Doc, %s', (_what, error, outcome) => {
    const { addOn } = generatedOnce();
    const files = (addOn.emu.globals.Drive as { Files: { get: (...args: unknown[]) => unknown } }).Files;
    files.get = () => {
      throw new Error(error);
    };
    const result = addOn.run('createDocument', { newVersion: false });
    expect(result.ok ? `asks: ${result.value.decision?.reason}` : `reports: ${result.message.includes('Internal Error')}`).toBe(
      outcome === 'asks' ? 'asks: notVisible' : 'reports: true',
    );
    expect(googleDocs(addOn)).toBe(1);
  });
});

describe('a Doc moved into a shared drive', () => {
  it('is still the one updated (not taken for deleted), and can be shared', () => {
    const { addOn, first } = generatedOnce();
    driveScenario(addOn.emu.env).moveToSharedDrive(first.links.docId);
    const second = generate(addOn);
    expect(second.created).toBe(false);
    expect(second.links.docId).toBe(first.links.docId);
    expect(googleDocs(addOn)).toBe(1);
    const shared = addOn.value('shareDocument', { emails: ['phonggd.ankhang@example.edu.vn'], role: 'reader', message: '' });
    expect(shared.recipients.map((r) => [r.email, r.status])).toContainEqual(['phonggd.ankhang@example.edu.vn', 'shared']);
  });

  it('every Drive call that takes supportsAllDrives passes it (files.export takes none)', () => {
    const { addOn } = generatedOnce();
    const drive = addOn.emu.globals.Drive as Record<string, Record<string, (...args: unknown[]) => unknown>>;
    const seen: [string, unknown][] = [];
    const record = (collection: string, method: string, argsAt: number) => {
      const original = drive[collection][method].bind(drive[collection]);
      drive[collection][method] = (...args: unknown[]) => {
        seen.push([`${collection}.${method}`, (args[argsAt] as Record<string, unknown> | undefined)?.supportsAllDrives]);
        return original(...args);
      };
    };
    record('Files', 'get', 1);
    record('Files', 'update', 3);
    record('Files', 'create', 2);
    record('Files', 'export', 2);
    record('Permissions', 'create', 2);
    addOn.emu.workbook.sheet('Thông tin chung')!.setValues([['Trường Tiểu học An Khang B']], { at: 'B3' });
    generate(addOn);
    generate(addOn, { newVersion: true });
    addOn.value('shareDocument', { emails: ['phonggd.ankhang@example.edu.vn'], role: 'reader', message: '' });
    const names = new Set(seen.map(([name]) => name));
    expect(names).toEqual(new Set(['Files.get', 'Files.update', 'Files.create', 'Files.export', 'Permissions.create']));
    for (const [name, flag] of seen) expect([name, flag]).toEqual([name, name === 'Files.export' ? undefined : true]);
  });
});

describe('a PDF export that comes back as a string', () => {
  it('gives no PDF, keeps the Doc, and says how to get the PDF', () => {
    const addOn = openAddOn(tt17Clean());
    driveScenario(addOn.emu.env).exportReturnsString();
    const report = generate(addOn);
    expect(report.created).toBe(true);
    expect(report.pdfSaved).toBe(false);
    expect(report.links.pdfUrl).toBeNull();
    expect(report.message).not.toContain('kèm bản PDF');
    expect(report.message).toContain('Chưa lưu được bản PDF');
    expect(report.message).toContain('Tệp → Tải xuống → Tài liệu PDF (.pdf)');
    expect(addOn.emu.drive.files().filter((file) => file.mimeType === 'application/pdf')).toEqual([]);
    expect(docText(addOn, report.links.docId)).toContain('KẾ HOẠCH');
  });

  it('leaves the earlier PDF as it was, says it is out of date, and does not share it', () => {
    const { addOn, first } = generatedOnce();
    const pdfBefore = addOn.emu.drive.files().find((file) => file.mimeType === 'application/pdf')!;
    driveScenario(addOn.emu.env).exportReturnsString();
    addOn.emu.workbook.sheet('Thông tin chung')!.setValues([['Trường Tiểu học An Khang B']], { at: 'B3' });
    const second = generate(addOn);
    expect(second.pdfSaved).toBe(false);
    expect(second.message).toContain('Bản PDF lần trước vẫn còn nhưng là nội dung cũ.');
    expect(addOn.emu.drive.file(pdfBefore.id)!.text()).toBe(pdfBefore.text());
    expect(second.links.pdfUrl).toBe(first.links.pdfUrl);

    const shared = addOn.value('shareDocument', { emails: ['phonggd.ankhang@example.edu.vn'], role: 'reader', message: '' });
    expect(shared.message).toContain('Bản PDF chưa được cập nhật theo văn bản mới nhất nên chưa được chia sẻ');
    expect(addOn.emu.drive.file(pdfBefore.id)!.permissions.filter((p) => p.role !== 'owner')).toEqual([]);
  });
});

describe('an earlier PDF the user may not change', () => {
  it('is not duplicated: the Doc is updated, the message says the PDF is not', () => {
    const { addOn, first } = generatedOnce();
    const pdf = addOn.emu.drive.files().find((file) => file.mimeType === 'application/pdf')!;
    driveScenario(addOn.emu.env).makeReadOnly(pdf.id);
    const second = generate(addOn);
    expect(second.decision).toBeNull();
    expect(second.links.docId).toBe(first.links.docId);
    expect(second.pdfSaved).toBe(false);
    expect(second.message).toContain('Chưa cập nhật được bản PDF: tài khoản của bạn không được sửa bản PDF tạo lần trước');
    expect(addOn.emu.drive.files().filter((file) => file.mimeType === 'application/pdf')).toHaveLength(1);
  });
});

describe('Docs and Drive calls per generation', () => {
  it.each([
    [
      'a first generation',
      (_addOn: AddOn) => {},
      false,
      { 'Docs.Documents.create': 1, 'Docs.Documents.batchUpdate': 1, 'Drive.Files.get': 1, 'Drive.Files.export': 1, 'Drive.Files.create': 1 },
    ],
    [
      'a regeneration',
      (_addOn: AddOn) => {},
      true,
      { 'Drive.Files.get': 3, 'Docs.Documents.get': 1, 'Docs.Documents.batchUpdate': 1, 'Drive.Files.export': 1, 'Drive.Files.update': 1 },
    ],
    [
      'a regeneration under a new title',
      (addOn: AddOn) => addOn.emu.workbook.sheet('Thông tin chung')!.setValues([['Trường Tiểu học An Khang B']], { at: 'B3' }),
      true,
      { 'Drive.Files.get': 3, 'Docs.Documents.get': 1, 'Docs.Documents.batchUpdate': 1, 'Drive.Files.export': 1, 'Drive.Files.update': 2 },
    ],
  ])('%s', (_what, change, existing, expected) => {
    const addOn = openAddOn(tt17Clean());
    if (existing) generate(addOn);
    change(addOn);
    addOn.emu.calls.reset();
    generate(addOn);
    expect(googleCalls(addOn)).toEqual(expected);
  });
});
