import { join } from 'node:path';
import { UserFacingError } from '../../../shared/api/dispatch';
import { analyzePlan } from '../../../shared/domain/analysis';
import type { Plan } from '../../../shared/domain/plan/schema';
import { todayIso } from '../../../shared/domain/time';
import { buildReport, ReportRequestError, type Paper, type ReportRequest } from '../../../shared/report';
import { ChromiumNotFoundError } from '../chromium-path';
import type { PrintPdf } from '../ports';
import { bundledReportFonts } from './report-fonts';

export interface ReportPdf {
  fileName: string;
  bytes: Uint8Array;
}

const fontsByDir = new Map<string, (text: string) => string>();

function fontsIn(resourcesDir: string): (text: string) => string {
  const dir = join(resourcesDir, 'fonts');
  let fonts = fontsByDir.get(dir);
  if (!fonts) {
    fonts = bundledReportFonts(dir);
    fontsByDir.set(dir, fonts);
  }
  return fonts;
}

/** Builds a report from the plan and prints it; the one path the contract operation and the CLI share. */
export async function reportPdf(
  plan: Plan,
  request: ReportRequest & { paper: Paper },
  ports: { printPdf: PrintPdf; resourcesDir: string; today?: string },
): Promise<ReportPdf> {
  let built;
  try {
    built = buildReport(plan, analyzePlan(plan), request, { generatedOn: ports.today ?? todayIso(), fontCssFor: fontsIn(ports.resourcesDir) });
  } catch (error) {
    if (error instanceof ReportRequestError) throw new UserFacingError(error.message);
    throw error;
  }
  try {
    const bytes = await ports.printPdf(built.html, { paper: request.paper, headerTemplate: built.headerTemplate, footerTemplate: built.footerTemplate });
    return { fileName: built.fileName, bytes };
  } catch (error) {
    if (error instanceof ChromiumNotFoundError) throw new UserFacingError('PDF reports need Chromium or Google Chrome, and none was found.', [error.message]);
    throw error;
  }
}
