/**
 * The sidebar's district view (issue 16), shown instead of the plan's when
 * the open spreadsheet is the Phòng GD&ĐT's roll-up spreadsheet (it has a
 * `Các trường` tab): add schools with the Picker, read and roll up in
 * batches with a progress bar (the sidebar drives the batches, the server
 * keeps the position, so a closed sidebar resumes where it stopped), and
 * make the report's Doc.
 */
import type { DistrictOverview } from '../server/district-api';
import { asBridgeError, type Bridge } from './bridge';
import { fill, h, type Child } from './dom';
import { Feedback } from './feedback';

function runLine(overview: DistrictOverview): string {
  if (overview.run) return `Lần đọc trước đang dở: đã đọc ${overview.run.next}/${overview.run.total} trường. Bấm "Đọc và tổng hợp" để đọc tiếp từ chỗ đã dừng.`;
  if (overview.last) {
    const { last } = overview;
    return `Tổng hợp lần cuối lúc ${last.finishedAt}: ${last.counted}/${last.total} trường được tính, ${last.withErrors} trường còn lỗi.`;
  }
  return 'Chưa tổng hợp lần nào.';
}

/** Replaces the plan's sections with the district view; returns when the view is drawn. */
export function startDistrictView(bridge: Bridge, app: HTMLElement, first: DistrictOverview): void {
  for (const child of Array.from(app.children)) (child as HTMLElement).hidden = true;

  const count = h('p', { class: 'meta', id: 'district-count' });
  const status = h('p', { class: 'hint', id: 'district-status' });
  const problems = h('ul', { class: 'district-problems', id: 'district-problems' });
  const bar = h('progress', { id: 'district-progress', max: '1', value: '0', hidden: true, 'aria-label': 'Tiến độ đọc các trường' });
  const restart = h('input', { type: 'checkbox', id: 'district-restart' });
  // Which plans count: every framework (each apart), or one only (the others listed with the reason).
  const framework = h(
    'select',
    { id: 'district-framework' },
    h('option', { value: '' }, 'Mọi khung đánh giá (mỗi khung tính riêng)'),
    first.frameworks.map((entry) => h('option', { value: entry.id }, entry.title)),
  );
  const agency = h('input', { type: 'text', id: 'district-agency', placeholder: 'UBND HUYỆN …' });
  const place = h('input', { type: 'text', id: 'district-place', placeholder: 'Địa danh' });
  const reportLink = h('p', { id: 'district-report-link' });
  const shareEmails = h('textarea', { id: 'district-share-emails', rows: '2', placeholder: 'phongkhaothi@sogd.example.edu.vn, …' });
  const shareRole = h(
    'select',
    { id: 'district-share-role' },
    h('option', { value: 'reader' }, 'Người xem'),
    h('option', { value: 'commenter' }, 'Người nhận xét'),
  );
  const feedback = new Feedback(h('div', { class: 'feedback', id: 'fb-district' }));
  const buttons = {
    add: h('button', { type: 'button', id: 'btn-district-add' }, 'Thêm trường…'),
    read: h('button', { type: 'button', id: 'btn-district-read', class: 'primary' }, 'Đọc và tổng hợp'),
    report: h('button', { type: 'button', id: 'btn-district-report' }, 'Tạo báo cáo tổng hợp'),
    share: h('button', { type: 'button', id: 'btn-district-share' }, 'Chia sẻ báo cáo'),
  };

  function links(report: { docUrl: string; pdfUrl: string | null; title: string }): Child[] {
    const open = (href: string, text: string) => h('a', { href, target: '_blank', rel: 'noopener' }, text);
    return [open(report.docUrl, report.title), report.pdfUrl ? [' · ', open(report.pdfUrl, 'Bản PDF')] : null];
  }

  function show(overview: DistrictOverview): void {
    count.textContent = `${overview.schools} trường trong trang "Các trường".`;
    status.textContent = runLine(overview);
    fill(
      problems,
      overview.problems.map((problem) => h('li', null, problem.message)),
    );
    fill(reportLink, overview.report ? links(overview.report) : '');
  }

  function setBusy(busy: boolean): void {
    for (const button of Object.values(buttons)) button.disabled = busy;
    app.setAttribute('aria-busy', busy ? 'true' : 'false');
  }

  async function act(work: () => Promise<void>): Promise<void> {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      feedback.failure(asBridgeError(error));
    } finally {
      setBusy(false);
    }
  }

  // The preview's stand-in for the Google Picker (preview/client/shim.ts); in Sheets the Picker opens in a dialog.
  const pickInPage = (window as unknown as { kehoachPickDistrictFiles?: () => Promise<{ id: string; name: string }[] | null> }).kehoachPickDistrictFiles;

  buttons.add.addEventListener(
    'click',
    () =>
      void act(async () => {
        if (pickInPage) {
          const files = await pickInPage();
          if (!files || files.length === 0) return;
          const added = await bridge.call('addDistrictSchools', { files });
          show(added.overview);
          feedback.success(added.message);
          return;
        }
        await bridge.call('openDistrictPicker');
        feedback.info('Hộp chọn tệp đã mở: chọn bảng tính của các trường (giữ Ctrl để chọn nhiều tệp). Khi xong, bấm "Đọc và tổng hợp".');
      }),
  );

  // One batch per call, as long as the server says there is more: each call stays far inside Apps Script's 6 minutes.
  buttons.read.addEventListener(
    'click',
    () =>
      void act(async () => {
        bar.hidden = false;
        feedback.progress('Đang đọc bảng tính của các trường…');
        const only = framework.value === '' ? undefined : framework.value;
        let report = await bridge.call('readDistrictBatch', { restart: restart.checked, framework: only });
        for (;;) {
          bar.max = report.total;
          bar.value = report.next;
          show(report.overview);
          if (report.finished) break;
          feedback.progress(report.message);
          report = await bridge.call('readDistrictBatch', { restart: false, framework: only });
        }
        restart.checked = false;
        feedback.success(report.message);
      }),
  );

  buttons.report.addEventListener(
    'click',
    () =>
      void act(async () => {
        feedback.progress('Đang tạo báo cáo tổng hợp…');
        const report = await bridge.call('createDistrictReport', { agency: agency.value, place: place.value });
        fill(reportLink, links(report));
        feedback.success(report.message);
      }),
  );

  buttons.share.addEventListener(
    'click',
    () =>
      void act(async () => {
        feedback.progress('Đang chia sẻ báo cáo…');
        const role = shareRole.value === 'commenter' ? 'commenter' : 'reader';
        const outcome = await bridge.call('shareDistrictReport', { emails: [shareEmails.value], role, message: '' });
        if (outcome.failed.length > 0) feedback.partial(outcome.message);
        else feedback.success(outcome.message);
      }),
  );

  app.append(
    h(
      'section',
      { class: 'card', id: 'sec-district', 'aria-labelledby': 'h-district' },
      h('h1', { class: 'school', id: 'h-district' }, 'Tổng hợp các trường (Phòng GD&ĐT)'),
      count,
      h('div', { class: 'row' }, buttons.add, buttons.read),
      h('label', { for: 'district-framework' }, 'Khung đánh giá được tính'),
      framework,
      h('label', { for: 'district-restart' }, restart, ' Đọc lại từ đầu (bỏ lần đọc đang dở)'),
      bar,
      status,
      problems,
      feedback.element,
    ),
    h(
      'section',
      { class: 'card', id: 'sec-district-report', 'aria-labelledby': 'h-district-report' },
      h('h2', { id: 'h-district-report' }, 'Báo cáo tổng hợp (Google Tài liệu)'),
      h('label', { for: 'district-agency' }, 'Cơ quan chủ quản'),
      agency,
      h('label', { for: 'district-place' }, 'Địa danh'),
      place,
      buttons.report,
      reportLink,
      h('label', { for: 'district-share-emails' }, 'Gửi cho (email, cách nhau bằng dấu phẩy)'),
      shareEmails,
      h('label', { for: 'district-share-role' }, 'Quyền'),
      shareRole,
      buttons.share,
    ),
  );
  show(first);
}
