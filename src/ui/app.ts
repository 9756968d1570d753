/**
 * The sidebar's controller: the shell (sidebar.html) holds the buttons and
 * forms, which stay in place so keyboard focus is never lost; the sections
 * that show data are re-rendered from the last overview.
 */
import type { DocumentLinks, DocumentRequest, FreezeQuestion, OnEdited, PlanOverview, ReassessReport, SetupProposal } from '../server/api';
import type { Issue } from '../domain/validate/issue';
import { asBridgeError, BridgeError, type Bridge } from './bridge';
import { byId, fill, h } from './dom';
import { Feedback } from './feedback';
import { count, issueLocation, parseEmails } from './format';
import {
  checkLine,
  decisionPanel,
  documentLinks,
  draftReason,
  followUp,
  issueKey,
  issueList,
  levels,
  planHeader,
  setupPanel,
  shareOutcome,
  standards,
  welcome,
  type IssueFilter,
} from './views';
import { renderNextLevel } from './next-level';
import { afterReassessed, renderReassess } from './reassess';
import { startImportPanel } from './import';
import { startDistrictView } from './district';
import { startCyclePanel } from './cycle';
import { freezePanel } from './setup-freeze';

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
  const shareNeedFinal = byId('share-need-final');
  const docWhy = byId('doc-why');
  const decisionHost = byId('doc-decision');
  const toolbar = byId('toolbar');
  const documentSection = byId('sec-document');

  for (const button of Object.values(buttons)) {
    button.dataset.label = button.textContent ?? '';
  }

  /** Only a final document goes to the district: a draft, or none, blocks "Chia sẻ" and says why. */
  function refreshButtons(): void {
    for (const [name, button] of Object.entries(buttons)) {
      const blocked = name === 'share' && (!state.document || state.document.draft);
      button.disabled = state.busy || blocked;
    }
    shareNeedDoc.hidden = !!state.document;
    shareNeedFinal.hidden = !state.document?.draft;
  }

  /** Before setup: no tab of the plan exists yet, so counts and levels would only alarm. */
  function beforeSetup(overview: PlanOverview | null): boolean {
    return !!overview && overview.standards.length > 0 && overview.standards.every((s) => !s.sheetName);
  }

  /** While errors remain the button makes the draft, and says why right above it. */
  function renderDocumentButton(overview: PlanOverview | null): void {
    const errors = overview?.errorCount ?? 0;
    const label = errors > 0 ? 'Tạo bản dự thảo' : 'Tạo văn bản';
    buttons.document.dataset.label = label;
    buttons.document.dataset.progress = errors > 0 ? 'Đang tạo bản dự thảo…' : 'Đang tạo văn bản…';
    if (!buttons.document.classList.contains('busy')) buttons.document.textContent = label;
    docWhy.hidden = errors === 0;
    docWhy.textContent = errors > 0 ? draftReason(errors) : '';
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
    const starting = beforeSetup(overview);
    fill(byId('plan'), planHeader(overview, starting));
    toolbar.hidden = starting;
    documentSection.hidden = starting;
    byId('welcome').hidden = !starting;
    fill(byId('welcome'), starting ? welcome() : null);
    const setupLabel = starting ? 'Bắt đầu: tạo các trang tính' : 'Tạo các trang tính';
    buttons.setup.dataset.label = setupLabel;
    if (!buttons.setup.classList.contains('busy')) buttons.setup.textContent = setupLabel;
    if (overview && !starting) {
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
    byId('h-setup').textContent = starting ? 'Bắt đầu' : 'Trang tính của kế hoạch';
    byId('setup-hint').hidden = starting;
    byId('setup-hint').textContent = needsSetup
      ? 'Bảng tính chưa có đủ các trang của kế hoạch. Bấm “Tạo các trang tính” để tạo các trang còn thiếu, có sẵn tiêu chí và danh sách chọn mức.'
      : 'Các trang của kế hoạch đã có. Bấm lại khi cần bổ sung cột hoặc tiêu chí còn thiếu; dữ liệu đã nhập được giữ nguyên.';
    renderNextLevel(overview && !starting ? overview.nextLevel : undefined, jumpToCell);
    renderReassess(overview && !starting ? overview.reassess : null, confirmReassessed);
    fill(byId('doc-links'), documentLinks(state.document));
    renderDocumentButton(overview);
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
        similarCount: (issue) => similarCount(issue),
        dismissedCount: state.overview.dismissed.length,
        onSelect: (issue) => void goTo(issue),
        onDismiss: (issue, similar) => void dismiss(issue, similar),
        onRestore: () => void restore(),
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

  function similarCount(issue: Issue): number {
    const entry = state.overview?.similarWarnings?.find((w) => w.sheet === issue.sheet && w.cell === issue.cell && w.code === issue.code);
    return entry?.count ?? 1;
  }

  /**
   * A small action inside the issue list (Bỏ qua, Hiện lại): the list is
   * drawn again from the answer, so focus goes to the list's heading
   * instead of being lost with the clicked button.
   */
  async function listAction(work: () => Promise<string>): Promise<void> {
    if (state.busy) return;
    state.busy = true;
    app.setAttribute('aria-busy', 'true');
    refreshButtons();
    feedback.issues.progress('Đang cập nhật danh sách…');
    try {
      const done = await work();
      feedback.issues.success(done);
    } catch (error) {
      feedback.issues.failure(asBridgeError(error));
    } finally {
      state.busy = false;
      app.setAttribute('aria-busy', 'false');
      refreshButtons();
      byId('h-issues').focus();
    }
  }

  function dismiss(issue: Issue, similar: boolean): Promise<void> {
    return listAction(async () => {
      const before = state.overview?.dismissed.length ?? 0;
      const report = await bridge.call('dismissWarnings', { sheet: issue.sheet, cell: issue.cell, code: issue.code, similar });
      applyOverview(report.overview);
      const added = report.overview.dismissed.length - before;
      return `Đã bỏ qua ${count(Math.max(added, 0), 'cảnh báo')}: không còn tô màu và ghi chú trên ô. Cảnh báo hiện lại khi giá trị của ô thay đổi, hoặc khi bấm “Hiện lại”.`;
    });
  }

  function restore(): Promise<void> {
    return listAction(async () => {
      const report = await bridge.call('restoreWarnings');
      applyOverview(report.overview);
      return `Đã hiện lại các cảnh báo đã bỏ qua (${count(report.overview.warningCount, 'cảnh báo')}).`;
    });
  }

  function applyOverview(overview: PlanOverview): void {
    state.overview = overview;
    if (overview.document) state.document = overview.document;
    if (state.current && !overview.issues.some((issue) => issueKey(issue) === state.current)) state.current = null;
    render();
  }

  /** The next-level card's action rows (src/ui/next-level.ts): the same goToCell as the issue list. */
  async function jumpToCell(sheet: string, cell: string): Promise<string> {
    try {
      await bridge.call('goToCell', sheet, cell);
      return `Đã chuyển đến ô ${cell} trang “${sheet}”.`;
    } catch (error) {
      return asBridgeError(error).message;
    }
  }

  /** "Đã đánh giá lại" (src/ui/reassess.ts): one write on the server, the sidebar updated from its answer. */
  async function confirmReassessed(tab: string): Promise<ReassessReport> {
    const report = await bridge.call('confirmReassessed', { tab });
    if (state.overview) applyOverview(afterReassessed(state.overview, report));
    return report;
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

  buttons.check.addEventListener(
    'click',
    () =>
      void runAction(buttons.check, feedback.main, async () => {
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

  buttons.summary.addEventListener(
    'click',
    () =>
      void runAction(buttons.summary, feedback.main, async () => {
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

  buttons.setup.addEventListener(
    'click',
    () =>
      void runAction(buttons.setup, feedback.setup, async () => {
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
    const wasStarting = beforeSetup(state.overview);
    await runAction(confirm, feedback.setup, async () => {
      const report = await bridge.call('setupTabs', { framework });
      done = true;
      closeSetup(!wasStarting);
      feedback.setup.success(report.message);
      if (report.freezeQuestion) askFreeze(framework, report.freezeQuestion);
      try {
        applyOverview(await bridge.call('getOverview'));
      } catch (error) {
        feedback.main.failure(asBridgeError(error));
      }
    });
    if (done && wasStarting) {
      // The welcome is gone and setup moved to the end: show the new counts, where the work starts.
      buttons.check.focus({ preventScroll: true });
      byId('check-line').scrollIntoView({ block: 'center' });
    } else if (done)
      (setupPanelHost.querySelector<HTMLButtonElement>('button') ?? buttons.setup).focus(); // the freeze question, when asked
    else for (const input of Array.from(setupPanelHost.querySelectorAll<HTMLInputElement | HTMLButtonElement>('input, button'))) input.disabled = false;
  }

  /** Freeze TT / Tiêu chí on tabs the user already had? The answer runs setup again with it (nothing else is left to do). */
  function askFreeze(framework: string, question: FreezeQuestion): void {
    const panel = freezePanel(question, {
      onAnswer: (freeze) => {
        const chosen = panel.querySelector<HTMLButtonElement>(`button[data-freeze="${freeze ? 'yes' : 'no'}"]`) ?? buttons.setup;
        chosen.dataset.label = chosen.textContent ?? '';
        chosen.dataset.progress = freeze ? 'Đang cố định cột…' : 'Đang ghi câu trả lời…';
        void runAction(chosen, feedback.setup, async () => {
          const report = await bridge.call('setupTabs', { framework, freezeColumns: freeze });
          fill(setupPanelHost);
          feedback.setup.success(report.message);
        }).then(() => {
          // Answered: the question is gone, focus goes back to setup's button (kept on the question after a failure).
          if (!panel.isConnected) buttons.setup.focus();
        });
      },
    });
    fill(setupPanelHost, panel);
  }

  /**
   * Tạo văn bản (or the draft while errors remain). When the server stops
   * to ask (the Doc was edited by hand, is read-only, or is not visible),
   * nothing was written: the question and its named choices appear under
   * the button, and the chosen one calls again.
   */
  async function makeDocument(request: DocumentRequest): Promise<void> {
    fill(decisionHost);
    const report = await bridge.call('createDocument', request);
    state.document = report.links;
    render();
    if (report.decision) {
      feedback.document.clear();
      const panel = decisionPanel(report.decision, {
        onChoose: (choice) => void chooseForDocument(request, choice),
        onCancel: () => {
          fill(decisionHost);
          feedback.document.info('Đã huỷ: văn bản hiện có giữ nguyên.');
          buttons.document.focus();
        },
      });
      fill(decisionHost, panel);
      panel.querySelector<HTMLButtonElement>('button')?.focus();
      return;
    }
    newVersion.checked = false;
    feedback.document.success(report.message);
  }

  function chooseForDocument(request: DocumentRequest, choice: Exclude<OnEdited, 'ask'>): Promise<void> {
    const chosen = decisionHost.querySelector<HTMLButtonElement>(`button[data-choice="${choice}"]`) ?? buttons.document;
    return runAction(chosen, feedback.document, () => makeDocument({ ...request, onEdited: choice }));
  }

  buttons.document.addEventListener(
    'click',
    () =>
      void runAction(buttons.document, feedback.document, () => {
        const request: DocumentRequest = { newVersion: newVersion.checked };
        if ((state.overview?.errorCount ?? 0) > 0) request.draft = true;
        return makeDocument(request);
      }),
  );

  byId<HTMLFormElement>('share-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const { valid, invalid } = parseEmails(shareEmails.value);
    if (invalid.length > 0) {
      shareEmails.setAttribute('aria-invalid', 'true');
      feedback.share.failure(
        new BridgeError(
          `Địa chỉ email chưa đúng: ${invalid.map((bad) => `${bad.address} (${bad.reason})`).join('; ')}. Hãy sửa trong ô “Thêm địa chỉ email”; văn bản chưa được chia sẻ với ai.`,
        ),
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
      // Never "all shared" unless the server says every address got everything.
      if (report.complete) feedback.share.success(report.message, [shareOutcome(report)]);
      else feedback.share.partial(report.message, [shareOutcome(report)]);
    });
  });

  // ------------------------------------------------------------ import (src/ui/import.ts)

  startImportPanel(bridge, {
    afterWrite: async () => applyOverview(await bridge.call('getOverview')),
    // Defined by the preview only (its local file chooser); in Sheets the Picker opens from the menu.
    pickFile: (window as unknown as { kehoachPickImportFile?: () => Promise<string | null> }).kehoachPickImportFile,
  });

  // ------------------------------------------------------------ year cycle (src/ui/cycle.ts)

  startCyclePanel(bridge);

  // ------------------------------------------------------------ first read

  render();
  buttons.check.dataset.progress = 'Đang đọc kế hoạch…';
  const ready = runAction(buttons.check, feedback.main, async () => {
    const overview = await bridge.call('getOverview');
    const district = overview.district ? await bridge.call('getDistrictOverview') : null;
    if (district) return startDistrictView(bridge, app, district);
    applyOverview(overview);
    feedback.main.clear();
  }).finally(() => {
    buttons.check.dataset.progress = 'Đang kiểm tra kế hoạch…';
  });
  return { ready };
}
