/**
 * Job titles, host teams and critical roles as an IT-services company names them.
 * Tier 0 is the chief executive, 1 a domain head, 2 a director, 3 a senior manager,
 * 4 a manager, 5 and below a team lead.
 */

export const CEO_TITLE = 'Chief Executive Officer';

const TITLES: Record<string, readonly (readonly string[])[]> = {
  sales: [
    ['Chief Revenue Officer'],
    ['Sales Director', 'Director, Strategic Accounts', 'Director, New Business'],
    ['Senior Account Director', 'Head of Inside Sales', 'Senior Bid Manager'],
    ['Account Director', 'Partner Alliances Manager', 'Bid Manager'],
    ['Account Manager', 'Sales Team Lead', 'Presales Lead'],
  ],
  consulting: [
    ['Managing Director, Consulting'],
    ['Consulting Director', 'Practice Director, Digital Strategy', 'Director, Business Transformation'],
    ['Principal Consultant', 'Engagement Director', 'Practice Lead, Change Management'],
    ['Senior Manager, Consulting', 'Lead Business Architect', 'Engagement Manager'],
    ['Managing Consultant', 'Lead Consultant', 'Business Analysis Lead'],
  ],
  'customer-success': [
    ['VP Customer Success'],
    ['Director, Customer Success', 'Director, Service Management', 'Director, Client Support'],
    ['Head of Service Desk', 'Senior Customer Success Manager', 'Service Delivery Manager'],
    ['Customer Success Manager', 'Major Incident Manager', 'Support Operations Manager'],
    ['Support Team Lead', 'Service Desk Lead', 'Client Onboarding Lead'],
  ],
  delivery: [
    ['VP Delivery'],
    ['Delivery Director', 'Programme Director', 'Director, PMO'],
    ['Senior Programme Manager', 'Head of Delivery Assurance', 'Portfolio Manager'],
    ['Programme Manager', 'Senior Project Manager', 'Delivery Manager'],
    ['Project Manager', 'Scrum Master Lead', 'Release Manager'],
  ],
  engineering: [
    ['Chief Technology Officer'],
    ['Director of Engineering', 'Director, Digital Products', 'Chief Architect'],
    ['Head of Platform Engineering', 'Engineering Manager', 'Principal Architect'],
    ['Senior Engineering Manager', 'Lead Solution Architect', 'QA Manager'],
    ['Tech Lead', 'Engineering Team Lead', 'Staff Engineer'],
  ],
  infrastructure: [
    ['VP Infrastructure & Cloud'],
    ['Director, Cloud Operations', 'Director, Managed Infrastructure', 'Head of Hosting'],
    ['Head of Site Reliability', 'Cloud Platform Manager', 'Network Services Manager'],
    ['SRE Manager', 'Infrastructure Operations Manager', 'Lead Cloud Architect'],
    ['DevOps Lead', 'Cloud Team Lead', 'Network Team Lead'],
  ],
  security: [
    ['Chief Information Security Officer'],
    ['Director, Security Operations', 'Director, Governance, Risk & Compliance', 'Head of Cyber Services'],
    ['SOC Manager', 'Head of Identity & Access', 'Principal Security Architect'],
    ['Security Engineering Manager', 'Incident Response Manager', 'Compliance Manager'],
    ['Security Team Lead', 'Threat Intelligence Lead', 'Penetration Testing Lead'],
  ],
  data: [
    ['Chief Data Officer'],
    ['Director, Data & Analytics', 'Director, AI Solutions', 'Head of Data Platforms'],
    ['Analytics Manager', 'Head of Data Governance', 'Principal Data Architect'],
    ['Data Engineering Manager', 'Lead Data Scientist', 'BI Manager'],
    ['Data Team Lead', 'Analytics Lead', 'ML Engineering Lead'],
  ],
};

export function titleFor(domainId: string, tier: number, pick: (titles: readonly string[]) => string): string {
  const tiers = TITLES[domainId];
  if (!tiers) return 'Team Lead';
  return pick(tiers[Math.min(Math.max(tier, 1), tiers.length) - 1]);
}

/** Teams that take leaders on rotation, per domain. */
export const HOST_TEAMS: Record<string, readonly string[]> = {
  sales: ['Enterprise Accounts', 'Public Sector Sales', 'Bid Centre', 'Partner Alliances', 'Inside Sales'],
  consulting: ['Digital Strategy Practice', 'Business Transformation Practice', 'Change & Adoption', 'Cloud Advisory', 'Operating Model Lab'],
  'customer-success': ['Customer Success Office', 'Service Desk', 'Major Incident Team', 'Client Onboarding', 'Renewals & Value Reviews'],
  delivery: ['Programme Management Office', 'Agile Delivery Centre', 'Delivery Assurance', 'Transition & Transformation', 'Release Management'],
  engineering: ['Platform Engineering', 'Digital Products Studio', 'Integration & APIs', 'Quality Engineering', 'Mobile Apps Studio'],
  infrastructure: ['Cloud Operations', 'Site Reliability Engineering', 'Network Services', 'Hosting & Data Centres', 'FinOps Team'],
  security: ['Security Operations Centre', 'Identity & Access', 'Governance, Risk & Compliance', 'Red Team', 'Cyber Resilience Services'],
  data: ['Data Platforms', 'Analytics & BI', 'AI Solutions Lab', 'Data Governance Office', 'MLOps Team'],
};

