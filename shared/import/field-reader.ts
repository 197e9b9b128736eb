import type { Domain, Thread } from '../domain/plan/schema';
import { readDate } from './dates';
import { fieldsOf, type ImportField } from './fields';
import { valueKey, type ImportMapping } from './mapping';
import { BRAID_SCALE, toBraidLevel } from './scales';
import { MAX_TENURE_YEARS } from './tenure';
import { LIMITS } from '../domain/plan/limits';
import { cellText, isBlankCell, type RawTable, type SheetRow } from './table';
import { guessValue, VALUE_MAPPED_KINDS, type ValueContext } from './value-guesses';

/** A row the import will not take, and why: the row and column as the user sees them in the file. */
export interface Refusal {
  row: number;
  column: string;
  value: string;
  reason: string;
}

export type FieldValue = { kind: 'value'; value: string | number } | { kind: 'empty' } | { kind: 'refused'; refusal: Refusal };

const EMPTY: FieldValue = { kind: 'empty' };
/** The plan format's limits: ids up to 64 characters, names and titles up to 200, notes up to 10 000. */
const MAX_ID = LIMITS.id;
const MAX_TEXT = LIMITS.name;
const MAX_NOTE = LIMITS.text;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const LOW_MEDIUM_HIGH = new Set(['low', 'medium', 'high']);
const TRACKS = new Set(['braided', 'linear']);
const SOURCES = new Set(['self', 'manager', '360', 'host']);
const EMPLOYMENT = new Set(['active', 'left']);
// Control characters other than tab and line breaks have no business in a name or a note.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const NUMERIC = /^[+-]?(\d+([.,]\d+)?|[.,]\d+)$/;

/** "Albert, Michael J" → "Michael J Albert"; a name without exactly one comma is kept as written. */
export function firstNameFirst(name: string): string {
  const parts = /^([^,]+),\s*([^,]+)$/.exec(name);
  return parts ? `${parts[2].trim()} ${parts[1].trim()}` : name;
}

/**
 * Reads the mapped fields of one row into Braid values: the one place that decides what a
 * cell means. Built once per import (value tables compiled, columns located), then asked
 * for each cell; it never throws.
 */
export class FieldReader {
  readonly fields: Map<string, ImportField>;
  private readonly columnOf = new Map<string, number>();
  private readonly tables = new Map<string, Map<string, string>>();
  private readonly context: ValueContext;
  private readonly domainIds: Set<string>;
  private readonly threadIds: Set<string>;

  constructor(
    table: RawTable,
    readonly mapping: ImportMapping,
    domains: readonly Domain[],
    threads: readonly Thread[],
  ) {
    this.fields = new Map(fieldsOf(mapping.target, threads).map((f) => [f.key, f]));
    this.context = { domains, threads };
    this.domainIds = new Set(domains.map((d) => d.id));
    this.threadIds = new Set(threads.map((t) => t.id));
    for (const [key, header] of Object.entries(mapping.columns)) {
      const index = table.headers.indexOf(header);
      if (index >= 0 && this.fields.has(key)) this.columnOf.set(key, index);
    }
    for (const [key, values] of Object.entries(mapping.values)) {
      this.tables.set(key, new Map(Object.entries(values).map(([from, to]) => [valueKey(from), to])));
    }
  }

  isMapped(key: string): boolean {
    return this.columnOf.has(key);
  }

  header(key: string): string {
    return this.mapping.columns[key] ?? this.fields.get(key)?.label ?? key;
  }

  /** The Braid value a file value stands for: the mapping's table first, then the guess. */
  translate(key: string, raw: string): string | null {
    const explicit = this.tables.get(key)?.get(valueKey(raw));
    // '' is how the mapping says "refuse this value" (it is never guessed instead).
    if (explicit !== undefined) return explicit || null;
    const field = this.fields.get(key);
    return field ? guessValue(field.kind, raw, this.context) : null;
  }

