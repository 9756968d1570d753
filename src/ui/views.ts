/**
 * Small render functions: data in, DOM out. Every user-supplied string
 * (school name, cell addresses, messages quoting cell text) goes in as a
 * text node through `h`, never as markup.
 */
import type {
  DocumentDecision,
  DocumentLinks,
  OnEdited,
  RecipientOutcome,
  ShareReport,
  FollowUpOverview,
  PlanOverview,
  SetupProposal,
  StandardOverview,
  SummaryOverview,
} from '../server/api';
import type { Issue } from '../domain/validate/issue';
import { h, type Child } from './dom';
import { count, formatPercent, formatTime, issueLocation, levelName, safeUrl, severityLabel, sortIssues } from './format';

/** `đáp ứng …` → `Đáp ứng …` */
function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export type IssueFilter = 'all' | 'error' | 'warning';

/** The plan's header: school, year, and the framework named once (why it was chosen folded away). Before setup: the add-on's name only. */
export function planHeader(overview: PlanOverview | null, beforeSetup = false): Child[] {
  if (overview && beforeSetup) {
    return [h('h1', { class: 'school' }, 'Kế hoạch cải tiến chất lượng giáo dục'), h('p', { class: 'meta' }, 'Bảng tính này chưa có các trang của kế hoạch.')];
  }
  if (!overview) {
    return [h('h1', { class: 'school' }, 'Kế hoạch cải tiến'), h('p', { class: 'meta' }, 'Chưa đọc được kế hoạch trong bảng tính này.')];
  }
  const school = overview.schoolName.trim() || 'Chưa ghi tên trường';
  const year = overview.schoolYear.trim() ? `Năm học ${overview.schoolYear.trim()}` : 'Chưa ghi năm học';
  return [
    h('h1', { class: 'school' }, school),
    h('p', { class: 'meta' }, year),
    h(
      'details',
      { class: 'framework' },
      h(
        'summary',
        null,
        h('span', { class: 'tag', title: overview.framework.title }, overview.framework.id),
        ' ',
        h('span', { class: 'why-label' }, 'vì sao?'),
      ),
      h('p', { class: 'why' }, overview.framework.reason),
    ),
  ];
}

/** Before setup: what the add-on does, in a few lines; the one button to start is setup's. */
export function welcome(): Child[] {
  return [
    h('p', null, 'Tiện ích giúp nhà trường lập kế hoạch cải tiến chất lượng giáo dục sau tự đánh giá:'),
    h(
      'ul',
      { class: 'welcome-list' },
      h('li', null, 'tạo sẵn các trang tính theo Thông tư 17/2018 hoặc Thông tư 57/2026, có đủ tiêu chí và danh sách chọn mức;'),
      h('li', null, 'kiểm tra từng dòng và chỉ ra ô cần sửa;'),
      h('li', null, 'tính mức đạt của nhà trường và tạo văn bản kế hoạch (Google Tài liệu, bản PDF) để gửi Phòng GD&ĐT.'),
    ),
    h('p', null, 'Để bắt đầu, bấm nút dưới đây. Dữ liệu đã có trong bảng tính được giữ nguyên.'),
  ];
}

/** `Kiểm tra lúc …: 6 lỗi, 3 cảnh báo` */
export function checkLine(overview: PlanOverview): Child[] {
  const tone = overview.errorCount > 0 ? 'bad' : overview.warningCount > 0 ? 'warn' : 'good';
  const verdict =
    overview.errorCount === 0 && overview.warningCount === 0
      ? 'Không có lỗi'
      : `${count(overview.errorCount, 'lỗi')}, ${count(overview.warningCount, 'cảnh báo')}`;
  // The server's own clock reading (script time zone); an older server sends only the ISO time.
  const time = overview.checkedAtText ?? formatTime(overview.checkedAt);
  return [h('span', { class: `dot ${tone}`, 'aria-hidden': 'true' }), h('strong', null, verdict), ` · kiểm tra lúc ${time}`];
}

