/**
 * The sidebar's import panel (issue 15): "Xếp vào các tiêu chuẩn" reads the
 * table the school pasted into the `Nhập` tab, shows what would be written
 * (rows per tab, levels found, what could not be placed, conflicts) and
 * writes only when the school presses "Ghi vào bảng tính". The panel owns
 * its section of the shell (#sec-import); the rest of the sidebar learns
 * of a write through `afterWrite`, to read the plan again.
 */
import type { ImportReport, ImportRequest } from '../server/api';
import { asBridgeError, type Bridge } from './bridge';
import { byId, fill, h } from './dom';
import { Feedback } from './feedback';
import { count } from './format';

export interface ImportPanelOptions {
  /** Called after a write, so the sidebar reads the plan again. */
  afterWrite: () => Promise<void> | void;
  /**
   * Where the Google Picker would be: returns the picked file's Drive id, or
   * null when the user closed it. Absent: the panel offers the paste only.
   */
  pickFile?: () => Promise<string | null>;
}

/** The preview as the school reads it: one line per tab that changes, then what is missing and what differs. */
export function importPreview(report: ImportReport): HTMLElement {
  const changed = report.tabs.filter((tab) => tab.newRows > 0 || tab.filledCells > 0 || tab.created);
  const tabLine = (tab: ImportReport['tabs'][number]) => {
    const parts = [
      tab.created ? 'trang mới' : '',
      tab.newRows > 0 ? `thêm ${count(tab.newRows, 'dòng')}` : '',
      tab.filledCells > 0 ? `điền ${count(tab.filledCells, 'ô trống')}` : '',
    ].filter(Boolean);
    return h('li', null, h('strong', null, tab.tab), `: ${parts.join(', ') || 'không đổi'}`);
  };
  return h(
    'div',
    { class: 'import-preview' },
    h('p', { class: 'hint' }, `Từ ${report.source}. ${report.framework}: ${report.frameworkReason}`),
    changed.length > 0
      ? h('ul', { class: 'import-tabs' }, changed.map(tabLine))
      : h('p', null, 'Bảng tính đã có đủ nội dung của văn bản; không cần ghi gì thêm.'),
    h('p', null, `Mức đạt: văn bản nêu ${count(report.levelsFound, 'tiêu chí')}.`),
    report.levelsMissing.length > 0 ? h('p', { class: 'hint' }, `Chưa rõ mức (để trống, hãy điền sau): ${report.levelsMissing.join(', ')}.`) : null,
    ...report.levelNotes.map((note) => h('p', { class: 'hint' }, note)),
    report.unplaced > 0 ? h('p', null, `${count(report.unplaced, 'dòng')} chưa xếp được: ghi vào trang “Nhập – chưa xếp” kèm lý do.`) : null,
    report.alreadyThere > 0 ? h('p', { class: 'hint' }, `${count(report.alreadyThere, 'dòng')} đã có sẵn, không ghi lại.`) : null,
    report.conflicts.length > 0
      ? h(
          'div',
          { class: 'import-conflicts' },
          h('p', null, `${count(report.conflicts.length, 'ô')} khác với văn bản; giữ giá trị của bảng tính:`),
          h(
            'ul',
            null,
            report.conflicts.map((conflict) =>
              h('li', null, `${conflict.sheet}!${conflict.cell}: bảng tính ghi “${conflict.kept}”, văn bản ghi “${conflict.imported}”.`),
            ),
          ),
        )
      : null,
    report.skippedTabs.length > 0
      ? h('p', { class: 'hint' }, `Không ghi vào (chưa nhận ra dòng tiêu đề): ${report.skippedTabs.join(', ')}. Hãy bấm “Tạo các trang tính” rồi nhập lại.`)
      : null,
  );
}

export function startImportPanel(bridge: Bridge, options: ImportPanelOptions): void {
  const section = byId('sec-import');
  const feedback = new Feedback(byId('fb-import'));
  const panel = byId('import-panel');
  const pasteButton = byId<HTMLButtonElement>('btn-import');
  const pickButton = byId<HTMLButtonElement>('btn-import-file');
  pickButton.hidden = !options.pickFile;
  section.hidden = false;
  let busy = false;

  function setBusy(value: boolean): void {
    busy = value;
    for (const button of [pasteButton, pickButton, ...Array.from(panel.querySelectorAll('button'))]) button.disabled = value;
  }

  async function run(progress: string, work: () => Promise<void>): Promise<void> {
    if (busy) return;
    setBusy(true);
    feedback.progress(progress);
    try {
      await work();
    } catch (error) {
      feedback.failure(asBridgeError(error));
    } finally {
      setBusy(false);
    }
  }

  function close(): void {
    fill(panel);
    pasteButton.focus();
  }

  function write(request: ImportRequest): Promise<void> {
    return run('Đang ghi vào bảng tính…', async () => {
      const report = await bridge.call('applyImport', request);
      fill(panel);
      feedback.success(report.message);
      await options.afterWrite();
    });
  }

  function preview(request: ImportRequest): Promise<void> {
    return run('Đang đọc văn bản…', async () => {
      const report = await bridge.call('previewImport', request);
      feedback.clear();
      fill(
        panel,
        importPreview(report),
        h(
          'div',
          { class: 'row' },
          h('button', { type: 'button', class: 'primary', id: 'btn-import-confirm', on: { click: () => void write(request) } }, 'Ghi vào bảng tính'),
          h('button', { type: 'button', id: 'btn-import-cancel', on: { click: close } }, 'Huỷ'),
        ),
      );
      byId('btn-import-confirm').focus();
    });
  }

  pasteButton.addEventListener('click', () => void preview({ source: 'paste' }));
  pickButton.addEventListener('click', () => {
    const pick = options.pickFile;
    if (!pick || busy) return;
    void (async () => {
      try {
        const fileId = await pick();
        if (fileId) await preview({ source: 'file', fileId });
      } catch (error) {
        feedback.failure(asBridgeError(error));
      }
    })();
  });
}