  /** The cell as written in the file ('' when the field is not mapped). */
  written(row: SheetRow, key: string): string {
    const index = this.columnOf.get(key);
    return index === undefined ? '' : cellText(row.cells[index] ?? null);
  }

  read(row: SheetRow, key: string): FieldValue {
    const index = this.columnOf.get(key);
    const field = this.fields.get(key);
    if (index === undefined || !field) return EMPTY;
    const cell = row.cells[index] ?? null;
    if (isBlankCell(cell)) return EMPTY;
    const text = cellText(cell);
    const refuse = (reason: string): FieldValue => ({ kind: 'refused', refusal: { row: row.row, column: this.header(key), value: text, reason } });

    switch (field.kind) {
      case 'id':
      case 'text': {
        if (CONTROL.test(text)) return refuse('holds control characters');
        // Our own CSV export neutralises formulas with a leading quote; take it back off.
        const plain = /^'[=+\-@]/.test(text) ? text.slice(1) : text;
        const collapsed = field.key === 'note' ? plain : plain.replace(/\s+/g, ' ');
        const value = field.key === 'name' && this.mapping.nameOrder === 'first-last' ? firstNameFirst(collapsed) : collapsed;
        const limit = field.kind === 'id' ? MAX_ID : field.key === 'note' ? MAX_NOTE : MAX_TEXT;
        if (value.length > limit) return refuse(`is ${value.length.toLocaleString('en')} characters long; ${field.label.toLowerCase()}s are kept up to ${limit.toLocaleString('en')}`);
        return { kind: 'value', value };
      }
      case 'email': {
        const address = text.toLowerCase();
        if (address.length > MAX_TEXT || !EMAIL.test(address)) return refuse('is not an e-mail address');
        return { kind: 'value', value: address };
      }
      case 'years': {
        const years = typeof cell === 'number' ? cell : NUMERIC.test(text) ? Number(text.replace(',', '.')) : NaN;
        if (!Number.isFinite(years)) return refuse('is not a number of years');
        if (years < 0 || years > MAX_TENURE_YEARS) return refuse(`is not between 0 and ${MAX_TENURE_YEARS} years`);
        return { kind: 'value', value: years };
      }
      case 'date': {
        const reading = readDate(cell, this.mapping.dateFormat);
        return reading.ok ? { kind: 'value', value: reading.date } : refuse(reading.reason);
      }
      case 'level':
        return this.readLevel(key, cell, text, refuse);
      default:
        return this.readChoice(key, field, text, refuse);
    }
  }

  private readLevel(key: string, cell: unknown, text: string, refuse: (reason: string) => FieldValue): FieldValue {
    const number = typeof cell === 'number' ? cell : NUMERIC.test(text) ? Number(text.replace(',', '.')) : null;
    if (number === null) {
      const word = this.translate(key, text);
      if (word !== null && /^[1-5]$/.test(word)) return { kind: 'value', value: Number(word) };
      return refuse('is not a number or a rating the mapping knows: map it to a level 1–5');
    }
    const scaled = toBraidLevel(number, this.mapping.scales[key] ?? BRAID_SCALE);
    return scaled.ok ? { kind: 'value', value: scaled.level } : refuse(scaled.reason);
  }

  private readChoice(key: string, field: ImportField, text: string, refuse: (reason: string) => FieldValue): FieldValue {
    if (!VALUE_MAPPED_KINDS.has(field.kind)) return { kind: 'value', value: text };
    const value = this.translate(key, text);
    if (value === null) return refuse(`is not a known ${field.label.toLowerCase()}: map it to one in the values step`);
    const allowed =
      field.kind === 'domain' ? this.domainIds : field.kind === 'thread' ? this.threadIds : field.kind === 'track' ? TRACKS : field.kind === 'source' ? SOURCES : field.kind === 'employment' ? EMPLOYMENT : LOW_MEDIUM_HIGH;
    if (!allowed.has(value)) return refuse(`is mapped to "${value}", which is not a ${field.label.toLowerCase()} of this plan`);
    return { kind: 'value', value };
  }
}