function levelRow(level: SummaryOverview['levels'][number], requirementLevel: boolean): HTMLElement {
  const percent = Math.max(0, Math.min(100, level.percent));
  const reached = level.total > 0 && level.met >= level.total;
  const unit = requirementLevel ? 'yêu cầu' : 'tiêu chí';
  return h(
    'li',
    { class: `level${reached ? ' reached' : ''}` },
    h('span', { class: 'level-name' }, levelName(level.level)),
    h(
      'span',
      {
        class: 'bar',
        role: 'img',
        'aria-label': `${levelName(level.level)}: đạt ${level.met} trên ${level.total} ${unit}, ${formatPercent(level.percent)}`,
      },
      h('span', { class: 'fill', style: `width:${percent}%` }),
    ),
    h('span', { class: 'level-count' }, `${level.met}/${level.total}`, h('span', { class: 'pct' }, ` ${formatPercent(level.percent)}`)),
    level.mandatory
      ? h('span', { class: 'mandatory', title: 'Tiêu chí bắt buộc (★) đạt mức này' }, `★ bắt buộc: ${level.mandatory.met}/${level.mandatory.total}`)
      : null,
  );
}

/** The level table at a glance and the school's level. */
export function levels(summary: SummaryOverview, framework: PlanOverview['framework']): Child[] {
  const tone = summary.schoolLevel > 0 ? 'good' : 'bad';
  return [
    h(
      'div',
      { class: `verdict ${tone}` },
      h('span', { class: 'verdict-level' }, summary.schoolLevelLabel),
      summary.nationalStandard ? h('span', { class: 'verdict-national' }, sentenceCase(summary.nationalStandard)) : null,
    ),
    h(
      'ul',
      { class: 'levels', 'aria-label': 'Số tiêu chí đạt từng mức' },
      summary.levels.map((level) => levelRow(level, level.level === 4 && framework.levels.includes(4))),
    ),
    summary.budgetTotalText ? h('p', { class: 'budget' }, 'Tổng kinh phí dự kiến: ', h('strong', null, summary.budgetTotalText)) : null,
    summary.sentences.length
      ? h(
          'details',
          { class: 'sentences' },
          h('summary', null, 'Câu tổng hợp dùng trong văn bản'),
          summary.sentences.map((s) => h('p', null, s)),
        )
      : null,
  ];
}

/** Per standard: criteria found, errors, warnings. */
export function standards(list: StandardOverview[]): Child {
  if (list.length === 0) return h('p', { class: 'empty' }, 'Chưa có trang tiêu chuẩn nào.');
  return h(
    'table',
    { class: 'standards' },
    h('caption', { class: 'sr-only' }, 'Số tiêu chí, lỗi và cảnh báo của từng tiêu chuẩn'),
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('th', { scope: 'col' }, 'Tiêu chuẩn'),
        h('th', { scope: 'col', class: 'num' }, 'Tiêu chí'),
        h('th', { scope: 'col', class: 'num' }, 'Lỗi'),
        h('th', { scope: 'col', class: 'num' }, 'Cảnh báo'),
      ),
    ),
    h(
      'tbody',
      null,
      list.map((s) =>
        h(
          'tr',
          { class: s.sheetName ? '' : 'missing' },
          h(
            'th',
            { scope: 'row', title: `Tiêu chuẩn ${s.number}: ${s.name}` },
            h('span', { class: 'std-num' }, `${s.number}.`),
            ' ',
            h('span', { class: 'std-name' }, s.name),
            s.sheetName ? null : h('span', { class: 'std-missing' }, 'Thiếu trang'),
          ),
          h('td', { class: `num${s.criteriaFound < s.criteriaTotal ? ' short' : ''}` }, `${s.criteriaFound}/${s.criteriaTotal}`),
          h('td', { class: `num${s.errors ? ' bad' : ' zero'}` }, String(s.errors)),
          h('td', { class: `num${s.warnings ? ' warn' : ' zero'}` }, String(s.warnings)),
        ),
      ),
    ),
  );
}

export function issueKey(issue: Issue): string {
  return `${issue.sheet}\u0000${issue.cell}\u0000${issue.code}`;
}

export interface IssueListOptions {
  filter: IssueFilter;
  limit: number;
  current: string | null;
  /** How many shown warnings share this one's code and cell text (itself included); 1 when alone. */
  similarCount: (issue: Issue) => number;
  /** Warnings the school dismissed, counted in the line that offers them back. */
  dismissedCount: number;
  onSelect: (issue: Issue) => void;
  onDismiss: (issue: Issue, similar: boolean) => void;
  onRestore: () => void;
  onFilter: (filter: IssueFilter) => void;
  onMore: () => void;
}

