import type { Domain, Framework, Plan, Thread } from './schema';

/** Policy values of DOMAIN.md §3; a plan's `framework.policy` may override any subset. */
export const DEFAULT_POLICY = {
  minRotationMonths: 3,
  maxRotationMonths: 12,
  defaultRotationMonths: 6,
  braidMinMonths: 6,
  braidTargetMonths: 12,
  assessmentMaxAgeMonths: 12,
  minSuccessorsPerRole: 2,
  maxSuccessorSlotsPerPerson: 3,
  vacancyHorizonMonths: 12,
  stagnationMonths: 36,
  /** Version 2 (§8.4): a slate not reviewed within this many months is overdue. */
  reviewIntervalMonths: 6,
  /** Version 3 (§9.3): months after a development step's evidence day before a missing assessment is overdue. */
  evidenceGraceMonths: 2,
} as const;

export type ResolvedPolicy = { -readonly [K in keyof typeof DEFAULT_POLICY]: number };

export function resolvePolicy(framework: Framework): ResolvedPolicy {
  const resolved: ResolvedPolicy = { ...DEFAULT_POLICY };
  for (const key of Object.keys(DEFAULT_POLICY) as (keyof ResolvedPolicy)[]) {
    const value = framework.policy[key];
    if (typeof value === 'number') resolved[key] = value;
  }
  return resolved;
}

export const DEFAULT_DOMAINS: Domain[] = [
  { id: 'sales', name: 'Sales', side: 'front', develops: ['financial-acumen', 'customer-success'] },
  { id: 'consulting', name: 'Consulting', side: 'front', develops: ['customer-success', 'innovation'] },
  { id: 'customer-success', name: 'Customer Success & Support', side: 'front', develops: ['customer-success', 'recovery-growth'] },
  { id: 'delivery', name: 'Delivery & Project Management', side: 'front', develops: ['financial-acumen', 'recovery-growth'] },
  { id: 'engineering', name: 'Software Engineering', side: 'back', develops: ['innovation'] },
  { id: 'infrastructure', name: 'Infrastructure & Cloud', side: 'back', develops: ['innovation', 'recovery-growth'] },
  { id: 'security', name: 'Cybersecurity', side: 'back', develops: ['recovery-growth'] },
  { id: 'data', name: 'Data & Analytics', side: 'back', develops: ['financial-acumen', 'innovation'] },
];

export const DEFAULT_THREADS: Thread[] = [
  { id: 'financial-acumen', name: 'Financial Acumen', facets: ['Strategy beyond budgets', 'Data-driven decisions and ROI', 'Value creation for all stakeholders'] },
  { id: 'innovation', name: 'Innovation for Streamlined Operations', facets: ['Process optimisation', 'Technology adoption and automation', 'Agile, experimental mindset'] },
  { id: 'customer-success', name: 'Customer Success for Value Delivery', facets: ['Customer-centricity', 'Value realisation', 'Feedback loops'] },
  { id: 'recovery-growth', name: 'Recovery & Growth', facets: ['Proactive risk management', 'Recovery plans', 'Growth mindset'] },
];

export const PROFICIENCY_LABELS = ['Aware', 'Developing', 'Proficient', 'Advanced', 'Expert'] as const;

export const READINESS_LABELS = {
  'ready-now': 'Ready now',
  'ready-1-2-years': 'Ready in 1–2 years',
  'ready-3-5-years': 'Ready in 3–5 years',
} as const;

/** §9.1: the kinds of development action, as a user reads them (the one place these words live). */
export const ACTION_KIND_LABELS = {
  course: 'Course',
  mentoring: 'Mentoring',
  coaching: 'Coaching',
  'stretch-assignment': 'Stretch assignment',
  'acting-role': 'Acting role',
  project: 'Project',
  other: 'Other action',
} as const;

export function defaultFramework(): Framework {
  return structuredClone({ domains: DEFAULT_DOMAINS, threads: DEFAULT_THREADS, policy: { ...DEFAULT_POLICY } });
}

export function emptyPlan(name = 'New organisation'): Plan {
  return {
    format: 'braid-plan',
    version: 3,
    organization: { name, asOf: null, currency: null },
    framework: defaultFramework(),
    hosts: [],
    people: [],
    rotations: [],
    roles: [],
    reviews: [],
    actions: [],
  };
}
