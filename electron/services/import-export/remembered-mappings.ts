import { join } from 'node:path';
import { z } from 'zod';
import { ImportMapping } from '../../../shared/import';
import { readTextIfExists, writeFileAtomic } from '../plan-file';

export const REMEMBERED_FILE_NAME = 'import-remembered.json';
const KEPT = 30;
/** Value tables about the organisation (departments, ratings, statuses), never about a person (a manager's name). */
const SHAPE_VALUES = new Set(['homeDomain', 'domain', 'thread', 'level', 'performance', 'potential', 'flightRisk', 'track', 'assessmentSource', 'source', 'employmentStatus']);
const aboutTheShape = (field: string): boolean => SHAPE_VALUES.has(field) || field.startsWith('level:');

const Entry = z.object({ headers: z.string(), mapping: ImportMapping });
const RememberedFile = z.object({ format: z.literal('braid-import-remembered'), entries: z.array(z.unknown()) });

/** The same columns in any order and case: the CSV and the XLSX of one export are one shape. */
export const headersKey = (headers: readonly string[]): string => [...new Set(headers.map((h) => h.trim().toLowerCase()))].sort().join('\n');

/**
 * The answers given for the last files imported, by the set of their headers, so that the
 * next file of the same shape opens with them (shown, and changeable). Answers about people
 * (who may be whom, a value table keyed by names) are not about the file's shape: they are
 * not kept, so this file never holds anything an erasure would have to find.
 */
export class RememberedMappings {
  readonly path: string;

  constructor(dataDir: string) {
    this.path = join(dataDir, REMEMBERED_FILE_NAME);
  }

  private async entries(): Promise<z.infer<typeof Entry>[]> {
    const text = await readTextIfExists(this.path);
    if (text === null) return [];
    try {
      return RememberedFile.parse(JSON.parse(text)).entries.flatMap((entry) => {
        const parsed = Entry.safeParse(entry);
        return parsed.success ? [parsed.data] : [];
      });
    } catch {
      // Only a convenience: an unreadable file is started afresh at the next import.
      return [];
    }
  }

  async find(headers: readonly string[]): Promise<ImportMapping | null> {
    const key = headersKey(headers);
    const found = (await this.entries()).find((entry) => entry.headers === key)?.mapping;
    if (!found) return null;
    // Each column as this file spells it ("EMPLOYEENUMBER" for "EmployeeNumber").
    const spelled = new Map(headers.map((h) => [h.trim().toLowerCase(), h]));
    const columns = Object.fromEntries(Object.entries(found.columns).map(([field, header]) => [field, spelled.get(header.trim().toLowerCase()) ?? header]));
    return { ...found, columns };
  }

  async remember(headers: readonly string[], mapping: ImportMapping): Promise<void> {
    const key = headersKey(headers);
    const others = (await this.entries()).filter((entry) => entry.headers !== key);
    const values = Object.fromEntries(Object.entries(mapping.values).filter(([field]) => aboutTheShape(field)));
    const entries = [{ headers: key, mapping: { ...mapping, values, duplicates: {} } }, ...others].slice(0, KEPT);
    await writeFileAtomic(this.path, `${JSON.stringify({ format: 'braid-import-remembered', entries }, null, 2)}\n`);
  }
}