/** `Đã bỏ qua 3 cảnh báo · Hiện lại` */
function dismissedLine(options: IssueListOptions): Child {
  if (options.dismissedCount === 0) return null;
  return h(
    'p',
    { class: 'dismissed' },
    `Đã bỏ qua ${count(options.dismissedCount, 'cảnh báo')} · `,
    h('button', { type: 'button', class: 'link restore', on: { click: options.onRestore } }, 'Hiện lại'),
  );
}

/** Under a warning: dismiss it, or every warning like it. Errors have none: they must be fixed. */
function warningActions(issue: Issue, options: IssueListOptions): Child {
  if (issue.severity !== 'warning') return null;
  const similar = options.similarCount(issue);
  const where = issueLocation(issue);
  return h(
    'div',
    { class: 'issue-actions' },
    h(
      'button',
      { type: 'button', class: 'small dismiss-one', 'aria-label': `Bỏ qua cảnh báo ở ${where}`, on: { click: () => options.onDismiss(issue, false) } },
      'Bỏ qua',
    ),
    similar > 1
      ? h(
          'button',
          { type: 'button', class: 'small dismiss-similar', on: { click: () => options.onDismiss(issue, true) } },
          `Bỏ qua ${count(similar, 'cảnh báo')} giống thế này`,
        )
      : null,
  );
}

/** Filter chips and the clickable issue list, errors first. */
export function issueList(issues: Issue[], options: IssueListOptions): Child[] {
  if (issues.length === 0) {
    return [h('p', { class: 'empty good' }, 'Không có lỗi hay cảnh báo nào. Kế hoạch sẵn sàng để tạo văn bản.'), dismissedLine(options)];
  }
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  const chip = (filter: IssueFilter, label: string, n: number) =>
    h(
      'button',
      {
        type: 'button',
        class: `chip chip-${filter}`,
        'aria-pressed': options.filter === filter ? 'true' : 'false',
        on: { click: () => options.onFilter(filter) },
      },
      `${label} (${n})`,
    );
  const shown = sortIssues(issues).filter((i) => options.filter === 'all' || i.severity === options.filter);
  const visible = shown.slice(0, options.limit);
  return [
    h(
      'div',
      { class: 'chips', role: 'group', 'aria-label': 'Lọc danh sách' },
      chip('all', 'Tất cả', issues.length),
      chip('error', 'Lỗi', errors),
      chip('warning', 'Cảnh báo', warnings),
    ),
    h(
      'ol',
      { class: 'issues', 'aria-label': 'Danh sách lỗi và cảnh báo; chọn một mục để đến ô đó' },
      visible.map((issue) => {
        const key = issueKey(issue);
        return h(
          'li',
          null,
          h(
            'button',
            {
              type: 'button',
              class: `issue ${issue.severity}`,
              'aria-current': options.current === key ? 'true' : false,
              'data-sheet': issue.sheet,
              'data-cell': issue.cell,
              on: { click: () => options.onSelect(issue) },
            },
            h(
              'span',
              { class: 'issue-head' },
              h('span', { class: `badge ${issue.severity}` }, severityLabel(issue.severity)),
              h('span', { class: 'where' }, issueLocation(issue)),
            ),
            h('span', { class: 'issue-message' }, issue.message),
          ),
          warningActions(issue, options),
        );
      }),
    ),
    dismissedLine(options),
    shown.length > visible.length
      ? h('button', { type: 'button', class: 'link more', on: { click: options.onMore } }, `Hiện thêm (còn ${shown.length - visible.length})`)
      : null,
  ];
}

const PROGRESS_TONES: Record<string, string> = {
  'Hoàn thành': 'done',
  'Đang thực hiện': 'doing',
  'Chưa hoàn thành': 'todo',
};

