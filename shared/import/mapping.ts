import { z } from 'zod';
import { AssessmentSource, IsoDate, Track } from '../domain/plan/schema';
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
  return { format: MAPPING_FORMAT, version: 1, target, columns: {}, values: {}, scales: {}, dateFormat: 'auto', defaults: {} };
}

/** Value keys are compared trimmed and case-insensitively: "SALES " in a file finds "Sales". */
export const valueKey = (value: string): string => value.trim().toLowerCase();

/** The mapped Braid value for a file value, if the mapping names one. */
export function mappedValue(mapping: ImportMapping, field: string, raw: string): string | undefined {
  const table = mapping.values[field];
  if (!table) return undefined;
  if (Object.prototype.hasOwnProperty.call(table, raw)) return table[raw];
  const key = valueKey(raw);
  for (const [from, to] of Object.entries(table)) if (valueKey(from) === key) return to;
  return undefined;
}
