import type { Thread } from '../domain/plan/schema';

/**
 * What an import can fill in, per kind of file. Each field names the header spellings
 * HRIS exports use for it (Workday, SAP SuccessFactors, the IBM HR sample, home-made
 * Excel sheets); `guessColumns` matches them after normalising case and punctuation.
 */

export const IMPORT_TARGETS = ['people', 'experience', 'assessments', 'actions'] as const;
export type ImportTarget = (typeof IMPORT_TARGETS)[number];

export type FieldKind =
  | 'id' // a person id (the row's own, or a reference)
  | 'text'
  | 'domain'
  | 'thread'
  | 'level' // 1–5, from another numeric scale or from words
  | 'track'
  | 'lowMediumHigh'
  | 'source'
  | 'date'
  | 'years' // a length of time in years (tenure)
  | 'employment' // still employed or left
  | 'email';

export interface ImportField {
  key: string;
  label: string;
  kind: FieldKind;
  /** 'always': every row needs it; 'new': a row that adds a person needs it. */
  required?: 'always' | 'new';
  synonyms: string[];
  hint?: string;
}

/** Field key of a thread's level in a "wide" file: one column per thread. */
export const threadLevelKey = (threadId: string): string => `level:${threadId}`;
export const threadOfLevelKey = (key: string): string | null => (key.startsWith('level:') ? key.slice('level:'.length) : null);

const PERSON_ID = ['employee id', 'employeeid', 'employee number', 'employee no', 'emp id', 'emp no', 'empl id', 'emplid', 'worker id', 'personnel number', 'person id', 'staff id', 'staff number', 'user id', 'userid', 'id', 'person'];

const DATE_OF_ASSESSMENT = ['assessment date', 'assessed on', 'review date', 'rating date', 'evaluation date', 'talent review date'];

const PEOPLE_FIELDS: ImportField[] = [
  { key: 'id', label: 'Employee id', kind: 'id', required: 'always', synonyms: PERSON_ID, hint: 'matches people already in the plan' },
  { key: 'name', label: 'Name', kind: 'text', required: 'new', synonyms: ['name', 'full name', 'employee name', 'worker', 'worker name', 'display name', 'preferred name', 'legal name', 'employee'] },
  { key: 'firstName', label: 'First name', kind: 'text', synonyms: ['first name', 'firstname', 'given name', 'forename', 'preferred first name'], hint: 'used when there is no Name column' },
  { key: 'lastName', label: 'Last name', kind: 'text', synonyms: ['last name', 'lastname', 'surname', 'family name', 'preferred last name'], hint: 'used when there is no Name column' },
  { key: 'title', label: 'Title', kind: 'text', synonyms: ['title', 'job title', 'jobrole', 'job role', 'business title', 'position', 'position title', 'job profile', 'job', 'designation', 'role'] },
  { key: 'homeDomain', label: 'Home domain', kind: 'domain', required: 'new', synonyms: ['home domain', 'domain', 'department', 'dept', 'function', 'business function', 'practice', 'job family', 'job function', 'business unit', 'division', 'org unit', 'organizational unit', 'organisational unit', 'supervisory organization', 'team'] },
  { key: 'managerId', label: 'Manager id', kind: 'id', synonyms: ['manager id', 'manager employee id', 'manager number', 'manager employee number', 'supervisor id', 'line manager id', 'reports to id', 'reports to', 'manager emplid', 'managerid', 'manager user id', 'manager userid', 'supervisor user id', 'manager personnel number', 'supervisor id'] },
  { key: 'managerName', label: 'Manager name', kind: 'text', synonyms: ['manager name', 'manager full name', 'supervisor name', 'line manager', 'line manager name', 'reports to name', 'supervisor', 'manager'], hint: 'when the file names the manager instead of giving their id' },
  { key: 'track', label: 'Track', kind: 'track', synonyms: ['track', 'career track', 'braid track', 'development track', 'rotation track', 'career path'] },
  { key: 'performance', label: 'Performance', kind: 'level', synonyms: ['performance', 'performance rating', 'performancerating', 'perf rating', 'rating', 'last performance rating', 'overall rating', 'performance score'] },
  { key: 'potential', label: 'Potential', kind: 'lowMediumHigh', synonyms: ['potential', 'potential rating', 'potential assessment', 'leadership potential'] },
  { key: 'flightRisk', label: 'Flight risk', kind: 'lowMediumHigh', synonyms: ['flight risk', 'retention risk', 'attrition risk', 'risk of leaving', 'risk of loss', 'turnover risk', 'flightrisk'] },
  { key: 'email', label: 'E-mail', kind: 'email', synonyms: ['email', 'e-mail', 'work email', 'work e-mail', 'email address', 'e-mail address', 'business email', 'primary work email', 'email primary work', 'email work', 'company email'], hint: 'finds a person already in the plan under another id' },
  { key: 'homeSince', label: 'In home domain since', kind: 'date', synonyms: ['in home domain since', 'in department since', 'department start date', 'date in department', 'date in position', 'position start date', 'job start date', 'time in position start', 'hire date', 'date of hire', 'original hire date', 'latest hire date', 'date joined', 'date of joining', 'joining date', 'start date', 'continuous service date', 'seniority date', 'entry date'], hint: 'adds an ongoing experience entry in the home domain' },
  { key: 'yearsInHomeDomain', label: 'Years in home domain', kind: 'years', synonyms: ['years in home domain', 'years in department', 'years at company', 'yearsatcompany', 'years at the company', 'years of service', 'service years', 'length of service', 'length of service years', 'tenure', 'tenure years', 'tenure in years', 'years with company', 'years in current role', 'yearsincurrentrole', 'years in role', 'years in position', 'time in position'], hint: 'when there is no date: an ongoing entry starting that many years before the as-of date' },
  { key: 'leftOn', label: 'Termination date', kind: 'date', synonyms: ['termination date', 'date of termination', 'terminated on', 'leaving date', 'date left', 'leave date', 'exit date', 'separation date', 'last day', 'last working day', 'end of employment'], hint: 'a date here means the person has left' },
  { key: 'employmentStatus', label: 'Employment status', kind: 'employment', synonyms: ['employment status', 'employee status', 'worker status', 'emp status', 'status', 'active status'], hint: 'people who have left are archived or left out' },
  { key: 'assessmentDate', label: 'Assessment date', kind: 'date', synonyms: DATE_OF_ASSESSMENT, hint: 'for the thread level columns' },
  { key: 'assessmentSource', label: 'Assessment source', kind: 'source', synonyms: ['assessment source', 'source', 'assessed by', 'rater'] },
];

