import type { PlanAnalysis } from '../domain/model';
import { personName } from '../domain/flags/wording';
import type { Plan } from '../domain/plan/schema';
import { ORG_REPORT_NAME, orgReportBody } from './org-report';
import { PERSON_REPORT_NAME, personReportBody } from './person-report';
import { footerTemplate, headerTemplate } from './print-templates';
import { reportContext } from './report-context';
import { reportDocument } from './report-document';
import { ROLE_REPORT_NAME, roleReportBody } from './role-report';
import { reportFileStem, roleName } from './wording';
import { html, trustedMarkup, type SafeHtml } from './html';
import { COMPARE_MAX, COMPARE_MIN, reviewsOf } from '../domain/review';
import { REVIEW_COMPARE_NAME, reviewCompareBody } from './review-compare';
import { REVIEW_OUTCOMES_NAME, reviewOutcomesBody } from './review-outcomes';
import { REVIEW_PRINT_CSS } from './review-nine-box';
import { auditSection } from './audit-section';
import type { AuditEntry } from '../domain/audit/types';
import { scenarioReportBody, type ScenarioReportInput } from './scenario-report';

export type ReportKind = 'org' | 'role' | 'person' | 'review-outcomes' | 'review-compare' | 'scenario';
export type Paper = 'a4' | 'letter';

export interface ReportRequest {
  report: ReportKind;
  roleId?: string;
  personId?: string;
  /** Review reports: the session, and for a comparison the 2–4 people compared. */
  reviewId?: string;
  personIds?: readonly string[];
  /** Role report only: the role's audit trail, printed as "Changes to this role". */
  audit?: readonly AuditEntry[];
  /** Scenario report: the scenario and its comparison with the plan (the service reads them from the data folder). */
  scenario?: ScenarioReportInput;
}

export interface BuiltReport {
  /** The report's name, as the header and the PDF title say it. */
  title: string;
  fileName: string;
  html: string;
  headerTemplate: string;
  footerTemplate: string;
}

export interface BuildOptions {
  /** ISO date the report is generated on. */
  generatedOn: string;
  /** The @font-face rules for the text of the document (the fonts it needs, embedded). */
  fontCssFor?: (text: string) => string;
}

/** A request that names no role or person, or one that is not in the plan: the message names the field. */
export class ReportRequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReportRequestError';
  }
}

function pick<T extends { id: string }>(list: readonly T[], id: string | undefined, field: 'roleId' | 'personId' | 'reviewId', what: string): T {
  if (!id) throw new ReportRequestError(`${field}: a ${what} report needs a ${what} — choose one.`);
  const found = list.find((item) => item.id === id);
  if (!found) throw new ReportRequestError(`${field}: there is no ${what} with id "${id}" in the plan.`);
  return found;
}

/** Builds one of the three reports as a printable HTML document, with its header, footer and file name. */
export function buildReport(plan: Plan, analysis: PlanAnalysis, request: ReportRequest, options: BuildOptions): BuiltReport {
  const ctx = reportContext(plan, analysis, options.generatedOn);
  const org = plan.organization.name;
  let name: string;
  let subject: string;
  let body: SafeHtml;
  if (request.report === 'org') {
    name = ORG_REPORT_NAME;
    subject = org;
    body = orgReportBody(ctx);
  } else if (request.report === 'role') {
    const role = pick(plan.roles.filter((r) => !r.retired), request.roleId, 'roleId', 'role');
    name = `${ROLE_REPORT_NAME}: ${roleName(role)}`;
    subject = roleName(role);
    body = request.audit ? html`${roleReportBody(ctx, role)}${auditSection('Changes to this role', request.audit)}` : roleReportBody(ctx, role);
  } else if (request.report === 'scenario') {
    if (!request.scenario) throw new ReportRequestError('scenarioId: a scenario report needs a scenario — choose one.');
    name = `Scenario: ${request.scenario.name}`;
    subject = request.scenario.name;
    body = scenarioReportBody(ctx, request.scenario);
  } else if (request.report === 'review-outcomes' || request.report === 'review-compare') {
    const review = pick(reviewsOf(plan), request.reviewId, 'reviewId', 'talent review');
    if (request.report === 'review-outcomes') {
      if (review.status !== 'signed-off') throw new ReportRequestError(`reviewId: "${review.title}" is still a draft; its outcomes print once it is signed off.`);
      name = `${REVIEW_OUTCOMES_NAME}: ${review.title}`;
      body = html`${trustedMarkup(`<style>${REVIEW_PRINT_CSS}</style>`)}${reviewOutcomesBody(ctx, review)}`;
    } else {
      const ids = request.personIds ?? [];
      if (ids.length < COMPARE_MIN || ids.length > COMPARE_MAX) throw new ReportRequestError(`personIds: a comparison takes ${COMPARE_MIN} to ${COMPARE_MAX} people, not ${ids.length}.`);
      for (const id of ids) pick(plan.people, id, 'personId', 'person');
      name = REVIEW_COMPARE_NAME;
      body = html`${trustedMarkup(`<style>${REVIEW_PRINT_CSS}</style>`)}${reviewCompareBody(ctx, ids, request.roleId)}`;
    }
    subject = review.title;
  } else {
    const person = pick(plan.people, request.personId, 'personId', 'person');
    name = `${PERSON_REPORT_NAME}: ${personName(person)}`;
    subject = personName(person);
    body = personReportBody(ctx, person, request.roleId);
  }
  const title = `${name} — ${org}`;
  const fontCss = options.fontCssFor?.(title + body.markup) ?? '';
  const kindStem = { person: 'Braid-profile', 'review-outcomes': 'Talent-review', 'review-compare': 'Successors-compared', scenario: 'Scenario' }[request.report as string] ?? 'Succession-plan';
  return {
    title: name,
    fileName: `${kindStem}-${reportFileStem(subject)}-${analysis.asOf}.pdf`,
    html: reportDocument(title, body, fontCss),
    headerTemplate: headerTemplate(org, name),
    footerTemplate: footerTemplate(options.generatedOn),
  };
}
