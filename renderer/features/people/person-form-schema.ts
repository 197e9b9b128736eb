import { z } from 'zod';
import { AssessmentSource, IsoDate, LowMediumHigh, Person, Track, type Plan } from '../../../shared/domain/plan/schema';
import { nextId } from '../../../shared/domain/plan/next-id';

export { nextId };

/** What the form holds: strings as the inputs give them, turned into a Person by the schema. */
export interface PersonFormValues {
  name: string;
  title: string;
  homeDomain: string;
  managerId: string;
  track: 'braided' | 'linear';
  performance: string;
  potential: string;
  flightRisk: string;
  experience: { domain: string; start: string; end: string; origin?: number }[];
  assessments: { thread: string; level: string; date: string; source: 'self' | 'manager' | '360' | 'host'; note: string; origin?: number }[];
}

export interface PersonFormContext {
  domainIds: string[];
  threadIds: string[];
  peopleIds: Set<string>;
  /** null when adding someone. */
  personId: string | null;
}

const isDate = (text: string) => IsoDate.safeParse(text).success;

const required = (field: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, `${field} cannot be empty.`)
    .max(max, `${field} is too long: ${max} characters at most.`);

/** A date field as the form holds it (text), checked with a message that names the field and the value. */
export function date(field: string, optional = false) {
  return z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      if (value === '' && optional) return;
      if (value === '') ctx.addIssue({ code: 'custom', message: `${field} is required.` });
      else if (!isDate(value)) ctx.addIssue({ code: 'custom', message: `${field} “${value}” is not a date (YYYY-MM-DD).` });
    });
}

const oneOf = (field: string, allowed: readonly string[]) =>
  z.string().refine((v) => allowed.includes(v), { error: (issue) => `${field} “${String(issue.input)}” is not one of the choices.` });

const optionalOf = <T extends string>(allowed: readonly T[], field: string) =>
  z
    .string()
    .refine((v) => v === '' || (allowed as readonly string[]).includes(v), { error: (issue) => `${field} “${String(issue.input)}” is not one of the choices.` })
    .transform((v) => (v === '' ? null : (v as T)));

/** Which stored entry a row was made from (none for a row the user added). */
const Origin = z.number().int().nonnegative().optional();

/**
 * The form's rules, named after the fields the user sees. The output is the part of a Person the
 * form edits; `personFromForm` lays it over the stored person and checks it with the plan schema.
 */
export function personFormSchema(ctx: PersonFormContext) {
  return z
    .object({
      name: required('Name', 200),
      title: required('Title', 120),
      homeDomain: oneOf('Home domain', ctx.domainIds),
      managerId: z
        .string()
        .refine((v) => v === '' || ctx.peopleIds.has(v), { error: (issue) => `Manager “${String(issue.input)}” is not on the roster.` })
        .refine((v) => v === '' || v !== ctx.personId, 'A person cannot be their own manager.')
        .transform((v) => (v === '' ? null : v)),
      track: Track,
      performance: z
        .string()
        .refine((v) => v === '' || /^[1-5]$/.test(v), { error: (issue) => `Performance “${String(issue.input)}” must be 1 to 5.` })
        .transform((v) => (v === '' ? null : Number(v))),
      potential: optionalOf(LowMediumHigh.options, 'Potential'),
      flightRisk: optionalOf(LowMediumHigh.options, 'Flight risk'),
      experience: z.array(
        z
          .object({ domain: oneOf('Domain', ctx.domainIds), start: date('Start'), end: date('End', true), origin: Origin })
          .superRefine((row, c) => {
            if (row.end && isDate(row.start) && isDate(row.end) && row.end < row.start) {
              c.addIssue({ code: 'custom', path: ['end'], message: `End ${row.end} is before the start ${row.start}.` });
            }
          })
          .transform((row) => ({ domain: row.domain, start: row.start, end: row.end === '' ? null : row.end, origin: row.origin })),
      ),
      assessments: z.array(
        z
          .object({
            thread: oneOf('Thread', ctx.threadIds),
            level: z.string().refine((v) => /^[1-5]$/.test(v), 'Choose a level from 1 to 5.'),
            date: date('Date'),
            source: AssessmentSource,
            note: z.string().max(2000, 'Note is too long: 2000 characters at most.'),
            origin: Origin,
          })
          // An emptied note is removed (undefined), not kept from the stored entry.
          .transform(({ note, level, ...row }) => ({ ...row, level: Number(level), note: note.trim() || undefined })),
      ),
    });
}

export type PersonFormOutput = z.output<ReturnType<typeof personFormSchema>>;

export function formContextOf(plan: Plan, personId: string | null): PersonFormContext {
  return {
    domainIds: plan.framework.domains.map((d) => d.id),
    threadIds: plan.framework.threads.map((t) => t.id),
    peopleIds: new Set(plan.people.map((p) => p.id)),
    personId,
  };
}

export function formValuesOf(person: Person | undefined, plan: Plan): PersonFormValues {
  if (!person) {
    return {
      name: '',
      title: '',
      homeDomain: plan.framework.domains[0]?.id ?? '',
      managerId: '',
      track: 'braided',
      performance: '',
      potential: '',
      flightRisk: '',
      experience: [],
      assessments: [],
    };
  }
  return {
    name: person.name,
    title: person.title,
    homeDomain: person.homeDomain,
    managerId: person.managerId ?? '',
    track: person.track,
    performance: person.performance === null ? '' : String(person.performance),
    potential: person.potential ?? '',
    flightRisk: person.flightRisk ?? '',
    experience: person.experience.map((e, origin) => ({ domain: e.domain, start: e.start, end: e.end ?? '', origin })),
    assessments: person.assessments.map((a, origin) => ({ thread: a.thread, level: String(a.level), date: a.date, source: a.source, note: a.note ?? '', origin })),
  };
}

/** "P" and the next number not in use: P151 after P150, whatever else the ids look like. */
export function nextPersonId(plan: Plan): string {
  return nextId('P', plan.people.map((p) => p.id));
}

/** Lays each row over the stored entry it was made from, so fields the form does not show survive. */
function overStored<Row extends { origin?: number }, Stored extends object>(rows: Row[], stored: readonly Stored[] | undefined) {
  return rows.map(({ origin, ...row }) => {
    const merged: Record<string, unknown> = { ...(origin === undefined ? {} : stored?.[origin]), ...row };
    for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key];
    return merged;
  });
}

/** The stored person with the form's fields laid over it (fields the form does not show are kept, in entries too). */
export function personFromForm(output: PersonFormOutput, existing: Person | undefined, id: string): Person {
  return Person.parse({
    ...existing,
    ...output,
    experience: overStored(output.experience, existing?.experience),
    assessments: overStored(output.assessments, existing?.assessments),
    id,
  });
}