const EXPERIENCE_FIELDS: ImportField[] = [
  { key: 'personId', label: 'Employee id', kind: 'id', required: 'always', synonyms: PERSON_ID },
  { key: 'domain', label: 'Domain', kind: 'domain', required: 'always', synonyms: ['domain', 'department', 'dept', 'function', 'practice', 'job family', 'business unit', 'division', 'org unit'] },
  { key: 'start', label: 'Start', kind: 'date', required: 'always', synonyms: ['start', 'start date', 'from', 'from date', 'effective date', 'begin', 'begin date', 'valid from'] },
  { key: 'end', label: 'End', kind: 'date', synonyms: ['end', 'end date', 'to', 'to date', 'until', 'valid to', 'finish date'], hint: 'empty = still there' },
];

const ASSESSMENT_FIELDS: ImportField[] = [
  { key: 'personId', label: 'Employee id', kind: 'id', required: 'always', synonyms: PERSON_ID },
  { key: 'thread', label: 'Thread', kind: 'thread', synonyms: ['thread', 'competency', 'competency name', 'skill', 'capability', 'dimension'], hint: 'one row per thread; or map one column per thread below' },
  { key: 'level', label: 'Level', kind: 'level', synonyms: ['level', 'score', 'rating', 'proficiency', 'proficiency level', 'competency rating'] },
  { key: 'date', label: 'Date', kind: 'date', synonyms: ['date', ...DATE_OF_ASSESSMENT] },
  { key: 'source', label: 'Source', kind: 'source', synonyms: ['source', 'assessment source', 'assessed by', 'rater', 'rater type', 'type'] },
  { key: 'note', label: 'Note', kind: 'text', synonyms: ['note', 'notes', 'comment', 'comments', 'remarks'] },
];

/**
 * Development actions (DOMAIN §9): one row per action of a person already in the plan. Kind, status,
 * threads, role and cost are read by actions-import.ts (a list of threads, a role by id or title).
 * The headers Braid's own export writes are among the synonyms, so an exported sheet maps by itself.
 */
