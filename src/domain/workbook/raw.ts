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
  /** The spreadsheet's time zone (`Asia/Ho_Chi_Minh`), when known: times are shown in it. Optional in the offline format. */
  timeZone?: string;
}

/** The offline JSON format (workbook spec, "Offline workbook format"). */
export const rawWorkbookSchema = z.object({
  timeZone: z.optional(z.string()),
  sheets: z.array(
    z.object({
      name: z.string(),
      values: z.array(z.array(z.union([z.string(), z.number(), z.boolean(), z.null()]))),
    }),
  ),
});
