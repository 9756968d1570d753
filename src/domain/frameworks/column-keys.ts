/**
 * Every column key the add-on's tabs know, from the frameworks' column specs
 * (standard, requirement and extra tabs) and the key/value tabs. A column's
 * key is one of these, so a typo (`'budjet'`) is a compile error.
 * A leaf module: frameworks/types.ts and document/spec.ts both use it.
 */
export const COLUMN_KEYS = [
  // Standard and requirement tabs (TT17/TT18/TT19 and TT57).
  'tt',
  'criterion',
  'currentLevel',
  'targetLevel',
  'expectedResult',
  'content',
  'goal',
  'actions',
  'indicator',
  'responsible',
  'time',
  'budget',
  'support',
  'evidence',
  'progress',
  'notes',
  // TT57 `Vấn đề trọng tâm` and `Theo dõi`.
  'standard',
  'criteria',
  'status',
  'weakness',
  'cause',
  'when',
  'result',
  'adjustment',
  'reviewer',
  // `Thông tin chung` and `Nội dung văn bản` (Mục | Nội dung), and setup's hint column.
  'key',
  'value',
  'hint',
] as const;

/**
 * A column the school added to its own table, which the import carries
 * into the tab it creates (numbered left to right after the template's):
 * never looked up by name, so it stands outside COLUMN_KEYS.
 */
export type ImportedColumnKey = `imported-${number}`;

export type ColumnKey = (typeof COLUMN_KEYS)[number] | ImportedColumnKey;
