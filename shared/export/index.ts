import { analyzePlan } from '../domain/analysis';
import type { PlanAnalysis } from '../domain/analysis/types';
import type { Plan } from '../domain/plan/schema';
import { EXPORT_TABLES, type ExportTable, type ExportTableName } from './export-table';
import { assessmentsTable, peopleTable, rotationsTable } from './roster-tables';
import { flagsTable, rolesTable } from './succession-tables';
import { costTable } from './cost-table';
import { actionsTable } from './actions-table';

export { EXPORT_TABLES, ExportRequest, ExportedBytes, type ExportTable, type ExportTableName, type ExportCell, type ExportColumn } from './export-table';
export { neutraliseFormula } from '../domain/text/neutralise';
export { nineBoxText } from './roster-tables';

const BUILDERS: Record<ExportTableName, (plan: Plan, analysis: PlanAnalysis) => ExportTable> = {
  people: peopleTable,
  assessments: assessmentsTable,
  rotations: rotationsTable,
  actions: actionsTable,
  roles: rolesTable,
  flags: flagsTable,
  cost: costTable,
};

/** The named tables of a plan, analysed once. */
export function exportTables(plan: Plan, names: readonly ExportTableName[] = EXPORT_TABLES, analysis = analyzePlan(plan)): ExportTable[] {
  return names.map((name) => BUILDERS[name](plan, analysis));
}
