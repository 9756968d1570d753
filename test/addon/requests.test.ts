import { describe, expect, it } from 'vitest';
import { loadSample, TT17_SAMPLE } from '../../fixtures/workbooks';
import { openAddOn } from './bundle';

/** Requests are checked against their schemas in the entry layer, before any work (src/server/requests.ts). */
describe('server requests of the wrong shape', () => {
  it.each<[string, unknown[]]>([
    ['shareDocument', [{ emails: ['a@example.edu.vn'], role: 'owner', message: '' }]],
    ['shareDocument', [{ emails: 'a@example.edu.vn', role: 'reader', message: '' }]],
    ['createDocument', [{ newVersion: 'yes' }]],
    ['createDocument', [null]],
    ['dismissWarnings', [{ sheet: 'Tiêu chuẩn 2', cell: 'H4' }]],
    ['goToCell', [{ sheet: 'x' }, 'A1']],
    ['setupTabs', [{ framework: 42 }]],
  ])('%s(%j) is refused in Vietnamese and changes nothing', (name, args) => {
    const addOn = openAddOn(loadSample(TT17_SAMPLE));
    const before = addOn.emu.workbook.snapshot();
    const result = addOn.call(name, ...args) as { ok: boolean; message?: string };
    expect(result.ok).toBe(false);
    expect(result.message).toContain('không đúng dạng, nên chưa làm gì');
    expect(addOn.emu.workbook.snapshot()).toEqual(before);
    expect(addOn.emu.drive.files()).toHaveLength(0);
  });
});
