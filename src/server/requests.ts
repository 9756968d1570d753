/**
 * What the sidebar may send: one zod schema per server request, from which
 * the request types of api.ts are derived. A request is checked once, in
 * the entry layer (src/entry/main.ts), before any server function runs: a
 * request of the wrong shape (an old sidebar, a hand-made call) becomes a
 * Vietnamese message, never a half-run action.
 */
import * as z from 'zod/mini';
import { UserError } from '../domain/user-error';

export const setupRequestSchema = z.object({
  /** A framework id (`TT17 tiểu học`, `TT57/2026`, …); omitted: the workbook's own choice (cell, then school year and school type). */
  framework: z.optional(z.string().check(z.maxLength(100))),
  /** The answer to setup's question: freeze TT and Tiêu chí on tabs that already exist (true) or leave them (false). Remembered; omitted: ask if never answered. */
  freezeColumns: z.optional(z.boolean()),
});

/**
 * What to do when the Doc cannot simply be rewritten: it was edited by hand
 * since the add-on last wrote it, the user may only read it, or the user's
 * add-on cannot see it (another editor's Doc). `ask` (the default) writes
 * nothing and answers with a `decision`; `overwrite` replaces the hand
 * edits; `newVersion` makes a new Doc and leaves the old one as it is.
 */
export const onEditedSchema = z.enum(['ask', 'overwrite', 'newVersion']);

export const documentRequestSchema = z.object({
  /** True: a new Doc even when one exists. */
  newVersion: z.boolean(),
  /** Omitted: 'ask'. */
  onEdited: z.optional(onEditedSchema),
  /**
   * True: make the draft (DỰ THẢO) whatever the errors. False or omitted:
   * the final document, refused while the plan has errors (the message
   * offers the draft).
   */
  draft: z.optional(z.boolean()),
});

export const shareRequestSchema = z.object({
  /** Addresses typed in the sidebar, added to `Email nhận`. */
  emails: z.array(z.string().check(z.maxLength(320))).check(z.maxLength(200)),
  role: z.enum(['reader', 'commenter']),
  message: z.string().check(z.maxLength(10_000)),
});

/** "Bỏ qua" on a warning: this one, or every warning with the same code and the same cell text. */
export const dismissRequestSchema = z.object({
  sheet: z.string().check(z.maxLength(200)),
  cell: z.string().check(z.maxLength(20)),
  code: z.string().check(z.maxLength(60)),
  /** True: every warning like this one (eight identical `Năm 2026` at once). */
  similar: z.boolean(),
});

/**
 * Import of an existing plan: from the `Nhập` tab (`paste`), or from the
 * Google Doc or Word file the user picked (`file`, its Drive id).
 */
export const importRequestSchema = z.object({
  source: z.enum(['paste', 'file']),
  fileId: z.optional(z.string().check(z.maxLength(200))),
});

/** goToCell(sheet, cell). */
export const cellAddressSchema = z.tuple([z.string().check(z.maxLength(200)), z.string().check(z.maxLength(20))]);

/**
 * "Lập kế hoạch năm học mới". `recreate` true: make another spreadsheet even
 * though one was made before (the old one is kept); omitted: ask first.
 */
export const nextYearRequestSchema = z.object({
  recreate: z.optional(z.boolean()),
});

/** "Đã đánh giá lại": the standard tab whose pre-filled levels the school has re-assessed. */
export const reassessRequestSchema = z.object({
  tab: z.string().check(z.minLength(1), z.maxLength(200)),
});

export type SetupRequest = z.infer<typeof setupRequestSchema>;
export type OnEdited = z.infer<typeof onEditedSchema>;
export type DocumentRequest = z.infer<typeof documentRequestSchema>;
export type ShareRequest = z.infer<typeof shareRequestSchema>;
export type DismissRequest = z.infer<typeof dismissRequestSchema>;
export type ImportRequest = z.infer<typeof importRequestSchema>;
export type NextYearRequest = z.infer<typeof nextYearRequestSchema>;
export type ReassessRequest = z.infer<typeof reassessRequestSchema>;

/**
 * The request as its schema reads it, or a UserError the sidebar shows.
 * Called once per server function, in the entry layer.
 */
export function parseRequest<T>(schema: z.ZodMiniType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new UserError(
    `Yêu cầu "${what}" gửi từ bảng điều khiển không đúng dạng, nên chưa làm gì. Hãy đóng bảng điều khiển (thanh bên) rồi mở lại từ menu Tiện ích; nếu vẫn lỗi, hãy tải lại trang bảng tính.`,
  );
}
