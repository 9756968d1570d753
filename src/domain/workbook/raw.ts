import * as z from 'zod/mini';
import type { Cell } from '../cell';

/** One tab as `Range.getValues()` gives it. */
export interface RawSheet {
  name: string;
  values: Cell[][];
}

/** A whole spreadsheet: the offline `.json` format of the workbook spec. */
export interface RawWorkbook {
  sheets: RawSheet[];
}

/** The offline JSON format (workbook spec, "Offline workbook format"). */
export const rawWorkbookSchema = z.object({
  sheets: z.array(
    z.object({
      name: z.string(),
      values: z.array(z.array(z.union([z.string(), z.number(), z.boolean(), z.null()]))),
    }),
  ),
});
