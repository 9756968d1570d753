/**
 * One spreadsheet cell as `Range.getValues()` returns it, or as the offline
 * JSON format stores it (where a date is a `dd/mm/yyyy` or ISO string).
 */
export type Cell = string | number | boolean | null | Date;
