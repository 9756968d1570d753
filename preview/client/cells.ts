/**
 * Cell addresses as the grid counts them: rows and columns from 1, as
 * Sheets shows them. The conversion itself is the domain's
 * (src/domain/workbook/a1.ts, which counts from 0).
 */
import { a1, columnLetters, parseA1 } from '../../src/domain/workbook/a1';

export interface CellPosition {
  row: number;
  col: number;
}

export function columnName(col: number): string {
  return columnLetters(col - 1);
}

export function cellName(row: number, col: number): string {
  return a1(row - 1, col - 1);
}

/** The (first) cell of an address or range: `C3`, `C3:D5` → row 3, column 3. */
export function parseCellName(text: string): CellPosition | null {
  const parsed = parseA1(text.split(':')[0]);
  return parsed ? { row: parsed.row + 1, col: parsed.col + 1 } : null;
}
