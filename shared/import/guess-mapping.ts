import type { Plan } from '../domain/plan/schema';
import { todayIso } from '../domain/time';
import { guessDateFormat } from './dates';
import { fieldsOf, type ImportField, type ImportTarget } from './fields';
import { columnEvidence } from './column-evidence';
import { guessColumnsExplained, guessTarget, type ColumnGuess } from './guess-columns';
import { emptyMapping, type ImportMapping, type NumericScale } from './mapping';
import { guessScale, scaleChoices, scaleRule } from './scales';
import { cellText, isBlankCell, type Cell, type RawTable } from './table';
import { choicesOf, guessValue, letterGrades, VALUE_MAPPED_KINDS } from './value-guesses';
import { protectedAttributeOf } from './protected-attributes';
import { fieldsNeedingOthers, guessNameOrder } from './guess-limits';

/**
 * The mapping step's material: what each mapped column holds (distinct values and their
 * Braid value, numeric range and the scale rule, date format), and a complete first guess
 * of the mapping, with every guessed value written out so that the user sees and can
 * change each one, and a saved mapping is explicit.
 */

const MAX_DISTINCT = 200;
const NUMERIC = /^[+-]?(\d+([.,]\d+)?|[.,]\d+)$/;

export interface ValueChoice {
  value: string;
  count: number;
  /** The Braid value it becomes under the mapping (explicit or guessed); null = refused. */
  mappedTo: string | null;
}

export interface ColumnProfile {
  key: string;
  label: string;
  header: string;
  kind: ImportField['kind'];
  /** Text values and how they map (value-mapped kinds only; at most 200, most frequent first). */
  values: ValueChoice[];
  moreValues: number;
  choices: { value: string; label: string }[];
  /** Range of the numbers found, and the rule that turns them into 1–5 (level kinds only). */
  numbers: { min: number; max: number; count: number } | null;
  scale: NumericScale | null;
  rule: string | null;
  /** The scales the numbers fit equally well, when the user must say which (null: no question). */
  scaleChoices: NumericScale[] | null;
  /** Date columns: whether some values could be read day-first or month-first. */
  ambiguousDates: boolean;
}

function columnCells(table: RawTable, header: string): Cell[] {
  const index = table.headers.indexOf(header);
  if (index < 0) return [];
  const cells: Cell[] = [];
  for (const row of table.rows) if (!isBlankCell(row.cells[index])) cells.push(row.cells[index]);
  return cells;
}

const asNumber = (cell: Cell): number | null => (typeof cell === 'number' ? cell : typeof cell === 'string' && NUMERIC.test(cell.trim()) ? Number(cell.trim().replace(',', '.')) : null);

