/**
 * The sidebar's year-cycle card (issue 19): "Lập kế hoạch năm học mới"
 * (a new spreadsheet for next school year; asks before making a second
 * one) and the school's history, read when the school opens it: a small bar
 * chart of the levels year by year and whether khoản 1 Điều 16's three
 * years are met. The card owns its section of the shell (#sec-cycle).
 */
import type { HistoryOverview, NextYearReport } from '../server/api';
import { asBridgeError, type Bridge } from './bridge';
import { byId, fill, h, type Child } from './dom';
import { Feedback } from './feedback';

/** A link that opens in a new browser tab (the spreadsheet, the Doc). */
function link(url: string, text: string): HTMLAnchorElement {
  return h('a', { href: url, target: '_blank', rel: 'noopener' }, text);
}

/** One bar per Mức, its width the share of criteria met; ★ counts beside it (TT57). */
function levelBars(year: HistoryOverview['years'][number]): Child {
  return h(
    'div',
    { class: 'cycle-bars' },
    year.levels.map((count) => {
      const percent = count.total === 0 ? 0 : Math.round((count.met / count.total) * 100);
      const star = count.mandatory ? ` (★ ${count.mandatory.met}/${count.mandatory.total})` : '';
      return h(
        'div',
        { class: 'cycle-bar-row' },
        h('span', { class: 'cycle-bar-label' }, `Mức ${count.level}`),
        h(
          'span',
          { class: 'cycle-bar', role: 'img', 'aria-label': `Mức ${count.level}: ${count.met}/${count.total} tiêu chí${star}` },
          h('span', { class: 'cycle-bar-fill', style: `width: ${percent}%` }),
        ),
        h('span', { class: 'cycle-bar-value' }, `${count.met}/${count.total}${star}`),
      );
    }),
  );
}

/** The years side by side, then the three-year condition and what it assumes. */
export function historyCard(history: HistoryOverview): HTMLElement {
  const years = history.years.map((year) =>
    h(
      'li',
      { class: year.current ? 'cycle-year current' : 'cycle-year' },
      h('div', null, h('strong', null, `Năm học ${year.schoolYear}`), ` · ${year.framework} · ${year.schoolLevelLabel}`),
      levelBars(year),
      h('div', { class: 'hint' }, `Hoạt động: ${year.actionsFinished} hoàn thành, ${year.actionsUnfinished} chưa hoàn thành.`),
      year.counts ? null : h('div', { class: 'hint' }, `Chưa đủ dữ liệu để tính vào 03 năm: ${year.whyNot}.`),
      h(
        'div',
        { class: 'row' },
        year.spreadsheetUrl && !year.current ? link(year.spreadsheetUrl, 'Bảng tính') : null,
        year.documentUrl ? link(year.documentUrl, 'Văn bản kế hoạch') : null,
      ),
    ),
  );
  return h(
    'div',
    { class: 'cycle-history' },
    history.years.length > 0 ? h('ul', { class: 'cycle-years' }, years) : h('p', null, 'Chưa có năm học nào trong lịch sử.'),
    h('p', { class: history.threeYears.met ? 'cycle-met' : 'cycle-not-met' }, history.threeYears.sentences.join(' ')),
    history.threeYears.met
      ? null
      : h(
          'p',
          { class: 'hint' },
          'Năm học trước khi dùng tiện ích: ghi một dòng cho năm đó vào trang “Lịch sử” (cột “Năm học”, các mức đạt, “Đủ dữ liệu (Điều 16)”: Có nếu nhà trường có đủ hồ sơ tự đánh giá, kế hoạch và theo dõi năm đó), rồi mở lại mục này.',
        ),
    history.warnings.length > 0
      ? h(
          'ul',
          { class: 'hint' },
          history.warnings.map((warning) => h('li', null, warning)),
        )
      : null,
    h(
      'details',
      null,
      h('summary', null, 'Tiện ích giả định gì'),
      h(
        'ul',
        { class: 'hint' },
        history.assumptions.map((text) => h('li', null, text)),
      ),
    ),
  );
}

/** What the school sees after pressing the button: the new spreadsheet, or the one made before and the two choices. */
function nextYearOutcome(report: NextYearReport, recreate: () => void): Child[] {
  if (report.existing) {
    return [
      h(
        'div',
        { class: 'row' },
        h('a', { class: 'button primary', href: report.existing.url, target: '_blank', rel: 'noopener', id: 'btn-next-year-open' }, 'Mở bảng tính đã tạo'),
        h('button', { type: 'button', id: 'btn-next-year-again', on: { click: recreate } }, 'Tạo lại'),
      ),
    ];
  }
  return [
    report.created ? h('p', null, link(report.created.url, `Mở “${report.created.name}”`)) : null,
    report.warnings.length > 0
      ? h(
          'details',
          null,
          h('summary', null, `${report.warnings.length} cảnh báo`),
          h(
            'ul',
            { class: 'hint' },
            report.warnings.map((text) => h('li', null, text)),
          ),
        )
      : null,
  ];
}

export function startCyclePanel(bridge: Bridge): void {
  const section = byId('sec-cycle');
  const feedback = new Feedback(byId('fb-cycle'));
  const button = byId<HTMLButtonElement>('btn-next-year');
  const panel = byId('cycle-panel');
  const historyDetails = byId<HTMLDetailsElement>('cycle-history-details');
  const historyHost = byId('cycle-history');
  section.hidden = false;
  let busy = false;

  async function run(progress: string, work: () => Promise<void>): Promise<void> {
    if (busy) return;
    busy = true;
    button.disabled = true;
    feedback.progress(progress);
    try {
      await work();
    } catch (error) {
      feedback.failure(asBridgeError(error));
    } finally {
      busy = false;
      button.disabled = false;
    }
  }

  function create(recreate: boolean): Promise<void> {
    return run('Đang tạo bảng tính năm học mới…', async () => {
      const report = await bridge.call('createNextYear', recreate ? { recreate: true } : {});
      if (report.existing) feedback.info(report.message);
      else feedback.success(report.message);
      fill(
        panel,
        nextYearOutcome(report, () => void create(true)),
      );
      // `Lịch sử` changed: read it again next time it is opened.
      if (report.created) historyLoaded = false;
      if (report.created && historyDetails.open) await loadHistory();
    });
  }

  let historyLoaded = false;

  /** The card, and the button that writes this year's row into `Lịch sử` now (not only at the year's end). */
  function showHistory(history: HistoryOverview): void {
    const write = h('button', { type: 'button', id: 'btn-history-write', on: { click: () => void writeHistory() } }, 'Ghi trang “Lịch sử”');
    fill(historyHost, historyCard(history), h('div', { class: 'row' }, write));
    historyLoaded = true;
  }

  async function loadHistory(): Promise<void> {
    fill(historyHost, h('p', { class: 'hint' }, 'Đang đọc lịch sử…'));
    try {
      showHistory(await bridge.call('getHistory'));
    } catch (error) {
      fill(historyHost);
      feedback.failure(asBridgeError(error));
    }
  }

  function writeHistory(): Promise<void> {
    return run('Đang ghi trang “Lịch sử”…', async () => {
      const history = await bridge.call('writeHistory');
      showHistory(history);
      feedback.success(`Đã ghi trang “Lịch sử”: ${history.years.length} năm học. Bảng tính không thay đổi gì khác.`);
    });
  }

  button.addEventListener('click', () => void create(false));
  // Read only when the school asks: opening the sidebar costs no extra read of the workbook.
  historyDetails.addEventListener('toggle', () => {
    if (historyDetails.open && !historyLoaded) void loadHistory();
  });
}
