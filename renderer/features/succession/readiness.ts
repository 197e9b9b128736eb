import type { Readiness } from '../../../shared/domain/plan/schema';

/** The slate's columns, from the nearest to the furthest. */
export const READINESS_ORDER: Readiness[] = ['ready-now', 'ready-1-2-years', 'ready-3-5-years'];

export const SLATE_COLUMNS: Record<Readiness, string> = {
  'ready-now': 'Ready now',
  'ready-1-2-years': '1–2 years',
  'ready-3-5-years': '3–5 years',
};