const ACTION_FIELDS: ImportField[] = [
  { key: 'actionId', label: 'Action id', kind: 'id', synonyms: ['action id', 'actionid', 'development action id', 'activity id', 'plan item id'], hint: 'updates the action with this id; empty = a new action' },
  { key: 'personId', label: 'Employee id', kind: 'id', required: 'always', synonyms: PERSON_ID },
  { key: 'kind', label: 'Kind', kind: 'text', synonyms: ['kind', 'type', 'action type', 'activity type', 'development type', 'category', 'learning type'], hint: 'course, mentoring, coaching, stretch assignment, acting role, project or other; empty = course' },
  { key: 'title', label: 'Title', kind: 'text', required: 'always', synonyms: ['title', 'action', 'action title', 'activity', 'activity name', 'development action', 'course', 'course name', 'programme', 'program', 'name of action', 'description'] },
  { key: 'threads', label: 'Threads', kind: 'text', required: 'always', synonyms: ['threads', 'thread', 'competency', 'competencies', 'skills', 'skill', 'capability', 'capabilities', 'develops'], hint: 'one or more, separated by ; or ,' },
  { key: 'start', label: 'Start', kind: 'date', required: 'always', synonyms: ['start', 'start date', 'from', 'begin', 'begin date', 'planned start'] },
  { key: 'end', label: 'End', kind: 'date', required: 'always', synonyms: ['end', 'end date', 'to', 'until', 'finish date', 'due date', 'planned end'] },
  { key: 'evidenceDue', label: 'Evidence due', kind: 'date', synonyms: ['evidence due', 'assessment due', 'evidence date', 'review due'], hint: 'when an assessment of its threads is expected; empty = its end' },
  { key: 'status', label: 'Status', kind: 'text', synonyms: ['status', 'state', 'progress'], hint: 'planned, active, completed or cancelled; empty = planned' },
  { key: 'ownerId', label: 'Owner id', kind: 'id', synonyms: ['owner id', 'mentor id', 'coach id', 'sponsor id'], hint: 'the mentor, coach or sponsor: a person of the plan' },
  { key: 'role', label: 'Acting role', kind: 'text', synonyms: ['acting role', 'role', 'role id', 'acting as'], hint: 'for an acting role: the role’s id or title' },
  { key: 'cost', label: 'Cost', kind: 'text', synonyms: ['cost', 'price', 'fee', 'budget', 'amount'] },
  { key: 'note', label: 'Note', kind: 'text', synonyms: ['note', 'notes', 'comment', 'comments', 'remarks'] },
];

/** Extra spellings of the default threads; a renamed or added thread still matches its id and name. */
const THREAD_SYNONYMS: Record<string, string[]> = {
  'financial-acumen': ['financial acumen', 'finance', 'business acumen', 'commercial acumen'],
  innovation: ['innovation', 'innovation for streamlined operations', 'streamlined operations', 'operational excellence'],
  'customer-success': ['customer success', 'customer success for value delivery', 'customer focus', 'value delivery', 'client focus'],
  'recovery-growth': ['recovery & growth', 'recovery and growth', 'recovery growth', 'resilience', 'growth mindset'],
};

export function threadSynonyms(thread: Thread): string[] {
  return [thread.id, thread.name, ...(THREAD_SYNONYMS[thread.id] ?? [])];
}

function threadLevelFields(threads: readonly Thread[]): ImportField[] {
  return threads.map((thread) => ({
    key: threadLevelKey(thread.id),
    label: `${thread.name} level`,
    kind: 'level' as const,
    synonyms: threadSynonyms(thread).flatMap((name) => [name, `${name} level`, `${name} score`, `${name} rating`]),
  }));
}

/** The fields of one kind of import, with one level column per framework thread. */
export function fieldsOf(target: ImportTarget, threads: readonly Thread[]): ImportField[] {
  if (target === 'people') return [...PEOPLE_FIELDS, ...threadLevelFields(threads)];
  if (target === 'experience') return EXPERIENCE_FIELDS;
  if (target === 'actions') return ACTION_FIELDS;
  return [...ASSESSMENT_FIELDS, ...threadLevelFields(threads)];
}

export const TARGET_LABELS: Record<ImportTarget, string> = {
  people: 'People',
  experience: 'Experience entries',
  assessments: 'Assessments',
  actions: 'Development actions',
};
