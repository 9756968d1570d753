/**
 * "Kiểm tra cài đặt" through the built Code.js: on the emulator every step
 * passes with five Docs/Drive calls and nothing left behind; with each
 * fault a real account may show injected, the dialog names that fault
 * (with Google's message) and still leaves nothing behind.
 */
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../../emulator';
import { EmuBlob } from '../../emulator/drive';
import { driveScenario } from '../../emulator/drive-access';
import { openAddOn } from '../addon/bundle';
import { tt17Clean } from '../../fixtures/plans';

interface Outcome {
  emu: Emulator;
  /** The dialog's text. */
  message: string;
  /** Files left outside the trash. */
  leftBehind: string[];
}

function runCheck(injectFault: (emu: Emulator) => void = () => {}): Outcome {
  const addOn = openAddOn(tt17Clean());
  injectFault(addOn.emu);
  addOn.emu.calls.reset();
  addOn.call('menuSelfTest');
  const alert = addOn.emu.ui.alerts.at(-1);
  if (!alert) throw new Error('no dialog');
  const leftBehind = addOn.emu.drive
    .files()
    .filter((file) => !file.trashed)
    .map((file) => file.name);
  return { emu: addOn.emu, message: alert.prompt, leftBehind };
}

type Docs = { Documents: Record<string, (...args: unknown[]) => unknown> };
type Drive = { Files: Record<string, (...args: unknown[]) => unknown> };
const docsOf = (emu: Emulator) => emu.globals.Docs as Docs;
const driveOf = (emu: Emulator) => emu.globals.Drive as Drive;

function failing(message: string): () => never {
  return () => {
    throw new Error(message);
  };
}

