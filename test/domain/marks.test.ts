/**
 * The check's marks as data: found by their note wherever the cell went,
 * the user's colour and note given back, our colour never taken for the
 * user's (src/domain/marks).
 */
import { describe, expect, it } from 'vitest';
import { applyMarks, DEFAULT_BACKGROUND as W, ERROR_BACKGROUND as P, NOTE_MARKER, WARNING_BACKGROUND as Y, withOurNote } from '../../src/domain/marks/marks';
import { error, type Issue, warning } from '../../src/domain/validate/issue';

const USER = '#cfe2f3';
const levelIssue = error('Tiêu chuẩn 1', 'B2', 'level-above-max', 'Tiêu chí 1.2 không có Mức 3: hãy chọn Chưa đạt, Mức 1 hoặc Mức 2.');
const budgetWarning = warning('Tiêu chuẩn 1', 'B2', 'budget-unreadable', 'Kinh phí "khoảng 5 triệu" không đọc được.');

const ours = (issues: Issue[], own?: string) => withOurNote('', issues, own);
const at = (cell: string, issues: Issue[]) => new Map([[cell, issues]]);

describe('applyMarks on a 3×2 grid', () => {
  it.each<{
    name: string;
    backgrounds: string[][];
    notes: string[][];
    issues: Map<string, Issue[]>;
    expected: { backgrounds: string[][]; notes: string[][]; marked: number; cleared: number };
  }>([
    {
      name: 'a new mark keeps the user colour in its note',
      backgrounds: [
        [W, W],
        [W, USER],
        [W, W],
      ],
      notes: [
        ['', ''],
        ['', 'Cô Lan: xem lại'],
        ['', ''],
      ],
      issues: at('B2', [levelIssue]),
      expected: {
        backgrounds: [
          [W, W],
          [W, P],
          [W, W],
        ],
        notes: [
          ['', ''],
          ['', `Cô Lan: xem lại\n\n${ours([levelIssue], USER)}`],
          ['', ''],
        ],
        marked: 1,
        cleared: 0,
      },
    },
    {
      name: 'a mark that moved down a row (row inserted above) is recognised there; fixed, it gets the user colour back',
      backgrounds: [
        [W, W],
        [W, W],
        [W, P],
      ],
      notes: [
        ['', ''],
        ['', ''],
        ['', `Cô Lan: xem lại\n\n${ours([levelIssue], USER)}`],
      ],
      issues: new Map(),
      expected: {
        backgrounds: [
          [W, W],
          [W, W],
          [W, USER],
        ],
        notes: [
          ['', ''],
          ['', ''],
          ['', 'Cô Lan: xem lại'],
        ],
        marked: 0,
        cleared: 1,
      },
    },
    {
      name: 'a moved mark still wrong is re-marked where it is, still remembering the user colour',
      backgrounds: [
        [W, W],
        [W, W],
        [W, P],
      ],
      notes: [
        ['', ''],
        ['', ''],
        ['', ours([levelIssue], USER)],
      ],
      issues: at('B3', [levelIssue]),
      expected: {
        backgrounds: [
          [W, W],
          [W, W],
          [W, P],
        ],
        notes: [
          ['', ''],
          ['', ''],
          ['', ours([levelIssue], USER)],
        ],
        marked: 1,
        cleared: 0,
      },
    },
    {
      name: 'our pink copied into an inserted row next to a mark is painted back with the colour under the mark',
      backgrounds: [
        [W, W],
        [W, P],
        [W, P],
      ],
      notes: [
        ['', ''],
        ['', ''],
        ['', ours([levelIssue], USER)],
      ],
      issues: new Map(),
      expected: {
        backgrounds: [
          [W, W],
          [W, USER],
          [W, USER],
        ],
        notes: [
          ['', ''],
          ['', ''],
          ['', ''],
        ],
        marked: 0,
        cleared: 1,
      },
    },
    {
      name: 'an issue on a copied pink never records the pink as the user colour',
      backgrounds: [
        [W, W],
        [W, P],
        [W, P],
      ],
      notes: [
        ['', ''],
        ['', ''],
        ['', ours([levelIssue])],
      ],
      issues: at('B2', [levelIssue]),
      expected: {
        backgrounds: [
          [W, W],
          [W, P],
          [W, W],
        ],
        notes: [
          ['', ''],
          ['', ours([levelIssue])],
          ['', ''],
        ],
        marked: 1,
        cleared: 1,
      },
    },
    {
      name: 'a lone cell in our yellow, far from any mark, is the user choice: left alone; marked, it is not recorded',
      backgrounds: [
        [Y, W],
        [W, W],
        [W, W],
      ],
      notes: [
        ['', ''],
        ['', ''],
        ['', ''],
      ],
      issues: at('B3', [budgetWarning]),
      expected: {
        backgrounds: [
          [Y, W],
          [W, W],
          [W, Y],
        ],
        notes: [
          ['', ''],
          ['', ''],
          ['', ours([budgetWarning])],
        ],
        marked: 1,
        cleared: 0,
      },
    },
    {
      name: 'a cell the user recoloured while marked keeps the user colour when fixed',
      backgrounds: [
        [W, W],
        [W, USER],
        [W, W],
      ],
      notes: [
        ['', ''],
        ['', ours([levelIssue])],
        ['', ''],
      ],
      issues: new Map(),
      expected: {
        backgrounds: [
          [W, W],
          [W, USER],
          [W, W],
        ],
        notes: [
          ['', ''],
          ['', ''],
          ['', ''],
        ],
        marked: 0,
        cleared: 1,
      },
    },
    {
      name: 'an issue outside the grid is skipped',
      backgrounds: [[W, W]],
      notes: [['', '']],
      issues: at('C9', [levelIssue]),
      expected: { backgrounds: [[W, W]], notes: [['', '']], marked: 0, cleared: 0 },
    },
  ])('$name', ({ backgrounds, notes, issues, expected }) => {
    const result = applyMarks(backgrounds, notes, issues);
    expect({ backgrounds: result.backgrounds, notes: result.notes, marked: result.marked, cleared: result.cleared }).toEqual(expected);
  });

  it('reports the smallest block that changed, and none when nothing did', () => {
    const backgrounds = [
      [W, W, W],
      [W, W, W],
      [W, W, W],
    ];
    const notes = [
      ['', '', ''],
      ['', '', ''],
      ['', '', ''],
    ];
    const first = applyMarks(
      backgrounds,
      notes,
      new Map([
        ['B2', [levelIssue]],
        ['C3', [budgetWarning]],
      ]),
    );
    expect(first.changed).toEqual({ top: 1, left: 1, bottom: 2, right: 2 });
    const again = applyMarks(
      first.backgrounds,
      first.notes,
      new Map([
        ['B2', [levelIssue]],
        ['C3', [budgetWarning]],
      ]),
    );
    expect(again.changed).toBeNull();
    expect(backgrounds[1][1]).toBe(W); // the input grids are not edited
  });

  it("our note is after the user's and starts with the marker", () => {
    expect(withOurNote('Ghi chú của thầy Hùng', [budgetWarning])).toBe(`Ghi chú của thầy Hùng\n\n${NOTE_MARKER}\nCảnh báo: ${budgetWarning.message}`);
  });
});
