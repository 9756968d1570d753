/** The district mode's requests from the sidebar and the Picker dialog: one zod schema each (as src/server/requests.ts). */
import * as z from 'zod/mini';

/** The files picked in the Picker: Drive ids and names, at most a province at a time. */
export const addSchoolsRequestSchema = z.object({
  files: z
    .array(
      z.object({
        id: z.string().check(z.minLength(1), z.maxLength(200)),
        name: z.string().check(z.maxLength(500)),
      }),
    )
    .check(z.maxLength(2000)),
});

/** One batch of the roll-up; `restart`: forget an unfinished run and read every school again. */
export const readBatchRequestSchema = z.object({
  restart: z.boolean(),
  /** Count only plans of this framework (its id); omitted: every framework, each counted apart. */
  framework: z.optional(z.string().check(z.maxLength(100))),
});

/** The report's header: what the roll-up cannot know (blank prints dots to fill by hand). */
export const districtReportRequestSchema = z.object({
  agency: z.string().check(z.maxLength(200)),
  place: z.string().check(z.maxLength(100)),
});

/** `Chia sẻ báo cáo`: the addresses the specialist typed (the Sở, the schools), as viewers or commenters. */
export const districtShareRequestSchema = z.object({
  emails: z.array(z.string().check(z.maxLength(320))).check(z.maxLength(200)),
  role: z.enum(['reader', 'commenter']),
  message: z.string().check(z.maxLength(10_000)),
});

export type AddSchoolsRequest = z.infer<typeof addSchoolsRequestSchema>;
export type ReadBatchRequest = z.infer<typeof readBatchRequestSchema>;
export type DistrictReportRequest = z.infer<typeof districtReportRequestSchema>;
export type DistrictShareRequest = z.infer<typeof districtShareRequestSchema>;
