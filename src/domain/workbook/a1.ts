/** Column letters of a 0-based column index: 0 → A, 26 → AA. */
export function columnLetters(col: number): string {
  let letters = '';
  let n = col + 1;
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A1 address of a 0-based (row, column): (6, 6) → G7. */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** 0-based (row, column) of an A1 address, or null. */
export function parseA1(address: string): { row: number; col: number } | null {
  const match = /^([A-Z]+)([1-9][0-9]*)$/.exec(address.trim().toUpperCase());
  if (!match) return null;
  let col = 0;
  for (const letter of match[1]) col = col * 26 + (letter.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, col: col - 1 };
}
