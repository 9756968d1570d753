/**
 * The sidebar's controller: the shell (sidebar.html) holds the buttons and
 * forms, which stay in place so keyboard focus is never lost; the sections
 * that show data are re-rendered from the last overview.
 */
import type { DocumentLinks, PlanOverview, SetupProposal } from '../server/api';
import type { Issue } from '../domain/validate/issue';
import { asBridgeError, BridgeError, type Bridge } from './bridge';
import { byId, fill, h } from './dom';
import { Feedback } from './feedback';
import { issueLocation, parseEmails } from './format';
import { checkLine, documentLinks, followUp, issueKey, issueList, levels, planHeader, setupPanel, standards, type IssueFilter } from './views';

const ISSUE_PAGE = 100;

interface State {
  overview: PlanOverview | null;
  document: DocumentLinks | null;
  filter: IssueFilter;
  limit: number;
  current: string | null;
  busy: boolean;
}

export interface Sidebar {
  /** Resolves when the first overview has been read (or failed). */
  ready: Promise<void>;
}

export function startSidebar(bridge: Bridge): Sidebar {
  const state: State = { overview: null, document: null, filter: 'all', limit: ISSUE_PAGE, current: null, busy: false };

  const app = byId('app');
  const buttons = {
    check: byId<HTMLButtonElement>('btn-check'),
    summary: byId<HTMLButtonElement>('btn-summary'),
    setup: byId<HTMLButtonElement>('btn-setup'),
    document: byId<HTMLButtonElement>('btn-document'),
    share: byId<HTMLButtonElement>('btn-share'),
  };
  const feedback = {
    main: new Feedback(byId('fb-main')),
    setup: new Feedback(byId('fb-setup')),
    issues: new Feedback(byId('fb-issues')),
    document: new Feedback(byId('fb-document')),
    share: new Feedback(byId('fb-share')),
  };
  const sections = {
    setup: byId('sec-setup'),
    levels: byId('sec-levels'),
    issues: byId('sec-issues'),
    standards: byId('sec-standards'),
    followup: byId('sec-followup'),
  };
  const setupPanelHost = byId('setup-panel');
  const newVersion = byId<HTMLInputElement>('doc-new');
  const shareEmails = byId<HTMLTextAreaElement>('share-emails');
  const shareRole = byId<HTMLSelectElement>('share-role');
  const shareMessage = byId<HTMLTextAreaElement>('share-message');
  const shareNeedDoc = byId('share-need-doc');

  for (const button of Object.values(buttons)) {
    button.dataset.label = button.textContent ?? '';
  }

  function refreshButtons(): void {
    for (const [name, button] of Object.entries(buttons)) {
      const blocked = name === 'share' && !state.document;
      button.disabled = state.busy || blocked;
    }
    shareNeedDoc.hidden = !!state.document;
  }

  /**
   * Runs one long action: its button says what is happening and every action
   * button is disabled until it ends (two writes at once would only wait for
   * the document lock); a failure is shown as its Vietnamese message.
   */
  async function runAction(button: HTMLButtonElement, where: Feedback, work: () => Promise<void>): Promise<void> {
    if (state.busy) return;
    const hadFocus = document.activeElement === button;
    state.busy = true;
    app.setAttribute('aria-busy', 'true');
    button.classList.add('busy');
    button.setAttribute('aria-busy', 'true');
    const progress = button.dataset.progress ?? 'Đang xử lý…';
    fill(button, h('span', { class: 'spinner', 'aria-hidden': 'true' }), progress);
    refreshButtons();
    where.progress(progress);
    try {
      await work();
    } catch (error) {
      where.failure(asBridgeError(error));
    } finally {
      state.busy = false;
      app.setAttribute('aria-busy', 'false');
      button.classList.remove('busy');
      button.removeAttribute('aria-busy');
      fill(button, button.dataset.label ?? '');
      refreshButtons();
      // A disabled button drops focus; give it back to a keyboard user.
      if (hadFocus && (document.activeElement === document.body || document.activeElement === null) && !button.disabled) button.focus();
    }
  }

  function render(): void {
    const overview = state.overview;
    fill(byId('plan'), planHeader(overview));
    if (overview) {
      fill(byId('check-line'), checkLine(overview));
      sections.levels.hidden = false;
      fill(byId('levels'), levels(overview.summary, overview.framework));
      sections.standards.hidden = overview.standards.length === 0;
      fill(byId('standards'), standards(overview.standards));
      sections.issues.hidden = false;
      renderIssues();
      sections.followup.hidden = !overview.followUp.tracked;
      if (overview.followUp.tracked) fill(byId('followup'), followUp(overview.followUp));
    } else {
      fill(byId('check-line'));
      for (const section of [sections.levels, sections.issues, sections.standards, sections.followup]) section.hidden = true;
    }
    // Setup first when the plan's tabs are missing; otherwise it waits at its usual place.
    const needsSetup = !overview || overview.standards.length === 0 || overview.standards.some((s) => !s.sheetName);
    sections.setup.classList.toggle('needed', needsSetup);
    placeSetup(needsSetup);
    byId('setup-hint').textContent = needsSetup
      ? 'Bảng tính chưa có đủ các trang của kế hoạch. Bấm “Tạo các trang tính” để tạo các trang còn thiếu, có sẵn tiêu chí và danh sách chọn mức.'
      : 'Các trang của kế hoạch đã có. Bấm lại khi cần bổ sung cột hoặc tiêu chí còn thiếu; dữ liệu đã nhập được giữ nguyên.';
    fill(byId('doc-links'), documentLinks(state.document));
    refreshButtons();
  }

  /** Setup right under the toolbar while the plan's tabs are missing, at the end otherwise. */
  function placeSetup(needed: boolean): void {
    const toolbar = byId('toolbar');
    const inPlace = needed ? toolbar.nextElementSibling === sections.setup : app.lastElementChild === sections.setup;
    if (inPlace) return;
    const focused = sections.setup.contains(document.activeElement) ? (document.activeElement as HTMLElement) : null;
    if (needed) toolbar.after(sections.setup);
    else app.appendChild(sections.setup);
    focused?.focus();
  }

  function renderIssues(): void {
    if (!state.overview) return;
    fill(
      byId('issues'),
      issueList(state.overview.issues, {
        filter: state.filter,
        limit: state.limit,
        current: state.current,
        onSelect: (issue) => void goTo(issue),
        onFilter: (filter) => {
          state.filter = filter;
          state.limit = ISSUE_PAGE;
          renderIssues();
          byId('issues').querySelector<HTMLButtonElement>(`.chip-${filter}`)?.focus();
        },
        onMore: () => {
          state.limit += ISSUE_PAGE;
          renderIssues();
        },
      }),
    );
  }

  function applyOverview(overview: PlanOverview): void {
    state.overview = overview;
    if (overview.document) state.document = overview.document;
    if (state.current && !overview.issues.some((issue) => issueKey(issue) === state.current)) state.current = null;
    render();
  }

  async function goTo(issue: Issue): Promise<void> {
    state.current = issueKey(issue);
    for (const button of Array.from(byId('issues').querySelectorAll<HTMLButtonElement>('button.issue'))) {
      const match = button.dataset.sheet === issue.sheet && button.dataset.cell === issue.cell;
      if (match) button.setAttribute('aria-current', 'true');
      else button.removeAttribute('aria-current');
    }
    try {
      await bridge.call('goToCell', issue.sheet, issue.cell);
      feedback.issues.info(`Đã chuyển đến ${issueLocation(issue)}.`);
    } catch (error) {
      feedback.issues.failure(asBridgeError(error));
    }
  }

  // ------------------------------------------------------------ actions

  buttons.check.addEventListener('click', () =>
    runAction(buttons.check, feedback.main, async () => {
      const report = await bridge.call('checkPlan');
      applyOverview(report.overview);
      const { errorCount, warningCount } = report.overview;
      const verdict =
        errorCount === 0 && warningCount === 0
          ? 'Kế hoạch không có lỗi hay cảnh báo.'
          : `Tìm thấy ${errorCount} lỗi và ${warningCount} cảnh báo; các ô có vấn đề đã được tô màu và ghi chú.`;
      const marks = report.cleared > 0 ? ` Đã bỏ đánh dấu ${report.cleared} ô đã được sửa.` : '';
      feedback.main.success(verdict + marks);
    }),
  );

  buttons.summary.addEventListener('click', () =>
    runAction(buttons.summary, feedback.main, async () => {
      applyOverview(await bridge.call('writeSummary'));
      feedback.main.success('Đã ghi kết quả vào trang “Tổng hợp”.');
    }),
  );

  let proposal: SetupProposal | null = null;

  function closeSetup(returnFocus: boolean): void {
    proposal = null;
    fill(setupPanelHost);
    buttons.setup.hidden = false;
    if (returnFocus) buttons.setup.focus();
  }

  buttons.setup.addEventListener('click', () =>
    runAction(buttons.setup, feedback.setup, async () => {
      proposal = await bridge.call('proposeSetup');
      feedback.setup.clear();
      const panel = setupPanel(proposal, {
        onCancel: () => closeSetup(true),
        onConfirm: (framework) => void confirmSetup(framework),
      });
      fill(setupPanelHost, panel);
      buttons.setup.hidden = true;
      panel.querySelector<HTMLInputElement>('input:checked')?.focus();
    }),
  );

  async function confirmSetup(framework: string): Promise<void> {
    const confirm = setupPanelHost.querySelector<HTMLButtonElement>('#btn-setup-confirm');
    if (!confirm || state.busy) return;
    confirm.dataset.label = confirm.textContent ?? '';
    confirm.dataset.progress = 'Đang tạo các trang tính…';
    for (const input of Array.from(setupPanelHost.querySelectorAll<HTMLInputElement | HTMLButtonElement>('input, button'))) input.disabled = true;
    let done = false;
    await runAction(confirm, feedback.setup, async () => {
      const report = await bridge.call('setupTabs', { framework });
      done = true;
      closeSetup(true);
      feedback.setup.success(report.message);
      try {
        applyOverview(await bridge.call('getOverview'));
      } catch (error) {
        feedback.main.failure(asBridgeError(error));
      }
    });
    if (done) buttons.setup.focus();
    else for (const input of Array.from(setupPanelHost.querySelectorAll<HTMLInputElement | HTMLButtonElement>('input, button'))) input.disabled = false;
  }

  buttons.document.addEventListener('click', () =>
    runAction(buttons.document, feedback.document, async () => {
      const report = await bridge.call('createDocument', { newVersion: newVersion.checked });
      state.document = report.links;
      newVersion.checked = false;
      render();
      feedback.document.success(report.message);
    }),
  );

  byId<HTMLFormElement>('share-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const { valid, invalid } = parseEmails(shareEmails.value);
    if (invalid.length > 0) {
      shareEmails.setAttribute('aria-invalid', 'true');
      feedback.share.failure(
        new BridgeError(`Địa chỉ email không hợp lệ: ${invalid.join(', ')}. Hãy sửa lại; văn bản chưa được chia sẻ với ai.`),
      );
      shareEmails.focus();
      return;
    }
    shareEmails.removeAttribute('aria-invalid');
    const role = shareRole.value === 'reader' ? 'reader' : 'commenter';
    void runAction(buttons.share, feedback.share, async () => {
      const report = await bridge.call('shareDocument', { emails: valid, role, message: shareMessage.value.trim() });
      state.document = report.links;
      shareEmails.value = '';
      render();
      feedback.share.success(report.message);
    });
  });

  // ------------------------------------------------------------ first read

  render();
  buttons.check.dataset.progress = 'Đang đọc kế hoạch…';
  const ready = runAction(buttons.check, feedback.main, async () => {
    applyOverview(await bridge.call('getOverview'));
    feedback.main.clear();
  }).finally(() => {
    buttons.check.dataset.progress = 'Đang kiểm tra kế hoạch…';
  });
  return { ready };
}
