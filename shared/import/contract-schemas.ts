import { z } from 'zod';
import { IMPORT_TARGETS } from './fields';
import { DUPLICATE_CHOICES, ImportMapping, NumericScale } from './mapping';

/** The import and export operations' inputs and outputs, for shared/api/contract.ts. */

const FileName = z.string().min(1).max(500);
/** ~150 MB of file; the web shell caps a request at 256 MB. */
const Base64 = z.string().max(200 * 1024 * 1024);
const SheetName = z.string().max(300);

export const ImportRequest = z.object({
  fileName: FileName,
  base64: Base64,
  sheet: SheetName.optional(),
  target: z.enum(IMPORT_TARGETS).optional(),
  mapping: ImportMapping.optional(),
});

export const ImportCommitRequest = ImportRequest.extend({
  mapping: ImportMapping,
  skipInvalid: z.boolean().optional(),
});

const RefusalSchema = z.object({ row: z.number(), column: z.string(), value: z.string(), reason: z.string() });
const DuplicateSchema = z.object({
  row: z.number(),
  id: z.string(),
  name: z.string(),
  matchId: z.string(),
  matchName: z.string(),
  by: z.enum(['name', 'e-mail']),
  choice: z.enum(DUPLICATE_CHOICES).nullable(),
});
const PersonChangeSchema = z.object({ row: z.number(), id: z.string(), name: z.string(), changes: z.array(z.string()) });

export const ImportPreview = z.object({
  fileName: z.string(),
  sheets: z.array(z.string()),
  sheet: z.string().nullable(),
  encoding: z.string().nullable(),
  delimiter: z.string().nullable(),
  headers: z.array(z.string()),
  guessedMapping: ImportMapping,
  mapping: ImportMapping,
  columns: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      header: z.string(),
      kind: z.string(),
      values: z.array(z.object({ value: z.string(), count: z.number(), mappedTo: z.string().nullable() })),
      moreValues: z.number(),
      choices: z.array(z.object({ value: z.string(), label: z.string() })),
      numbers: z.object({ min: z.number(), max: z.number(), count: z.number() }).nullable(),
      scale: NumericScale.nullable(),
      rule: z.string().nullable(),
      scaleChoices: z.array(NumericScale).nullable(),
      ambiguousDates: z.boolean(),
    }),
  ),
  /** The first rows of the file as text, to show beside the mapping. */
  sample: z.array(z.array(z.string())),
  warnings: z.array(z.string()),
  /** Why each guessed column was taken; the columns whose values ruled them out. */
  guess: z.object({ why: z.record(z.string(), z.string()), passedOver: z.array(z.string()) }),
  /** The sentence shown at the top when the file has no name column (people get placeholder names). */
  namesMissing: z.string().nullable(),
  /** The sentence naming the protected attributes the file holds, which are never imported; null when it holds none. */
  protectedLeftOut: z.string().nullable(),
  /** True when the mapping is the one used last time for a file with the same headers. */
  remembered: z.boolean().optional(),
  preview: z.object({
    adds: z.array(PersonChangeSchema),
    updates: z.array(PersonChangeSchema),
    refusals: z.array(RefusalSchema),
    notes: z.array(RefusalSchema),
    duplicates: z.array(DuplicateSchema),
    problems: z.array(z.string()),
    counts: z.object({
      rows: z.number(),
      adds: z.number(),
      updates: z.number(),
      unchanged: z.number(),
      leftOut: z.number(),
      refused: z.number(),
      experienceAdded: z.number(),
      assessmentsAdded: z.number(),
      actionsAdded: z.number(),
      refusals: z.number(),
      notes: z.number(),
    }),
    /** True when the lists above were cut short; the counts are always complete. */
    truncated: z.boolean(),
  }),
  elapsedMs: z.number(),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

/** The refused rows of a file, as CSV with the reasons in a last column: the same file and mapping as a commit. */
export const RefusedRowsRequest = ImportRequest.extend({ mapping: ImportMapping });
export const TemplateRequest = z.object({ format: z.enum(['csv', 'xlsx']) });

export const SavedMapping = z.object({ name: z.string().min(1).max(100), mapping: ImportMapping });
export type SavedMapping = z.infer<typeof SavedMapping>;
