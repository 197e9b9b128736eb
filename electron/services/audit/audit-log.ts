import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { AuditEntry, type AuditChange } from '../../../shared/domain/audit/types';
import { writeFileAtomic } from '../plan-file';
import type { AtRestCodec } from '../protection/at-rest-codec';
import { isEnvelope, ProtectedDataError } from '../protection/envelope';
import { AUDIT_FILE_NAME } from '../protection/data-folder';

const STRICT_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** True for a line that is an encrypted envelope (as opposed to clear text, readable or not). */
export function isSealedLine(line: string): boolean {
  return STRICT_BASE64.test(line) && isEnvelope(Buffer.from(line.slice(0, 12), 'base64'));
}

export interface AuditReading {
  entries: AuditEntry[];
  /** Lines that could not be read (changed, damaged, or sealed with another key). */
  damaged: number;
}

/**
 * The audit log: JSON lines appended to audit.jsonl, each line sealed by the codec when
 * protection is on (base64 of the envelope, so the file stays line-based). It is only
 * ever appended to, except by an erasure or a protection switch, which rewrite it whole
 * and atomically.
 */
export class AuditLog {
  readonly path: string;
  private nextSeq: number | null = null;
  private chain: Promise<unknown> = Promise.resolve();

  constructor(
    dataDir: string,
    private readonly codec: AtRestCodec,
    private readonly who: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.path = join(dataDir, AUDIT_FILE_NAME);
  }

  /** Appends the changes as entries stamped with now and the OS user; durable when it resolves. */
  append(changes: readonly AuditChange[]): Promise<void> {
    if (!changes.length) return Promise.resolve();
    return this.serially(async () => {
      if (this.nextSeq === null) this.nextSeq = (await this.lastSeq()) + 1;
      const at = this.now().toISOString();
      const lines = changes.map((change) => this.encodeLine({ ...change, seq: this.nextSeq!++, at, who: this.who }));
      const handle = await fs.open(this.path, 'a', 0o600);
      try {
        await handle.writeFile(lines.join(''));
        await handle.sync();
      } finally {
        await handle.close();
      }
    });
  }

  read(): Promise<AuditReading> {
    return this.serially(async () => {
      const { entries, damaged } = await this.readNow();
      return { entries, damaged };
    });
  }

  /**
   * Replaces the whole log (erasure): the readable entries as `transform` returns them,
   * re-sealed with the codec as it is now. Lines that cannot be read are passed through
   * `scrubUnreadable` in case they hold clear text; it returns null to drop one.
   */
  rewrite(transform: (entries: AuditEntry[]) => AuditEntry[], scrubUnreadable: (line: string) => string | null = (line) => line): Promise<AuditReading> {
    return this.serially(async () => {
      const reading = await this.readNow();
      const entries = transform(reading.entries);
      const kept = reading.unreadable.map(scrubUnreadable).filter((line): line is string => line !== null);
      await writeFileAtomic(this.path, [...entries.map((e) => this.encodeLine(e)), ...kept.map((line) => `${line}\n`)].join(''));
      this.nextSeq = null;
      return { entries, damaged: reading.damaged };
    });
  }

  /**
   * Re-seals every readable line after protection was switched on or off. Lines that
   * cannot be read are kept as they are (they may be the evidence of tampering).
   */
  recode(): Promise<void> {
    return this.serially(async () => {
      const text = await fs.readFile(this.path, 'utf8').catch(() => null);
      if (text === null) return;
      const lines = text.split('\n').filter((line) => line.length > 0);
      const out = lines.map((line) => {
        const entry = this.decodeLine(line);
        return entry ? this.encodeLine(entry) : `${line}\n`;
      });
      await writeFileAtomic(this.path, out.join(''));
    });
  }

  /** How many lines are encrypted entries that cannot be opened: nobody can tell what they hold. */
  sealedUnreadableLines(): Promise<number> {
    return this.serially(async () => (await this.readNow()).unreadable.filter(isSealedLine).length);
  }

  private async readNow(): Promise<AuditReading & { unreadable: string[] }> {
    const text = await fs.readFile(this.path, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return '';
      throw error;
    });
    const entries: AuditEntry[] = [];
    const unreadable: string[] = [];
    for (const line of text.split('\n')) {
      if (!line) continue;
      const entry = this.decodeLine(line);
      if (entry) entries.push(entry);
      else unreadable.push(line);
    }
    return { entries, damaged: unreadable.length, unreadable };
  }

  private async lastSeq(): Promise<number> {
    const { entries } = await this.readNow();
    return entries.reduce((max, e) => Math.max(max, e.seq), 0);
  }

  private encodeLine(entry: AuditEntry): string {
    const json = JSON.stringify(entry);
    if (!this.codec.sealing) return `${this.codec.sealText(json, 'auditEntry').toString('utf8')}\n`;
    return `${this.codec.sealText(json, 'auditEntry').toString('base64')}\n`;
  }

  /** The entry on a line, or null when the line cannot be trusted. Never throws. */
  private decodeLine(line: string): AuditEntry | null {
    try {
      const stored = line.startsWith('{') ? Buffer.from(line, 'utf8') : STRICT_BASE64.test(line) ? Buffer.from(line, 'base64') : null;
      if (!stored) return null;
      const parsed = AuditEntry.safeParse(JSON.parse(this.codec.openText(stored, 'auditEntry')));
      return parsed.success ? parsed.data : null;
    } catch (error) {
      if (error instanceof ProtectedDataError && error.reason === 'locked') throw error;
      return null;
    }
  }

  private serially<T>(job: () => Promise<T>): Promise<T> {
    const run = this.chain.then(job);
    this.chain = run.catch(() => undefined);
    return run;
  }
}
