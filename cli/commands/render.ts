import { CliError } from '../args';

/** `render FILE --out plan.html`: arrives with the document model. */
export function renderCommand(_argv: string[]): number {
  throw new CliError('Lệnh render chưa có.', 2);
}
