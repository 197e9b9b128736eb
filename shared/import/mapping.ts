import { z } from 'zod';
import { AssessmentSource, IsoDate, Side, Track } from '../domain/plan/schema';
import { IMPORT_TARGETS } from './fields';

/**
 * How the columns and values of one HRIS export become Braid data. The same JSON is
 * saved from the Import wizard, kept in the data folder and passed to `braid import --map`.
 */

export const MAPPING_FORMAT = 'braid-import-mapping';

export const DATE_FORMATS = ['auto', 'YYYY-MM-DD', 'DD/MM/YYYY', 'MM/DD/YYYY', 'DD.MM.YYYY'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

export const NumericScale = z
  .object({ min: z.number().finite(), max: z.number().finite() })
  .strict()
  .refine((scale) => scale.max > scale.min, { message: 'max must be above min' });
export type NumericScale = z.infer<typeof NumericScale>;

const Header = z.string().min(1).max(300);
const FieldKey = z.string().min(1).max(200);

/** A department of the file that becomes a domain of the plan, added by the import itself. */
export const NewDomain = z
  .object({
    id: z.string().trim().min(1).max(64),
    name: z.string().trim().min(1).max(200),
    side: Side,
    develops: z.array(z.string().min(1).max(64)).max(20).default([]),
  })
  .strict();
export type NewDomain = z.output<typeof NewDomain>;

/**
 * What to do with a row that may be a person already in the plan under another id (same
 * name folded for case and accents, or same e-mail): keyed by the row's employee id.
 */
export const DUPLICATE_CHOICES = ['update', 'add', 'leave-out'] as const;
export type DuplicateChoice = (typeof DUPLICATE_CHOICES)[number];

/** "Albert, Michael J" kept as written, or turned to "Michael J Albert". */
export const NAME_ORDERS = ['as-written', 'first-last'] as const;
/** People who have left (a termination date, or a status that says so): archived, or not imported at all. */
export const LEAVER_CHOICES = ['leave-out', 'archive'] as const;

export const ImportMapping = z
  .object({
    format: z.literal(MAPPING_FORMAT),
    version: z.literal(1),
    target: z.enum(IMPORT_TARGETS),
    /** Braid field → the header of the file column that fills it. */
    columns: z.record(FieldKey, Header),
    /** Braid field → { value as written in the file → Braid value }; matched ignoring case. */
    values: z.record(FieldKey, z.record(z.string().max(300), z.string().max(300))).default({}),
    /** Braid field → the numeric scale the file uses; converted to 1–5. */
    scales: z.record(FieldKey, NumericScale).default({}),
    dateFormat: z.enum(DATE_FORMATS).default('auto'),
    /** Domains the import adds to the framework (in the same undoable step); values may map to their ids. */
    newDomains: z.array(NewDomain).max(200).default([]),
    duplicates: z.record(z.string().min(1).max(300), z.enum(DUPLICATE_CHOICES)).default({}),
    nameOrder: z.enum(NAME_ORDERS).default('as-written'),
    leavers: z.enum(LEAVER_CHOICES).default('leave-out'),
    defaults: z
      .object({
        track: Track.optional(),
        assessmentDate: IsoDate.optional(),
        assessmentSource: AssessmentSource.optional(),
      })
      .strict()
      .default({}),
  })
  .strict();
export type ImportMapping = z.output<typeof ImportMapping>;
export type ImportMappingInput = z.input<typeof ImportMapping>;

export function emptyMapping(target: ImportMapping['target']): ImportMapping {
  return { format: MAPPING_FORMAT, version: 1, target, columns: {}, values: {}, scales: {}, dateFormat: 'auto', newDomains: [], duplicates: {}, nameOrder: 'as-written', leavers: 'leave-out', defaults: {} };
}

/** Value keys are compared trimmed and case-insensitively: "SALES " in a file finds "Sales". */
export const valueKey = (value: string): string => value.trim().toLowerCase();

