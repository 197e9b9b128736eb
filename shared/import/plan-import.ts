import type { Plan } from '../domain/plan/schema';
import { formatPlanError, validatePlan } from '../domain/plan/validate';
import { FieldReader } from './field-reader';
import { fieldsOf, TARGET_LABELS, type ImportTarget } from './fields';
import { completeMapping, guessMappingExplained, profileColumns, unansweredScales, type ColumnProfile } from './guess-mapping';
import { withNewDomains } from './new-domains';
import { placeholderName } from './placeholder-names';
import type { ImportMapping } from './mapping';
import type { ImportOutcome } from './outcome';
import { importPeople } from './people-import';
import { importRecords } from './records-import';
import { importActions } from './actions-import';
import type { RawTable } from './table';
import { protectedAttributeOf, protectedColumnsSentence } from './protected-attributes';
import { commonestReasons } from './refusal-summary';

/**
 * The pure core of an import: table + mapping + plan → what would happen (preview), and
 * the plan it would produce (commit). The service only decodes files and stores plans.
 */

export interface ImportPlanning {
  guessedMapping: ImportMapping;
  /** The mapping used: the one given (with its scales and values written out), or the guess. */
  mapping: ImportMapping;
  columns: ColumnProfile[];
  /** Things the user should know that do not block the import. */
  warnings: string[];
  /** Why each guessed column was taken, and which columns were passed over on their values. */
  guess: { why: Record<string, string>; passedOver: string[] };
  /**
   * Set when the file has no name column for people: the sentence the preview shows at
   * its top (new people are named from their id, as placeholders).
   */
  namesMissing: string | null;
  /** The one line naming the protected attributes in the file, left out; null when there are none. */
  protectedLeftOut: string | null;
  outcome: ImportOutcome;
}

function mappingProblems(plan: Plan, table: RawTable, mapping: ImportMapping): { problems: string[]; warnings: string[] } {
  const fields = new Map(fieldsOf(mapping.target, plan.framework.threads).map((f) => [f.key, f]));
  const problems: string[] = [];
  const warnings: string[] = [];
  for (const [key, header] of Object.entries(mapping.columns)) {
    const field = fields.get(key);
    const attribute = protectedAttributeOf(header);
    if (attribute) problems.push(`Column "${header}" holds ${attribute}, a protected attribute: Braid never imports it. Map ${field?.label ?? key} to another column or to none.`);
    else if (!field) warnings.push(`The mapping names a field "${key}" that ${TARGET_LABELS[mapping.target].toLowerCase()} do not have; it was ignored.`);
    else if (!table.headers.includes(header)) {
      const line = `Column "${header}" (for ${field.label}) is not in this file.`;
      if (field.required === 'always') problems.push(line);
      else warnings.push(`${line} ${field.label} was left as it is.`);
    }
  }
  return { problems, warnings };
}

const NAME_FIELDS = ['name', 'firstName', 'lastName'];

function namesMissingSentence(table: RawTable, mapping: ImportMapping, reader: FieldReader): string | null {
  if (mapping.target !== 'people' || NAME_FIELDS.some((key) => reader.isMapped(key))) return null;
  const ids: string[] = [];
  for (const row of table.rows) {
    const id = reader.read(row, 'id');
    if (id.kind === 'value') ids.push(placeholderName(String(id.value)));
    if (ids.length === 2) break;
  }
  const examples = ids.length ? ` (${ids.map((n) => `“${n}”`).join(', ')}…)` : '';
  return `This file has no name column. New people will be named from their employee id${examples} and marked as placeholders in the roster until someone renames them.`;
}

export function planImport(current: Plan, table: RawTable, mapping?: ImportMapping | null, target?: ImportTarget): ImportPlanning {
  // The domains the mapping adds are there from the start: values may map to them, and they are part of the result.
  const extended = mapping ? withNewDomains(current, mapping) : { plan: current, problems: [] };
  const plan = extended.plan;
  const guessed = guessMappingExplained(plan, table, mapping?.target ?? target);
  const guessedMapping = guessed.mapping;
  const used = mapping ? completeMapping(plan, table, mapping) : guessedMapping;
  const { problems, warnings } = mappingProblems(plan, table, used);
  problems.push(...extended.problems);
  if (table.headers.length === 0) problems.push('The file has no header row and no data.');
  const columns = profileColumns(plan, table, used);
  problems.push(...unansweredScales(columns));
  const reader = new FieldReader(table, used, plan.framework.domains, plan.framework.threads);
  const outcome = used.target === 'people' ? importPeople(plan, table, reader) : used.target === 'actions' ? importActions(plan, table, reader) : importRecords(plan, table, reader);
  outcome.problems.unshift(...problems);
  if (outcome.problems.length === 0 && (outcome.counts.adds || outcome.counts.updates)) {
    // The rows were checked one by one; this checks the whole result as the store will.
    const validation = validatePlan(outcome.next);
    if (!validation.ok) outcome.problems.push(`The result would not be a valid plan: ${validation.errors.map(formatPlanError).join('; ')}`);
  }
  const why = Object.fromEntries(Object.entries(guessed.why).filter(([key]) => used.columns[key] === guessedMapping.columns[key]));
  return { guessedMapping, mapping: used, columns, warnings, guess: { why, passedOver: guessed.passedOver }, namesMissing: namesMissingSentence(table, used, reader), protectedLeftOut: protectedColumnsSentence(table.headers), outcome };
}

export type ImportDecision = { ok: true; plan: Plan; outcome: ImportOutcome } | { ok: false; message: string; details: string[] };

/** Shows a refusal as a line a person can act on: `row 12, Department "Legal": is not a known home domain`. */
export const refusalLine = (r: { row: number; column: string; value: string; reason: string }): string =>
  `row ${r.row}, ${r.column}${r.value ? ` "${r.value}"` : ''}: ${r.reason}`;

/**
 * Decides a commit: all or nothing. Refused rows stop it unless `skipInvalid`, in which
 * case only the accepted rows are applied; mapping problems always stop it.
 */
export function decideImport(planning: ImportPlanning, options: { skipInvalid?: boolean } = {}): ImportDecision {
  const { outcome } = planning;
  if (outcome.problems.length) return { ok: false, message: 'The import cannot run with this mapping. Nothing was changed.', details: outcome.problems };
  const { adds, updates, refused, rows } = outcome.counts;
  // With every row refused there is nothing to skip to: say so, never "nothing to import".
  if (refused && !adds && !updates) {
    const every = refused === rows ? `All ${rows} row${rows === 1 ? ' was' : 's were'} refused` : `${refused} row${refused === 1 ? ' was' : 's were'} refused and the others hold nothing new`;
    return { ok: false, message: `${every}: ${commonestReasons(outcome.refusals)}. Nothing was imported.`, details: outcome.refusals.slice(0, 20).map(refusalLine) };
  }
  if (outcome.refusals.length && !options.skipInvalid) {
    return {
      ok: false,
      message: `${refused} row${refused === 1 ? ' was' : 's were'} refused, so nothing was imported. Fix the file or the mapping, or skip the refused rows.`,
      details: outcome.refusals.slice(0, 20).map(refusalLine),
    };
  }
  if (!outcome.counts.adds && !outcome.counts.updates) return { ok: false, message: 'There is nothing to import: every row matches the plan already.', details: [] };
  return { ok: true, plan: outcome.next, outcome };
}
