/**
 * The district report through the Google Docs writer the plans use
 * (src/adapters/docs buildRequests), applied in one batchUpdate to the
 * emulated Docs service: the Docs side of the "same document model" claim.
 * The add-on has no district mode yet; this shows its Doc needs no new
 * renderer.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../emulator';
import { buildRequests } from '../../src/adapters/docs/requests';
import { paragraphText, type Table } from '../../src/domain/document/model';
import { buildDistrictReport, rollUp, type SchoolInput } from '../../src/domain/rollup';
import { DISTRICT_SAMPLES } from '../../scripts/make-district-samples';

function samples(): SchoolInput[] {
  return readdirSync(DISTRICT_SAMPLES)
    .sort()
    .map((name): SchoolInput => {
      try {
        return { label: name, workbook: JSON.parse(readFileSync(join(DISTRICT_SAMPLES, name), 'utf8')) };
      } catch {
        return { label: name, unreadable: `Tệp "${name}" không phải JSON hợp lệ.` };
      }
    });
}

describe('district report as a Google Doc (emulated)', () => {
  const report = buildDistrictReport(rollUp(samples(), { today: { day: 15, month: 1, year: 2027 } }), {
    agency: 'UBND huyện Phú Giáo',
    place: 'Phú Giáo',
    date: { day: 20, month: 1, year: 2027 },
  });
  const emu = createEmulator({ now: new Date('2027-01-20T09:00:00+07:00') });
  const docs = emu.globals.Docs as GoogleAppsScript.Docs;
  const id = docs.Documents.create({ title: report.title }).documentId!;
  const built = buildRequests(report);
  docs.Documents.batchUpdate({ requests: built.requests } as GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest, id);
  const doc = emu.drive.doc(id)!;

  it('is written in one batchUpdate, landscape A4 with NĐ30 margins', () => {
    expect(doc.batches()).toHaveLength(1);
    const page = doc.page();
    expect(page.mode).toBe('PAGES');
    if (page.mode === 'PAGES') {
      expect([Math.round(page.widthPt), Math.round(page.heightPt)]).toEqual([842, 595]);
      expect(Object.values(page.margins).map(Math.round)).toEqual([57, 57, 85, 43]);
    }
  });

  it('holds every table of the model, cell by cell', () => {
    const modelTables = report.blocks.filter((block): block is Table => block.type === 'table');
    const cells = (table: Table) => table.rows.map((row) => row.cells.map((cell) => cell.paragraphs.map(paragraphText).join('\n')));
    expect(doc.tables().map((table) => table.cells)).toEqual(modelTables.map(cells));
  });

  it('holds the subject and the opening sentence', () => {
    expect(doc.text()).toContain('Tổng hợp kế hoạch cải tiến chất lượng giáo dục năm học 2026 - 2027');
    expect(doc.text()).toContain('tổng hợp được 12 trường, trong đó 2 trường còn lỗi');
  });
});
