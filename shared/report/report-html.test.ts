import { describe, expect, it } from 'vitest';
import { analyzePlan } from '../domain/analysis';
import { buildReport, ReportRequestError, type ReportRequest } from './index';
import { reportPlan, SCRIPT_NAMES } from './testing/report-plan';

const plan = reportPlan();
const analysis = analyzePlan(plan);
const build = (request: ReportRequest) => buildReport(plan, analysis, request, { generatedOn: '2027-01-05' });

describe('report HTML', () => {
  it('escapes a name that carries markup, everywhere it appears', () => {
    for (const request of [{ report: 'org' }, { report: 'role', roleId: 'cso' }, { report: 'person', personId: 'mallory' }] as const) {
      const { html } = build(request);
      expect(html).not.toMatch(/<script/i);
      expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Mallory');
    }
  });

  it('escapes the organisation name in the header template and keeps the page number fields', () => {
    const hostile = { ...plan, organization: { ...plan.organization, name: 'A&B <img src=x onerror=alert(1)>' } };
    const report = buildReport(hostile, analyzePlan(hostile), { report: 'org' }, { generatedOn: '2027-01-05' });
    expect(report.headerTemplate).toContain('A&amp;B &lt;img src=x onerror=alert(1)&gt;');
    expect(report.headerTemplate).not.toContain('<img');
    expect(report.footerTemplate).toContain('Confidential — HR');
    expect(report.footerTemplate).toContain('Generated 5 January 2027');
    expect(report.footerTemplate).toMatch(/Page <span class="pageNumber"><\/span> of <span class="totalPages"><\/span>/);
  });

  it('builds the organisation report: cover, summary with charts, a section per critical role, the rotation calendar', () => {
    const { html, fileName, title } = build({ report: 'org' });
    expect(title).toBe('Succession plan');
    expect(fileName).toBe('Succession-plan-Northwind-Services-2027-01-01.pdf');
    expect(html).toContain('class="cover"');
    expect(html).toContain('CONFIDENTIAL — HR.');
    expect(html).toContain('id="summary"');
    expect(html).toContain('<title>Pipeline health</title>');
    expect(html).toContain('<title>Flags by severity</title>');
    expect(html.match(/<section class="role-section chapter"/g)).toHaveLength(2);
    expect(html).toContain('id="role-cso"');
    expect(html).toContain('id="role-head-of-security"');
    expect(html).toContain('id="rotation-calendar"');
    for (const name of Object.values(SCRIPT_NAMES)) expect(html).toContain(name);
    // The overlap of प्रिया's two rotations is critical: it is listed in the summary.
    const critical = analysis.flags.filter((f) => f.severity === 'critical');
    expect(critical.map((f) => f.code)).toContain('rotation-overlap');
    for (const flag of critical) expect(html).toContain(flag.message.replace(/&/g, '&amp;').replace(/'/g, '&#39;'));
  });

  it('orders the roles most critical first and groups each slate by readiness', () => {
    const { html } = build({ report: 'org' });
    expect(html.indexOf('id="role-cso"')).toBeLessThan(html.indexOf('id="role-head-of-security"'));
    const cso = html.slice(html.indexOf('id="role-cso"'), html.indexOf('id="role-head-of-security"'));
    const order = ['Ready now (1)', 'Ready in 1–2 years (1)', 'Ready in 3–5 years (1)'].map((t) => cso.indexOf(t));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(cso).toContain('<thead>');
  });

  it("builds one role's plan with a braid picture for every successor", () => {
    const { html, title } = build({ report: 'role', roleId: 'cso' });
    expect(title).toBe('Role succession plan: Chief Service Officer');
    expect(html).not.toContain('class="cover"');
    for (const name of [SCRIPT_NAMES.latin, SCRIPT_NAMES.cyrillic, SCRIPT_NAMES.devanagari]) expect(html).toContain(`Braid picture of ${name}`);
    expect(html).not.toContain('id="role-head-of-security"');
  });

  it("adds the role's audit trail when asked, escaped, and says so when there is none", () => {
    const entry = {
      seq: 3, at: '2027-01-04T09:30:00.000Z', who: 'hr.partner', area: 'readiness' as const, action: 'Change successor',
      summary: 'Zoë <b>Łukasiewicz</b> moved to ready in 1–2 years for Chief Service Officer',
      personIds: ['zoe'], roleIds: ['cso'], rotationIds: [], names: [], before: 'Ready now', after: 'Ready in 1–2 years',
    };
    const { html } = build({ report: 'role', roleId: 'cso', audit: [entry] });
    expect(html).toContain('Changes to this role');
    expect(html).toContain('Zoë &lt;b&gt;Łukasiewicz&lt;/b&gt; moved to ready in 1–2 years');
    expect(html).toContain('hr.partner');
    expect(html).toContain('Ready now');
    expect(build({ report: 'role', roleId: 'cso', audit: [] }).html).toContain('No changes are recorded yet.');
    expect(build({ report: 'role', roleId: 'cso' }).html).not.toContain('Changes to this role');
  });

  it("builds a person's braid profile: picture, threads against a role, exposure, succession, feedback", () => {
    const { html, fileName } = build({ report: 'person', personId: 'anna' });
    expect(fileName).toBe('Braid-profile-Анна-Петрова-2027-01-01.pdf');
    expect(html).toContain(`Braid picture of ${SCRIPT_NAMES.cyrillic}`);
    expect(html).toContain('<title>Thread levels against Chief Service Officer</title>');
    expect(html).toContain('<title>Exposure by domain</title>');
    expect(html).toContain('<title>Braid index</title>');
    expect(html).toContain('Анна ran the renewal reviews with real care');
    expect(html).toContain('Agree a retention plan with Анна Петрова');
  });

  it('compares thread levels with the role the request names', () => {
    const { html } = build({ report: 'person', personId: 'fang', roleId: 'head-of-security' });
    expect(html).toContain('<title>Thread levels against Head of Cybersecurity</title>');
  });

  it('refuses a request that names no role or person, or one that is not in the plan, naming the field', () => {
    expect(() => build({ report: 'role' })).toThrow(ReportRequestError);
    expect(() => build({ report: 'role' })).toThrow(/^roleId: /);
    expect(() => build({ report: 'role', roleId: 'nope' })).toThrow('roleId: there is no role with id "nope" in the plan.');
    expect(() => build({ report: 'person', personId: 'ghost' })).toThrow('personId: there is no person with id "ghost" in the plan.');
  });

  it('locks the document down: no scripts, nothing but inline styles and data: fonts', () => {
    const { html } = build({ report: 'org' });
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; font-src data:; img-src data:">`);
    expect(html).toMatch(/thead \{ display: table-header-group; \}/);
  });

  it('asks for the fonts of exactly the text the document holds', () => {
    let asked = '';
    buildReport(plan, analysis, { report: 'person', personId: 'fang' }, { generatedOn: '2027-01-05', fontCssFor: (text) => ((asked = text), '/*fonts*/') });
    expect(asked).toContain(SCRIPT_NAMES.han);
  });
});
