/**
 * The three readers give the mapper the same content: each Word plan read
 * from its .docx and from the Google Docs API JSON of the same document
 * (covered cells listed or not) imports to the same workbook; the HTML
 * reader keeps colspan/rowspan, line breaks and entities.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tableGrid, type ContentTable } from '../../src/domain/import/content';
import { mapDocument } from '../../src/domain/import/map';
import { readDocsDocument } from '../../src/import-readers/docs-json';
import { readDocx } from '../../src/import-readers/docx';
import { UnreadableDocumentError } from '../../src/import-readers/errors';
import { zipSync } from 'fflate';
import { readHtml } from '../../src/import-readers/html';
import { buildPlanDocx, docxPlans } from '../../fixtures/docx-plans';
import { docsDocumentOf } from './docs-json';
import { ROOT } from '../../fixtures/workbooks';

describe('Docs API JSON and .docx of the same plan import alike', () => {
  for (const plan of docxPlans) {
    for (const listCovered of [true, false]) {
      it(`${plan.name}, covered cells ${listCovered ? 'listed' : 'not listed'}`, async () => {
        const fromDocx = mapDocument(readDocx(await buildPlanDocx(plan)));
        const fromDocs = mapDocument(readDocsDocument(docsDocumentOf(plan, listCovered)));
        expect(fromDocs.workbook).toEqual(fromDocx.workbook);
        expect(fromDocs.report).toEqual(fromDocx.report);
      });
    }
  }
});

const gridTexts = (table: ContentTable) => tableGrid(table).map((row) => row.map((cell) => (cell.origin ? cell.text : cell.fromAbove ? '↑' : '←')));

describe('HTML reader', () => {
  const cases: { name: string; html: string; grid: string[][] }[] = [
    {
      name: 'rowspan and colspan land on the grid',
      html: '<table><tr><td rowspan="2">Tiêu chí 1.1</td><td>Rà soát</td><td>Tháng 9/2025</td></tr><tr><td>Lấy ý kiến</td><td>Tháng 10/2025</td></tr><tr><td colspan="3">Tiêu chuẩn 2</td></tr></table>',
      grid: [
        ['Tiêu chí 1.1', 'Rà soát', 'Tháng 9/2025'],
        ['↑', 'Lấy ý kiến', 'Tháng 10/2025'],
        ['Tiêu chuẩn 2', '←', '←'],
      ],
    },
    {
      name: 'paragraphs and <br> are lines of one cell; entities decoded; styles ignored',
      html: '<style>td{color:red}</style><table><tr><td><p>Hiệu trưởng;</p><p>Kế toán &amp; thủ quỹ</p></td><td>HK I<br>HK&nbsp;II</td></tr></table>',
      grid: [['Hiệu trưởng;\nKế toán & thủ quỹ', 'HK I\nHK II']],
    },
    {
      name: 'Word’s HTML: <o:p>, spans inside cells, upper-case tags',
      html: '<TABLE><TR><TD><P class=MsoNormal><span lang=VI>Tiêu chí 2.2<o:p></o:p></span></P></TD><TD><P>Bồi dưỡng</P></TD></TR></TABLE>',
      grid: [['Tiêu chí 2.2', 'Bồi dưỡng']],
    },
  ];
  for (const entry of cases) {
    it(entry.name, () => {
      const tables = readHtml(entry.html).blocks.filter((block): block is ContentTable => block.type === 'table');
      expect(tables).toHaveLength(1);
      expect(gridTexts(tables[0])).toEqual(entry.grid);
    });
  }

  it('paragraphs outside tables keep their order around the table', () => {
    const blocks = readHtml('<p>KẾ HOẠCH</p><table><tr><td>x</td></tr></table><p>Nơi nhận:</p>').blocks;
    expect(blocks.map((block) => block.type)).toEqual(['paragraph', 'table', 'paragraph']);
  });
});

describe('.docx reader refusals', () => {
  it('a zip bomb (document.xml of 65 MB when inflated) is refused before inflating it', () => {
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(65 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(() => readDocx(bomb)).toThrow(UnreadableDocumentError);
    expect(() => readDocx(bomb)).toThrow(/lớn hơn 64 MB khi giải nén/);
  });
});

describe('the readers stay out of the Apps Script bundle', () => {
  it('build/Code.js (rebuilt by the global setup) has neither the .docx reader nor its XML parser', () => {
    const code = readFileSync(join(ROOT, 'build', 'Code.js'), 'utf8');
    expect(code).not.toContain('word/document.xml');
    expect(code).not.toContain('preserveOrder');
  });
});
