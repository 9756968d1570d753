import * as z from 'zod/mini';

/**
 * One cell. The offline JSON format stores a string, number, boolean or
 * null; `Range.getValues()` also gives a Date for a date-formatted cell
 * ("values … in addition to Number, Boolean, Date, or String":
 * https://developers.google.com/apps-script/reference/spreadsheet/value-type).
 * JSON never yields a Date, so accepting one changes nothing for files.
 * The type it gives is `Cell` of ../cell.ts (test/domain/raw-workbook.test.ts keeps the two equal).
 */
export const cellSchema = z.union([z.string(), z.number(), z.boolean(), z.null(), z.date()]);

/** One tab as `Range.getValues()` gives it. */
export const rawSheetSchema = z.object({
  name: z.string(),
  values: z.array(z.array(cellSchema)),
});

/**
 * A whole spreadsheet: the offline JSON format (workbook spec, "Offline
 * workbook format"). `timeZone` is the spreadsheet's (`Asia/Ho_Chi_Minh`),
 * when known: times are shown in it. Optional in the offline format.
 */
export const rawWorkbookSchema = z.object({
  timeZone: z.optional(z.string()),
  sheets: z.array(rawSheetSchema),
});

export type RawSheet = z.infer<typeof rawSheetSchema>;
export type RawWorkbook = z.infer<typeof rawWorkbookSchema>;
