import { assessed, planWith, worked } from '../../domain/testing/plan-builder';
import type { Plan } from '../../domain/plan/schema';

/** Names in four scripts: a report must print every one of them. */
export const SCRIPT_NAMES = {
  latin: 'Zoë Łukasiewicz',
  cyrillic: 'Анна Петрова',
  devanagari: 'प्रिया शर्मा',
  han: '王芳',
} as const;

const levels = (date: string, fa: number, inn: number, cs: number, rg: number) => [
  assessed('financial-acumen', fa, date),
  assessed('innovation', inn, date),
  assessed('customer-success', cs, date),
  assessed('recovery-growth', rg, date),
];

/**
 * A small organisation for the report tests: two critical roles, successors named in four
 * scripts, rotations (one overlapping pair, one late for the vacancy), host feedback, and a
 * name that tries to smuggle a script tag into the page.
 */
export function reportPlan(): Plan {
  return planWith({
    organization: 'Northwind Services',
    asOf: '2027-01-01',
    people: [
      { id: 'zoe', name: SCRIPT_NAMES.latin, title: 'Director of Delivery', homeDomain: 'delivery', performance: 4, potential: 'high', flightRisk: 'low',
        experience: [worked('delivery', '2018-01-01', '2024-12-31'), worked('engineering', '2025-01-01', null)], assessments: levels('2026-09-01', 4, 3, 4, 4) },
      { id: 'anna', name: SCRIPT_NAMES.cyrillic, title: 'Head of Cloud Platform', homeDomain: 'infrastructure', performance: 4, potential: 'medium', flightRisk: 'high',
        experience: [worked('infrastructure', '2016-03-01', null)], assessments: levels('2026-06-15', 3, 4, 2, 3) },
      { id: 'priya', name: SCRIPT_NAMES.devanagari, title: 'Consulting Lead', homeDomain: 'consulting', performance: 5, potential: 'high', flightRisk: 'medium',
        experience: [worked('consulting', '2019-05-01', null)], assessments: levels('2025-06-01', 3, 3, 5, 2) },
      { id: 'fang', name: SCRIPT_NAMES.han, title: 'Security Architect', homeDomain: 'security', track: 'linear', performance: 3, potential: 'medium',
        experience: [worked('security', '2015-01-01', null)], assessments: levels('2026-11-01', 2, 4, 1, 4) },
      { id: 'mallory', name: '<script>alert("x")</script> Mallory', title: 'Chief Service Officer', homeDomain: 'customer-success',
        experience: [worked('customer-success', '2010-01-01', null)] },
      { id: 'omar', name: 'Omar Haddad', title: 'VP Engineering', homeDomain: 'engineering', experience: [worked('engineering', '2012-01-01', null)] },
    ],
    rotations: [
      { personId: 'priya', hostId: 'engineering-hub', start: '2027-03-01', end: '2027-08-31', objectives: ['innovation'], mentorId: 'omar' },
      { personId: 'priya', hostId: 'data-hub', start: '2027-08-01', end: '2028-01-31', objectives: ['financial-acumen'] },
      { personId: 'anna', hostId: 'sales-hub', start: '2026-07-01', end: '2026-12-31', status: 'completed', objectives: ['customer-success'],
        feedback: [{ date: '2026-12-15', author: 'Omar Haddad', text: 'Анна ran the renewal reviews with real care; clients asked for her by name.' }] },
      { personId: 'zoe', hostId: 'infrastructure-hub', start: '2027-02-01', end: '2027-07-31', status: 'planned', objectives: ['innovation'] },
    ],
    roles: [
      { id: 'cso', title: 'Chief Service Officer', domains: ['customer-success', 'engineering'], incumbentId: 'mallory', vacancyRisk: 'high', expectedVacancy: '2027-06-30',
        requirements: { threads: { 'financial-acumen': 4, 'customer-success': 4, 'innovation': 3 }, frontMonths: 24, backMonths: 12 },
        successors: [
          { personId: 'zoe', readiness: 'ready-now', emergency: true },
          { personId: 'priya', readiness: 'ready-1-2-years' },
          { personId: 'anna', readiness: 'ready-3-5-years' },
        ] },
      { id: 'head-of-security', title: 'Head of Cybersecurity', domains: ['security'], incumbentId: 'omar', vacancyRisk: 'medium', expectedVacancy: '2028-03-31',
        requirements: { threads: { 'recovery-growth': 4, 'innovation': 3 }, frontMonths: 6, backMonths: 24 },
        successors: [{ personId: 'fang', readiness: 'ready-1-2-years' }] },
    ],
  });
}
