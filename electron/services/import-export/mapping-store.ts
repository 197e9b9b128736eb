import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { SavedMapping } from '../../../shared/import';
import { readTextIfExists, writeFileAtomic } from '../plan-file';

export const MAPPINGS_FILE_NAME = 'import-mappings.json';

const MappingsFile = z.object({ format: z.literal('braid-import-mappings'), mappings: z.array(z.unknown()) });

/**
 * Saved import mappings, by name, in one small file in the data folder (not in the
 * preferences store, which rewrites its whole file on each change). Each entry is the
 * same JSON the CLI takes with --map. An entry that no longer validates is left out of
 * the list rather than failing the whole list.
 */
export class MappingStore {
  readonly path: string;

  constructor(dataDir: string) {
    this.path = join(dataDir, MAPPINGS_FILE_NAME);
  }

  async list(): Promise<SavedMapping[]> {
    const text = await readTextIfExists(this.path);
    if (text === null) return [];
    let parsed: z.infer<typeof MappingsFile>;
    try {
      parsed = MappingsFile.parse(JSON.parse(text));
    } catch {
      // Kept aside, never overwritten: the user may want what was in it.
      await fs.rename(this.path, join(this.path, `../import-mappings.unreadable-${Date.now()}.json`));
      return [];
    }
    return parsed.mappings.flatMap((entry) => {
      const saved = SavedMapping.safeParse(entry);
      return saved.success ? [saved.data] : [];
    });
  }

  async save(entry: SavedMapping): Promise<SavedMapping[]> {
    const others = (await this.list()).filter((m) => m.name !== entry.name);
    return this.write([...others, entry].sort((a, b) => a.name.localeCompare(b.name)));
  }

  async remove(name: string): Promise<SavedMapping[]> {
    return this.write((await this.list()).filter((m) => m.name !== name));
  }

  private async write(mappings: SavedMapping[]): Promise<SavedMapping[]> {
    await writeFileAtomic(this.path, `${JSON.stringify({ format: 'braid-import-mappings', mappings }, null, 2)}\n`);
    return mappings;
  }
}