/** TT57: per standard, how many improvement rows are done, in progress, not done, not marked. */
export function followUp(data: FollowUpOverview): Child[] {
  const rows = data.standards.map((s) => {
    const parts = [
      ...s.counts.map((c) => ({ label: c.value, count: c.count, tone: PROGRESS_TONES[c.value] ?? 'other' })),
      { label: 'Chưa ghi', count: s.unmarked, tone: 'unmarked' },
    ];
    const total = parts.reduce((sum, p) => sum + p.count, 0);
    const text =
      total === 0
        ? 'Chưa có hoạt động cải tiến'
        : parts
            .filter((p) => p.count > 0)
            .map((p) => `${p.count} ${p.label.toLowerCase()}`)
            .join(' · ');
    return h(
      'li',
      null,
      h('span', { class: 'fu-name' }, `Tiêu chuẩn ${s.number}`),
      h(
        'span',
        { class: 'stack', 'aria-hidden': 'true' },
        total === 0 ? null : parts.filter((p) => p.count > 0).map((p) => h('span', { class: `seg ${p.tone}`, style: `flex-grow:${p.count}` })),
      ),
      h('span', { class: 'fu-text' }, text),
    );
  });
  return [
    h('ul', { class: 'followup' }, rows),
    data.overdue > 0
      ? h('p', { class: 'overdue' }, `${data.overdue} hoạt động đã quá thời gian thực hiện mà chưa hoàn thành (xem cảnh báo ở trên).`)
      : h('p', { class: 'hint' }, 'Không có hoạt động nào quá hạn.'),
  ];
}

/** Links to the generated Doc and PDF; a draft says so first. */
export function documentLinks(links: DocumentLinks | null): Child[] {
  if (!links) return [h('p', { class: 'hint' }, 'Chưa tạo văn bản. Văn bản được tạo từ các trang tính của kế hoạch.')];
  const doc = safeUrl(links.docUrl);
  const pdf = safeUrl(links.pdfUrl);
  return [
    links.draft ? h('p', { class: 'draft-label' }, 'Bản dự thảo') : null,
    h('p', { class: 'doc-title' }, links.title),
    h(
      'p',
      { class: 'doc-links' },
      doc ? h('a', { href: doc, target: '_blank', rel: 'noopener noreferrer' }, links.draft ? 'Mở bản dự thảo' : 'Mở Google Tài liệu') : null,
      pdf ? h('a', { href: pdf, target: '_blank', rel: 'noopener noreferrer' }, links.draft ? 'PDF dự thảo' : 'Bản PDF') : null,
    ),
    h('p', { class: 'hint' }, `Cập nhật lúc ${links.updatedAtText || formatTime(links.updatedAt)}`),
  ];
}

export interface SetupPanelOptions {
  onConfirm: (framework: string) => void;
  onCancel: () => void;
}

/** Setup's question: which framework (TT57 proposed from 2026-2027). */
export function setupPanel(proposal: SetupProposal, options: SetupPanelOptions): HTMLElement {
  const radios = proposal.choices.map((choice, index) =>
    h(
      'label',
      { class: 'radio' },
      h('input', { type: 'radio', name: 'setup-framework', value: choice.id, checked: choice.id === proposal.proposed, id: `setup-fw-${index}` }),
      h(
        'span',
        null,
        h('strong', null, choice.id),
        choice.id === proposal.proposed ? h('span', { class: 'proposed' }, ' (đề xuất)') : null,
        h('span', { class: 'choice-title' }, choice.title),
      ),
    ),
  );
  const form = h(
    'form',
    {
      class: 'setup-form',
      'aria-label': 'Chọn khung đánh giá',
      on: {
        submit: (event: Event) => {
          event.preventDefault();
          const picked = form.querySelector<HTMLInputElement>('input[name="setup-framework"]:checked');
          options.onConfirm(picked ? picked.value : proposal.proposed);
        },
        keydown: (event: KeyboardEvent) => {
          if (event.key === 'Escape') options.onCancel();
        },
      },
    },
    h('fieldset', null, h('legend', null, 'Khung đánh giá'), radios),
    h('p', { class: 'hint' }, proposal.reason),
    h(
      'p',
      { class: 'hint' },
      proposal.existing
        ? 'Bảng tính đã có các trang của kế hoạch: tiện ích chỉ thêm cột, tiêu chí và trang còn thiếu, không xoá hay sửa dữ liệu đã nhập.'
        : 'Tiện ích sẽ tạo các trang của kế hoạch, điền sẵn các tiêu chí và danh sách chọn mức.',
    ),
    h(
      'div',
      { class: 'row' },
      h('button', { type: 'submit', class: 'primary', id: 'btn-setup-confirm' }, 'Tạo các trang tính'),
      h('button', { type: 'button', on: { click: options.onCancel } }, 'Huỷ'),
    ),
  );
  return form;
}

