import { describe, expect, it } from 'vitest';
import { COLUMN_KEYS, frameworks, type ColumnKey, type ColumnSpec } from '../../src/domain/frameworks';
import { readPlan } from '../../src/domain/workbook/read';
import { KEY_VALUE_COLUMNS } from '../../src/domain/workbook/read';
import { rowText } from '../../src/domain/workbook/table';
import { workbookTemplate } from '../../src/domain/workbook/template';
import { filledWorkbook } from '../../fixtures/workbooks';

/** Every column spec the add-on writes or reads: each framework's tabs (from setup's templates) and the key/value tabs. */
function allColumnSpecs(): ColumnSpec[] {
  return [...KEY_VALUE_COLUMNS, ...frameworks.flatMap((framework) => workbookTemplate(framework, null).flatMap((tab) => tab.columns))];
}

describe('column keys are a type', () => {
  it('lists exactly the keys the frameworks and the key/value tabs use: none unknown, none left over', () => {
    const used = new Set<ColumnKey>(allColumnSpecs().map((spec) => spec.key));
    expect([...used].sort()).toEqual([...COLUMN_KEYS].sort());
  });

  it('makes a misspelt key a compile error (npm run typecheck fails if it is not)', () => {
    const [firstRow] = readPlan(filledWorkbook(frameworks[0], { levelOf: () => 1 })).standardTabs[0].blocks[0].rows;
    expect(rowText(firstRow, 'budget')).toBe('10 triệu');
    // @ts-expect-error 'budjet' is not a column key
    expect(rowText(firstRow, 'budjet')).toBe('');
    // @ts-expect-error a column spec's key is a ColumnKey, not any string
    const typo: ColumnSpec = { key: 'thoiGian', header: 'Thời gian', aliases: [], width: 120, required: false };
    expect(typo.header).toBe('Thời gian');
  });
});