/** Replaces what Docs.Documents.get returns, as a real account might answer. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test edits Google's free-form JSON reply in place
function alterReadBack(emu: Emulator, alter: (document: Record<string, any>) => void): void {
  const documents = docsOf(emu).Documents;
  const get = documents.get.bind(documents);
  documents.get = (...args) => {
    const document = JSON.parse(JSON.stringify(get(...args)));
    alter(document);
    return document;
  };
}

describe('Kiểm tra cài đặt (set-up check for the IT admin)', () => {
  it('passes on an account where everything works: five calls, Doc in the trash, nothing shared, spreadsheet untouched', () => {
    const { emu, message, leftBehind } = runCheck();
    expect(message).toMatch(/^Kiểm tra cài đặt: cả 5 bước đều đạt\./);
    expect(message).toContain('3. Đọc lại khổ giấy, lề và chữ: ĐẠT. A4 dọc, lề trên 20, dưới 20, trái 30, phải 15 mm');
    expect(message).toContain('4. Xuất PDF: ĐẠT.');
    expect(leftBehind).toEqual([]);
    const probe = emu.drive.files().find((file) => file.mimeType === 'application/vnd.google-apps.document')!;
    expect(probe.trashed).toBe(true);
    expect(probe.permissions.map((permission) => permission.role)).toEqual(['owner']);
    expect(emu.drive.notifications()).toEqual([]);
    const calls = emu.calls.byName();
    expect(Object.fromEntries(Object.entries(calls).filter(([name]) => name.startsWith('Docs.') || name.startsWith('Drive.')))).toEqual({
      'Docs.Documents.create': 1,
      'Docs.Documents.batchUpdate': 1,
      'Docs.Documents.get': 1,
      'Drive.Files.export': 1,
      'Drive.Files.update': 1,
    });
    expect(Object.keys(calls).filter((name) => name.startsWith('Range.') || name.startsWith('Sheet.'))).toEqual([]);
    expect(emu.properties.document.get('planDocument')).toBeNull();
  });

  it('is on the add-on menu', () => {
    const addOn = openAddOn();
    addOn.call('onOpen', { authMode: 'FULL' });
    expect(addOn.emu.ui.addonMenu()?.items.at(-1)).toEqual({ type: 'item', caption: 'Kiểm tra cài đặt', functionName: 'menuSelfTest' });
  });

  it.each([
    {
      fault: 'new documents are pageless by default (the check still passes and says so)',
      inject: (emu: Emulator) => emu.drive.setDefaultDocumentMode('PAGELESS'),
      expected: [/cả 5 bước đều đạt/, /mặc định không phân trang \(pageless\); tiện ích tự chuyển/],
    },
    {
      fault: 'the Doc stays pageless (Google ignores the document mode)',
      inject: (emu: Emulator) => {
        emu.drive.setDefaultDocumentMode('PAGELESS');
        const documents = docsOf(emu).Documents;
        const batchUpdate = documents.batchUpdate.bind(documents);
        documents.batchUpdate = (resource, id) => {
          const plain = JSON.parse(JSON.stringify(resource));
          for (const request of plain.requests) {
            if (!request.updateDocumentStyle) continue;
            delete request.updateDocumentStyle.documentStyle.documentFormat;
            request.updateDocumentStyle.fields = request.updateDocumentStyle.fields.replace('documentFormat,', '');
          }
          return batchUpdate(plain, id);
        };
      },
      expected: [/3\. Đọc lại khổ giấy, lề và chữ: CHƯA ĐẠT\. Văn bản vẫn ở chế độ không phân trang \(pageless\)/],
    },
    {
      fault: 'Drive returns the PDF export as a string',
      inject: (emu: Emulator) => driveScenario(emu.env).exportReturnsString(),
      expected: [/4\. Xuất PDF: CHƯA ĐẠT\. Google Drive trả bản xuất PDF về dưới dạng chuỗi ký tự thay vì tệp \(Blob\)/, /Tệp → Tải xuống/],
    },
    {
      fault: 'the export is not a PDF',
      inject: (emu: Emulator) => {
        const files = driveOf(emu).Files;
        const exportFile = files.export.bind(files);
        files.export = (...args) => {
          const blob = exportFile(...args) as GoogleAppsScript.Base.Blob;
          return new EmuBlob(Buffer.from('<html>Đăng nhập</html>'), 'application/pdf', blob.getName());
        };
      },
      expected: [/4\. Xuất PDF: CHƯA ĐẠT\. Tệp Google Drive xuất ra không phải PDF: nó bắt đầu bằng "<htm"/],
    },
    {
      fault: 'Docs create fails (Docs API disabled in the Cloud project)',
      inject: (emu: Emulator) => {
        docsOf(emu).Documents.create = failing(
          'API call to docs.documents.create failed with error: Google Docs API has not been used in project 1234567 before or it is disabled.',
        );
      },
      expected: [
        /1\. Tạo văn bản Google Tài liệu: CHƯA ĐẠT\. Google báo: API call to docs\.documents\.create failed with error: Google Docs API has not been used in project 1234567/,
        /bật Google Docs API và Google Drive API/,
        /2\. Định dạng văn bản .*: BỎ QUA\./,
        /4\. Xuất PDF: BỎ QUA\./,
      ],
    },
    {
      fault: 'the advanced Docs service is not enabled in the manifest',
      inject: (emu: Emulator) => {
        emu.globals.Docs = undefined;
      },
      expected: [/1\. Tạo văn bản Google Tài liệu: CHƯA ĐẠT\. Google báo: Tiện ích chưa bật dịch vụ Google Tài liệu \(Docs API\)/],
    },
    {
      fault: 'Google refuses a request of the batch',
      inject: (emu: Emulator) => {
        docsOf(emu).Documents.batchUpdate = failing(
          'API call to docs.documents.batchUpdate failed with error: Invalid requests[1].deleteParagraphBullets: The range should not be empty.',
        );
      },
      expected: [
        /2\. Định dạng văn bản .*: CHƯA ĐẠT\. Google từ chối lệnh định dạng .* Invalid requests\[1\]\.deleteParagraphBullets/,
        /3\. Đọc lại .*: BỎ QUA/,
      ],
    },
    {
      fault: 'the page reads back as US Letter',
      inject: (emu: Emulator) =>
        alterReadBack(emu, (document) => {
          document.documentStyle.pageSize = { width: { magnitude: 612, unit: 'PT' }, height: { magnitude: 792, unit: 'PT' } };
        }),
      expected: [/Khổ giấy đọc lại là 612 pt × 792 pt, không phải A4 \(595,28 pt × 841,89 pt\)\./],
    },
    {
      fault: 'a margin reads back wrong',
      inject: (emu: Emulator) =>
        alterReadBack(emu, (document) => {
          document.documentStyle.marginLeft = { magnitude: 72, unit: 'PT' };
        }),
      expected: [/Lề trái đọc lại là 72 pt, không phải 30 mm \(85,04 pt\) như NĐ30\./],
    },
    {
      fault: 'Google keeps the private-use characters the reference says it strips',
      inject: (emu: Emulator) =>
        alterReadBack(emu, (document) => {
          const run = document.body.content[1].paragraph.elements[0].textRun;
          run.content = `\uf0b7${run.content}`;
        }),
      expected: [/Google lưu dòng chữ thử khác với dự kiến/],
    },
    {
      fault: 'Docs get fails',
      inject: (emu: Emulator) => {
        docsOf(emu).Documents.get = failing('API call to docs.documents.get failed with error: Internal error encountered.');
      },
      expected: [/3\. Đọc lại khổ giấy, lề và chữ: CHƯA ĐẠT\. Google báo: .*Internal error encountered\./, /4\. Xuất PDF: ĐẠT/],
    },
    {
      fault: 'the export fails',
      inject: (emu: Emulator) => {
        driveOf(emu).Files.export = failing('API call to drive.files.export failed with error: This file is too large to be exported.');
      },
      expected: [/4\. Xuất PDF: CHƯA ĐẠT\. Google báo: .*This file is too large to be exported\./],
    },
  ])('names the fault when $fault, and leaves nothing behind', ({ inject, expected }) => {
    const { message, leftBehind } = runCheck(inject);
    for (const pattern of expected) expect(message).toMatch(pattern);
    expect(leftBehind).toEqual([]);
  });

  it('says which file to delete by hand when the trash step itself fails', () => {
    const { emu, message, leftBehind } = runCheck((emu) => {
      driveOf(emu).Files.update = failing('API call to drive.files.update failed with error: The user does not have sufficient permissions for this file.');
    });
    const probe = emu.drive.files().find((file) => file.mimeType === 'application/vnd.google-apps.document')!;
    expect(leftBehind).toEqual([probe.name]);
    expect(message).toMatch(/5\. Chuyển văn bản thử vào thùng rác: CHƯA ĐẠT\. Google báo: .*sufficient permissions/);
    expect(message).toContain(`Hãy tự xóa tệp "${probe.name}" trong Google Drive: https://docs.google.com/document/d/${probe.id}/edit`);
  });

  it('reports a reply that is not a document at all, and still trashes the Doc', () => {
    const { message, leftBehind } = runCheck((emu) => {
      docsOf(emu).Documents.get = () => null;
    });
    expect(message).toMatch(/3\. Đọc lại khổ giấy, lề và chữ: CHƯA ĐẠT\. Google báo: /);
    expect(message).toMatch(/5\. Chuyển văn bản thử vào thùng rác: ĐẠT/);
    expect(leftBehind).toEqual([]);
  });
});
