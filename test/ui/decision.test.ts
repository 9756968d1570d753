/** The question before touching the Doc, for each reason the server gives (issue 14.4): who, when, and what each choice does. */
import { describe, expect, it } from 'vitest';
import type { DocumentDecision } from '../../src/server/api';
import { decisionQuestion } from '../../src/ui/views';

const VICE = { email: 'phohieutruong.thak@example.edu.vn', name: 'Phạm Văn Đức' };

describe('decisionQuestion', () => {
  it.each<[string, DocumentDecision, string[]]>([
    [
      'edited by hand, person and time known',
      { reason: 'edited', choices: ['overwrite', 'newVersion'], person: VICE, editedAt: '2024-10-05T02:01:00.000Z' },
      ['sửa trực tiếp trong Google Tài liệu bởi Phạm Văn Đức (phohieutruong.thak@example.edu.vn)', '“Ghi đè”', '“Tạo bản mới” giữ nguyên văn bản cũ'],
    ],
    [
      'edited, nobody known',
      { reason: 'edited', choices: ['overwrite', 'newVersion'], person: null, editedAt: null },
      ['sửa trực tiếp trong Google Tài liệu, sau lần'],
    ],
    ['read-only', { reason: 'readOnly', choices: ['newVersion'], person: VICE, editedAt: null }, ['chỉ có quyền xem', 'của Phạm Văn Đức', 'tạo bản mới']],
    [
      'another editor’s Doc',
      { reason: 'notVisible', choices: ['newVersion'], person: VICE, editedAt: null },
      ['không mở được', 'văn bản của Phạm Văn Đức', 'không bị thay đổi'],
    ],
  ])('%s', (_what, decision, phrases) => {
    const text = decisionQuestion(decision);
    for (const phrase of phrases) expect(text).toContain(phrase);
    expect(text).not.toMatch(/\b(yes|no|Có\/Không)\b/i);
  });
});