/** Why the document button makes a draft: the errors, counted; they stay listed above. */
export function draftReason(errorCount: number): string {
  return `Kế hoạch còn ${count(errorCount, 'lỗi')} (xem danh sách “Lỗi và cảnh báo”), nên chỉ tạo được bản dự thảo: có chữ DỰ THẢO ở đầu trang 1 và trong tên tệp. Sửa hết lỗi rồi bấm lại để có văn bản chính thức.`;
}

const CHOICE_LABELS: Record<Exclude<OnEdited, 'ask'>, string> = {
  overwrite: 'Ghi đè văn bản hiện có',
  newVersion: 'Tạo bản mới, giữ bản cũ',
};

function who(person: DocumentDecision['person']): string {
  if (!person) return '';
  return person.name && person.name !== person.email ? `${person.name} (${person.email})` : person.email;
}

/** The question, in words, for each reason the server stopped before touching the Doc. */
export function decisionQuestion(decision: DocumentDecision): string {
  const person = who(decision.person);
  switch (decision.reason) {
    case 'edited': {
      const by = person ? ` bởi ${person}` : '';
      const at = decision.editedAt ? ` lúc ${formatTime(decision.editedAt)}` : '';
      return `Văn bản đã được sửa trực tiếp trong Google Tài liệu${by}${at}, sau lần tiện ích ghi gần nhất. “Ghi đè” sẽ thay các chỗ sửa đó bằng nội dung từ bảng tính; “Tạo bản mới” giữ nguyên văn bản cũ.`;
    }
    case 'readOnly':
      return `Bạn chỉ có quyền xem văn bản hiện có${person ? ` (của ${person})` : ''}, nên tiện ích không sửa được nó. Hãy tạo bản mới (văn bản cũ giữ nguyên), hoặc nhờ chủ văn bản cấp quyền chỉnh sửa rồi bấm lại.`;
    case 'notVisible':
      return `Tiện ích không mở được văn bản đã tạo trước đó${person ? ` (văn bản của ${person})` : ''}: có thể văn bản do người khác tạo. Hãy tạo bản mới; văn bản cũ không bị thay đổi.`;
  }
}

export interface DecisionOptions {
  onChoose: (choice: Exclude<OnEdited, 'ask'>) => void;
  onCancel: () => void;
}

/** The choice before touching the Doc: one named button per choice the server offers, and Huỷ. Never a yes/no. */
export function decisionPanel(decision: DocumentDecision, options: DecisionOptions): HTMLElement {
  return h(
    'div',
    { class: 'decision', role: 'group', 'aria-labelledby': 'decision-question' },
    h('p', { id: 'decision-question', class: 'decision-question' }, decisionQuestion(decision)),
    h(
      'div',
      { class: 'row' },
      decision.choices.map((choice, index) =>
        h(
          'button',
          { type: 'button', class: index === 0 ? 'primary' : '', 'data-choice': choice, on: { click: () => options.onChoose(choice) } },
          CHOICE_LABELS[choice],
        ),
      ),
      h('button', { type: 'button', class: 'cancel', on: { click: options.onCancel } }, 'Huỷ'),
    ),
  );
}

const RECIPIENT_STATUS: Record<RecipientOutcome['status'], string> = {
  shared: 'đã chia sẻ',
  docOnly: 'chỉ chia sẻ được văn bản, chưa chia sẻ được bản PDF',
  failed: 'chưa chia sẻ',
};

/** One line per address, with its outcome; nothing claims "all" unless the server says complete. */
export function shareOutcome(report: ShareReport): HTMLElement {
  return h(
    'ul',
    { class: 'recipients', 'aria-label': 'Kết quả chia sẻ từng địa chỉ' },
    report.recipients.map((recipient) =>
      h(
        'li',
        { class: `recipient ${recipient.status}` },
        h('span', { class: 'recipient-email' }, recipient.email),
        ': ',
        h('span', { class: 'recipient-status' }, RECIPIENT_STATUS[recipient.status]),
        recipient.status !== 'failed' && recipient.notified ? ' (đã gửi email báo)' : '',
        recipient.problem ? h('span', { class: 'recipient-problem' }, ` ${recipient.problem}`) : null,
      ),
    ),
  );
}