function distinctTexts(cells: readonly Cell[], skipNumbers: boolean): { value: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const cell of cells) {
    if (skipNumbers && asNumber(cell) !== null) continue;
    const text = cellText(cell);
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

function rangeOf(numbers: readonly number[]): { min: number; max: number; count: number } {
  let min = Infinity;
  let max = -Infinity;
  for (const n of numbers) {
    if (n < min) min = n;
    if (n > max) max = n;
  }
  return { min, max, count: numbers.length };
}

export function profileColumns(plan: Plan, table: RawTable, mapping: ImportMapping): ColumnProfile[] {
  const context = { domains: plan.framework.domains, threads: plan.framework.threads };
  const fields = new Map(fieldsOf(mapping.target, plan.framework.threads).map((f) => [f.key, f]));
  const profiles: ColumnProfile[] = [];
  for (const [key, header] of Object.entries(mapping.columns)) {
    const field = fields.get(key);
    if (!field || !table.headers.includes(header)) continue;
    const cells = columnCells(table, header);
    const isLevel = field.kind === 'level';
    const texts = VALUE_MAPPED_KINDS.has(field.kind) ? distinctTexts(cells, isLevel) : [];
    const explicit = mapping.values[key] ?? {};
    const lookup = new Map(Object.entries(explicit).map(([k, v]) => [k.trim().toLowerCase(), v]));
    const numbers = isLevel ? cells.map(asNumber).filter((n): n is number => n !== null) : [];
    const choices = isLevel ? scaleChoices(numbers) : null;
    // An unanswered scale question has no scale yet: nothing is converted silently.
    const scale = isLevel && numbers.length ? (mapping.scales[key] ?? (choices ? null : { min: 1, max: 5 })) : null;
    profiles.push({
      key,
      label: field.label,
      header,
      kind: field.kind,
      values: texts.slice(0, MAX_DISTINCT).map(({ value, count }) => {
        const key = value.toLowerCase();
        // An empty Braid value in the mapping means "refuse this value", never "guess it".
        return { value, count, mappedTo: lookup.has(key) ? lookup.get(key) || null : guessValue(field.kind, value, context) };
      }),
      moreValues: Math.max(0, texts.length - MAX_DISTINCT),
      choices: choicesOf(field.kind, context),
      numbers: numbers.length ? rangeOf(numbers) : null,
      scale,
      rule: scale ? scaleRule(scale) : null,
      scaleChoices: choices,
      ambiguousDates: field.kind === 'date' && guessDateFormat(cells).ambiguous,
    });
  }
  return profiles;
}

/**
 * Writes out what a mapping leaves to guesswork, for the columns it maps: the scale of
 * each rating column and the Braid value of each text value it does not name. What the
 * mapping says is kept; the result is what the preview shows and what gets saved.
 */
export function completeMapping(plan: Plan, table: RawTable, mapping: ImportMapping): ImportMapping {
  const threads = plan.framework.threads;
  const context = { domains: plan.framework.domains, threads };
  const done: ImportMapping = { ...mapping, values: { ...mapping.values }, scales: { ...mapping.scales } };
  for (const field of fieldsOf(mapping.target, threads)) {
    const header = mapping.columns[field.key];
    if (!header || !table.headers.includes(header)) continue;
    const cells = columnCells(table, header);
    if (field.kind === 'level' && !done.scales[field.key]) {
      const numbers = cells.map(asNumber).filter((n): n is number => n !== null);
      // Values that fit two scales are a question for the user, never a silent guess.
      if (numbers.length && !scaleChoices(numbers)) done.scales[field.key] = guessScale(numbers);
    }
    if (!VALUE_MAPPED_KINDS.has(field.kind)) continue;
    const values: Record<string, string> = { ...(mapping.values[field.key] ?? {}) };
    const named = new Set(Object.keys(values).map((v) => v.trim().toLowerCase()));
    const texts = distinctTexts(cells, field.kind === 'level').slice(0, MAX_DISTINCT);
    const letters = field.kind === 'level' ? letterGrades(texts.map((t) => t.value)) : null;
    for (const { value } of texts) {
      if (named.has(value.toLowerCase())) continue;
      const guess = letters?.[value] ?? guessValue(field.kind, value, context);
      if (guess !== null) values[value] = guess;
    }
    if (Object.keys(values).length) done.values[field.key] = values;
  }
  return done;
}

/**
 * The rating columns whose scale is still a question (see scaleChoices), as problems to
 * show at the top of the preview: the import waits for the answer.
 */
export function unansweredScales(columns: readonly ColumnProfile[]): string[] {
  return columns
    .filter((c) => c.scaleChoices && c.scale === null && c.numbers)
    .map((c) => {
      const seen = c.numbers!.min === c.numbers!.max ? `only ${c.numbers!.min}` : `only values from ${c.numbers!.min} to ${c.numbers!.max}`;
      const options = c.scaleChoices!.map((s) => `${s.min}–${s.max}`);
      return `“${c.header}” (${c.label}) holds ${seen}: is that a ${options.slice(0, -1).join(', a ')} or a ${options[options.length - 1]} scale? Choose it in the values step; the mapping records the answer.`;
    });
}

/**
 * BambooHR's and HiBob's "Reports To" hold the manager's name, not an id: such a column is
 * not guessed as the manager id (every row would lose its manager with a note).
 * Spec choice: it is a manager id column when at least half its values are employee ids of
 * the file or the plan.
 */
function managerColumnOfNames(plan: Plan, table: RawTable, columns: Record<string, string>): string | null {
  const idAt = table.headers.indexOf(columns.id ?? '');
  const managerAt = table.headers.indexOf(columns.managerId ?? '');
  if (idAt < 0 || managerAt < 0) return null;
  const ids = new Set(plan.people.map((p) => p.id));
  for (const row of table.rows) ids.add(cellText(row.cells[idAt]));
  let filled = 0;
  let found = 0;
  const examples: string[] = [];
  for (const row of table.rows) {
    const value = cellText(row.cells[managerAt]);
    if (!value) continue;
    filled++;
    if (ids.has(value)) found++;
    else if (examples.length < 2 && !examples.includes(`“${value}”`)) examples.push(`“${value}”`);
  }
  if (filled === 0 || found * 2 >= filled) return null;
  const instead = columns.managerName ? `the manager is found by name in “${columns.managerName}”` : 'it is read as the manager’s name';
  return `“${columns.managerId}” was not taken as Manager id: its values (${examples.join(', ')}…) are not employee ids of this file or the plan; ${instead}.`;
}

export interface MappingGuess extends Omit<ColumnGuess, 'columns'> {
  mapping: ImportMapping;
}

/** A complete first mapping for a table (target, columns, every value, scales, date format), with its reasons. */
export function guessMappingExplained(plan: Plan, table: RawTable, target?: ImportTarget): MappingGuess {
  const threads = plan.framework.threads;
  const chosen = target ?? guessTarget(table.headers, threads);
  // A protected attribute is never a candidate, whatever its header resembles.
  const usable = table.headers.filter((header) => protectedAttributeOf(header) === null);
  const { columns, why, passedOver } = guessColumnsExplained(usable, chosen, threads, columnEvidence(table));
  for (const [key, reason] of fieldsNeedingOthers(chosen, columns)) {
    passedOver.push(`“${columns[key]}” was not taken as ${reason}`);
    delete columns[key];
    delete why[key];
  }
  const notManagers = managerColumnOfNames(plan, table, columns);
  if (notManagers) {
    passedOver.push(notManagers);
    // Names of managers are read as such, and found among the people of the file and the plan.
    if (!columns.managerName) {
      columns.managerName = columns.managerId;
      why.managerName = `“${columns.managerId}” holds names: each is looked up among the people of this file and the plan`;
    }
    delete columns.managerId;
    delete why.managerId;
  }
  const mapping = completeMapping(plan, table, { ...emptyMapping(chosen), columns });
  const dateCells: Cell[] = [];
  for (const field of fieldsOf(chosen, threads)) {
    if (field.kind === 'date' && columns[field.key]) dateCells.push(...columnCells(table, columns[field.key]).slice(0, 5000));
  }
  mapping.dateFormat = guessDateFormat(dateCells).format;
  if (columns.name) mapping.nameOrder = guessNameOrder(columnCells(table, columns.name));
  // Thread levels with no date column are dated as of the plan (shown, and changeable).
  const dateKey = chosen === 'people' ? 'assessmentDate' : 'date';
  const levelsMapped = Object.keys(mapping.columns).some((key) => key.startsWith('level'));
  if (chosen !== 'experience' && levelsMapped && !mapping.columns[dateKey]) mapping.defaults.assessmentDate = plan.organization.asOf ?? todayIso();
  return { mapping, why, passedOver };
}

export function guessMapping(plan: Plan, table: RawTable, target?: ImportTarget): ImportMapping {
  return guessMappingExplained(plan, table, target).mapping;
}
