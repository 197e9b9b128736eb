import { confidentialityNotice } from './confidentiality';
import { html, type SafeHtml } from './html';
import type { ReportContext } from './report-context';
import { longDate } from './wording';

/** The title block of a one-role or one-person report: what, whose, as of when, and that it is confidential. */
export function masthead(ctx: ReportContext, eyebrow: string, title: string, subtitle: SafeHtml | string = ''): SafeHtml {
  return html`<header class="masthead">
    <div class="eyebrow">${ctx.plan.organization.name} · ${eyebrow}</div>
    <h1>${title}</h1>
    ${subtitle ? html`<div class="subtitle">${subtitle}</div>` : ''}
    <div class="subtitle small">As of ${longDate(ctx.analysis.asOf)} · generated ${longDate(ctx.generatedOn)}</div>
    ${confidentialityNotice()}
  </header>`;
}
