/**
 * The offline HTML twin: print CSS matching NĐ30, every user text escaped,
 * the `render` command's exit codes, and the scopes the Doc code relies on.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analysePlan, planDocument } from '../../src/domain/analyse';
import { renderHtml } from '../../src/render/html';
import { ROOT, TT17_SAMPLE, loadSample } from '../../fixtures/workbooks';
import { documentOf, setCell, TT17_CLEAN, tt17Clean, tt57Sample } from '../../fixtures/plans';
import { documentText } from '../../src/domain/document/model';

describe('renderHtml', () => {
  const html = renderHtml(documentOf(tt17Clean()).document);

  it('prints on A4 portrait with NĐ30 margins, in Times New Roman', () => {
    expect(html).toMatch(/@page \{ size: A4 portrait; margin: 20mm 15mm 20mm 30mm;/);
    expect(html).toContain('font-family: "Times New Roman"');
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<title>Kế hoạch cải tiến chất lượng năm học 2024-2025 - Trường Tiểu học An Khang</title>');
  });

  it('numbers pages at the top centre from page 2', () => {
    expect(html).toMatch(/@top-center \{ content: counter\(page\)/);
    expect(html).toMatch(/@page :first \{ @top-center \{ content: none; \} \}/);
  });

  it('repeats the table header on each page, keeps short rows whole and lets tall ones continue, two lines at least on each page', () => {
    expect(html).toContain('thead { display: table-header-group; }');
    expect(html).toContain('tr { break-inside: avoid; page-break-inside: avoid; }');
    expect(html).toContain('tr.runs-on { break-inside: auto; page-break-inside: auto; }');
    expect(html).toContain('td p { orphans: 2; widows: 2; }');
    const { document } = documentOf(tt17Clean());
    const plan = document.blocks.find((block) => block.type === 'table' && block.role === 'plan');
    const bodyRows = plan?.type === 'table' ? plan.rows.filter((row) => row.kind === 'body') : [];
    expect(bodyRows.length).toBeGreaterThan(0);
    expect(html.match(/<tr class="body runs-on">/g)).toHaveLength(bodyRows.filter((row) => !row.keepTogether).length);
    expect(html).not.toMatch(/break-before|page-break-before/);
    expect(html.match(/<thead>/g)).toHaveLength(1);
    expect(html).toMatch(/<table class="doc-table grid role-plan"/);
    expect(html).toMatch(/<table class="doc-table layout role-header"/);
  });

  it('never breaks inside a syllable: breaks only at spaces and after / or , before a letter', () => {
    expect(html).toMatch(/table\.doc-table td, table\.doc-table th \{[^}]*overflow-wrap: normal; word-break: keep-all;/);
    expect(html).not.toContain('break-word');
  });

  it.each([
    { typed: 'Hiệu trưởng/chính quyền địa phương', printed: 'Hiệu trưởng/\u200bchính quyền địa phương' },
    { typed: 'Ban ĐDCMHS,Tổ CM', printed: 'Ban ĐDCMHS,\u200bTổ CM' },
    { typed: 'Tháng 9/2024 - 12/2024', printed: 'Tháng 9/2024 - 12/2024' },
    { typed: '1,5 triệu; GD&ĐT', printed: '1,5 triệu; GD&#38;ĐT' },
  ])('adds a break opportunity to “$typed” in the page only, never to the model', ({ typed, printed }) => {
    const workbook = tt17Clean();
    setCell(workbook, 'Tiêu chuẩn 1', '1.1', 'Ghi chú', typed);
    const { document } = documentOf(workbook);
    expect(documentText(document)).toContain(typed);
    expect(documentText(document)).not.toContain('\u200b');
    expect(renderHtml(document)).toContain(`<p style="text-align:left;font-size:12pt;line-height:1.15">${printed}</p>`);
  });

  it('draws each rule apart from the text above it (margin from the model)', () => {
    const rules = [...html.matchAll(/<div class="rule" style="width:([\d.]+)pt;margin-top:([\d.]+)pt"><\/div>/g)];
    expect(rules).toHaveLength(3);
    for (const rule of rules) expect(Number(rule[2])).toBeGreaterThanOrEqual(3);
  });

  it('prints TT57 plans on A4 landscape', () => {
    expect(renderHtml(documentOf(tt57Sample()).document)).toMatch(/@page \{ size: A4 landscape; margin: 20mm 15mm 20mm 30mm;/);
  });

  it('shows markup typed in a cell literally', () => {
    const workbook = tt17Clean();
    setCell(workbook, 'Tiêu chuẩn 1', '1.1', 'Ghi chú', '<img src=x onerror=alert(1)>');
    setCell(workbook, 'Tiêu chuẩn 1', '1.4', 'Ghi chú', '</td></tr></table><script>alert("x")</script> & "q" \'a\'');
    const page = renderHtml(documentOf(workbook).document);
    expect(page).not.toContain('<img');
    expect(page).not.toContain('<script');
    expect(page).toContain('&#60;img src=x onerror=alert(1)&#62;');
    expect(page.replaceAll('\u200b', '')).toContain(
      '&#60;/td&#62;&#60;/tr&#62;&#60;/table&#62;&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; &#34;q&#34; &#39;a&#39;',
    );
  });
});

describe('analysePlan + planDocument: the final document, or a draft while errors remain', () => {
  it('gives the final page for a plan without errors, warnings included', () => {
    const analysis = analysePlan(tt17Clean(), { today: { day: 1, month: 11, year: 2024 } });
    const outcome = planDocument(analysis);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.document.draft).toBe(false);
    expect(renderHtml(outcome.document)).toContain('HIỆU TRƯỞNG');
    expect(renderHtml(outcome.document)).not.toContain('DỰ THẢO');
    expect(analysis.issues.every((issue) => issue.severity === 'warning')).toBe(true);
  });

  it('refuses the final document of a plan with errors and says which', () => {
    const analysis = analysePlan(loadSample(TT17_SAMPLE));
    const outcome = planDocument(analysis);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.message).toContain('6 lỗi');
    expect(outcome.message).toContain('Tiêu chuẩn 1!C3');
    expect(analysis.errorCount).toBe(6);
  });

  it('makes the draft of the same plan, marked DỰ THẢO on page 1 and in the title', () => {
    const outcome = planDocument(analysePlan(loadSample(TT17_SAMPLE)), { draft: true });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.document.draft).toBe(true);
    expect(outcome.document.title).toBe('DỰ THẢO - Kế hoạch cải tiến chất lượng năm học 2024-2025 - Trường Tiểu học An Khang');
    const first = outcome.document.blocks[0];
    expect(first.type === 'paragraph' && first.style.align === 'right' && first.runs[0].text === 'DỰ THẢO' && first.runs[0].style.bold).toBe(true);
  });
});

const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const CLI = join(ROOT, 'cli', 'main.ts');

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(TSX, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('cli render', () => {
  const dir = mkdtempSync(join(tmpdir(), 'khct-render-'));

  it('writes the page, exit 0', () => {
    const out = join(dir, 'plan.html');
    const { status, stdout } = cli('render', TT17_CLEAN, '--out', out);
    expect(status).toBe(0);
    expect(stdout).toContain('Đã ghi');
    expect(readFileSync(out, 'utf8')).toContain('Cải tiến chất lượng giáo dục năm học 2024 - 2025');
  });

  it('lists the errors like validate and writes nothing, exit 1', () => {
    const out = join(dir, 'refused.html');
    const { status, stdout, stderr } = cli('render', TT17_SAMPLE, '--out', out);
    expect(status).toBe(1);
    expect(stdout).toContain('LỖI     Tiêu chuẩn 1!C3:');
    expect(stdout).toContain('6 lỗi');
    expect(stderr).toContain('Chưa tạo được văn bản chính thức');
    expect(readdirSync(dir)).not.toContain('refused.html');
  });

  it('--draft writes the same plan marked DỰ THẢO whatever the errors, exit 0', () => {
    const out = join(dir, 'draft.html');
    const { status, stdout } = cli('render', TT17_SAMPLE, '--draft', '--out', out);
    expect(status).toBe(0);
    expect(stdout).toContain('bản dự thảo, còn 6 lỗi');
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<title>DỰ THẢO - Kế hoạch cải tiến chất lượng năm học 2024-2025 - Trường Tiểu học An Khang</title>');
    expect(html.indexOf('DỰ THẢO</span>')).toBeLessThan(html.indexOf('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'));
  });

  it('exit 2 on an unreadable file or a missing --out', () => {
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{ not json');
    expect(cli('render', broken, '--out', join(dir, 'x.html')).status).toBe(2);
    expect(cli('render', join(dir, 'missing.json'), '--out', join(dir, 'x.html')).status).toBe(2);
    const noOut = cli('render', TT17_CLEAN);
    expect(noOut.status).toBe(2);
    expect(noOut.stderr).toContain('--out');
  });
});

describe('scopes', () => {
  const files = ['src/adapters/docs/index.ts', 'src/adapters/docs/requests.ts', 'src/adapters/drive.ts', 'src/server/document.ts', 'src/server/share.ts'];
  const code = (file: string) => readFileSync(join(ROOT, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');

  it('the Doc and sharing code use the advanced services only: no DriveApp, no DocumentApp, no public sharing', () => {
    for (const file of files) {
      expect(code(file)).not.toMatch(/DriveApp|DocumentApp|UrlFetchApp/);
      expect(code(file)).not.toMatch(/'anyone'|'domain'|allowFileDiscovery|anyoneWithLink/);
    }
  });

  it('the manifest asks for drive.file, not the full drive scope', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'appsscript.json'), 'utf8'));
    expect(manifest.oauthScopes).toContain('https://www.googleapis.com/auth/drive.file');
    expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/drive');
    expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/documents');
    expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/spreadsheets');
    expect(manifest.dependencies.enabledAdvancedServices).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ userSymbol: 'Docs', version: 'v1' }),
        expect.objectContaining({ userSymbol: 'Drive', version: 'v3' }),
        expect.objectContaining({ userSymbol: 'Sheets', version: 'v4' }),
      ]),
    );
  });
});