export const LOCATIONS = ['London', 'Kraków', 'Pune', 'Chennai', 'Athens', 'Lisbon', 'Toronto', 'Seoul', 'Dublin', 'Bengaluru', 'Sofia', 'Monterrey', 'Kuala Lumpur', 'Stockholm', 'Cape Town'];

export interface RoleTemplate {
  title: string;
  domains: readonly string[];
  threads: Readonly<Record<string, number>>;
  frontMonths: number;
  backMonths: number;
}

/** The organisation's critical roles, joint (spanning both sides) and single-sided, in order of prominence. */
export const ROLE_TEMPLATES: readonly RoleTemplate[] = [
  { title: 'Chief Service Officer', domains: ['delivery', 'customer-success', 'engineering', 'infrastructure'], threads: { 'financial-acumen': 4, 'customer-success': 4, innovation: 3, 'recovery-growth': 4 }, frontMonths: 24, backMonths: 18 },
  { title: 'Head of Delivery', domains: ['delivery', 'engineering'], threads: { 'financial-acumen': 4, 'recovery-growth': 4, innovation: 3 }, frontMonths: 12, backMonths: 12 },
  { title: 'Innovation Pod Co-lead', domains: ['consulting', 'engineering'], threads: { innovation: 4, 'customer-success': 3 }, frontMonths: 6, backMonths: 12 },
  { title: 'Head of Sales', domains: ['sales'], threads: { 'financial-acumen': 4, 'customer-success': 4 }, frontMonths: 24, backMonths: 0 },
  { title: 'Chief Technology Officer', domains: ['engineering'], threads: { innovation: 4, 'financial-acumen': 3 }, frontMonths: 0, backMonths: 24 },
  { title: 'Head of Managed Services', domains: ['customer-success', 'infrastructure'], threads: { 'customer-success': 4, 'recovery-growth': 4, 'financial-acumen': 3 }, frontMonths: 12, backMonths: 12 },
  { title: 'Chief Information Security Officer', domains: ['security'], threads: { 'recovery-growth': 4, innovation: 3 }, frontMonths: 0, backMonths: 24 },
  { title: 'Client Technology Director', domains: ['sales', 'engineering'], threads: { 'customer-success': 4, 'financial-acumen': 3, innovation: 3 }, frontMonths: 12, backMonths: 6 },
  { title: 'Head of Data & AI Consulting', domains: ['consulting', 'data'], threads: { innovation: 4, 'financial-acumen': 3, 'customer-success': 3 }, frontMonths: 12, backMonths: 12 },
  { title: 'Head of Consulting', domains: ['consulting'], threads: { 'customer-success': 4, innovation: 3 }, frontMonths: 18, backMonths: 0 },
  { title: 'Head of Cloud Infrastructure', domains: ['infrastructure'], threads: { innovation: 4, 'recovery-growth': 3 }, frontMonths: 0, backMonths: 18 },
  { title: 'Chief Data Officer', domains: ['data'], threads: { 'financial-acumen': 4, innovation: 4 }, frontMonths: 0, backMonths: 18 },
  { title: 'Head of Cyber Resilience Services', domains: ['security', 'customer-success'], threads: { 'recovery-growth': 4, 'customer-success': 3 }, frontMonths: 6, backMonths: 12 },
  { title: 'Head of Customer Success', domains: ['customer-success'], threads: { 'customer-success': 4, 'recovery-growth': 3 }, frontMonths: 18, backMonths: 0 },
  { title: 'Transformation Programme Director', domains: ['delivery', 'infrastructure'], threads: { 'financial-acumen': 3, 'recovery-growth': 4, innovation: 3 }, frontMonths: 12, backMonths: 6 },
];

/** Business units that repeat the roles in a large organisation ("Head of Delivery, Public Sector — Nordics"). */
export const BUSINESS_UNITS = ['Financial Services', 'Public Sector', 'Healthcare', 'Retail & Consumer', 'Manufacturing', 'Energy & Utilities', 'Telecom & Media', 'Travel & Transport'];
export const REGIONS = ['UK & Ireland', 'DACH', 'Nordics', 'Benelux', 'Iberia', 'North America', 'India', 'APAC', 'CEE', 'France'];
