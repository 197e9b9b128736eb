import type { Plan } from '../domain/plan/schema';
import { neutraliseFormula } from '../domain/text/neutralise';
import type { ExportTable } from '../export/export-table';

/**
 * The template HR can fill in when their HRIS export is hard to map: the headers Braid
 * reads best (each one is an exact spelling the guess knows), and, for the workbook, a
 * second sheet saying what each column holds, whether it is needed and an example.
 */

interface TemplateColumn {
  header: string;
  holds: string;
  needed: string;
  example: string;
  type: 'text' | 'number' | 'date';
}

function templateColumns(plan: Plan): TemplateColumn[] {
  const domains = plan.framework.domains.map((d) => d.name).join(', ');
  const columns: TemplateColumn[] = [
    { header: 'Employee ID', holds: 'The id of the person in your HRIS; the same on every export. People already in the plan are matched by it and updated.', needed: 'Every row', example: 'E1042', type: 'text' },
    { header: 'Full Name', holds: 'The name as it should appear in Braid and its reports. Or use First Name and Last Name columns instead.', needed: 'New people', example: 'Zoë Łukasiewicz', type: 'text' },
    { header: 'Work Email', holds: 'Finds a person already in the plan under another id, so the import offers to update them instead of adding a duplicate.', needed: 'No', example: 'zoe@example.com', type: 'text' },
    { header: 'Job Title', holds: 'The person’s title.', needed: 'No', example: 'Delivery Lead', type: 'text' },
    { header: 'Department', holds: `Their home domain: one of ${domains}, or a department of yours (the import offers to add it as a new domain).`, needed: 'New people', example: plan.framework.domains[0]?.name ?? 'Sales', type: 'text' },
    { header: 'Manager ID', holds: 'The Employee ID of their manager, in this file or in the plan.', needed: 'No', example: 'E1001', type: 'text' },
    { header: 'Track', holds: 'braided (open to rotations across both sides) or linear (a specialist path).', needed: 'No (braided)', example: 'braided', type: 'text' },
    { header: 'Performance Rating', holds: 'The latest rating, 1–5. Another scale (1–4, 1–10) is converted; the preview asks which scale it is when the values could be either.', needed: 'No', example: '4', type: 'number' },
    { header: 'Potential', holds: 'low, medium or high.', needed: 'No', example: 'high', type: 'text' },
    { header: 'Flight Risk', holds: 'low, medium or high: the risk of losing them.', needed: 'No', example: 'low', type: 'text' },
    { header: 'In Department Since', holds: 'When they started in their home domain (YYYY-MM-DD, or as Excel shows a date): an ongoing experience entry there.', needed: 'No', example: '2019-04-01', type: 'date' },
    { header: 'Years in Department', holds: 'Used when there is no date: their experience starts that many years before the plan’s as-of date, to the month.', needed: 'No', example: '6.5', type: 'number' },
  ];
  for (const thread of plan.framework.threads) {
    columns.push({ header: `${thread.name} Level`, holds: `The level of ${thread.name}, 1 Aware … 5 Expert.`, needed: 'No', example: '3', type: 'number' });
  }
  columns.push(
    { header: 'Assessment Date', holds: 'When the levels above were assessed (YYYY-MM-DD).', needed: 'With levels', example: '2026-03-01', type: 'date' },
    { header: 'Assessment Source', holds: 'self, manager, 360 or host.', needed: 'No (manager)', example: 'manager', type: 'text' },
  );
  return columns;
}

/** The sheet to fill in: headers only, so no example row is ever imported by mistake. */
export function templateTable(plan: Plan): ExportTable {
  const columns = templateColumns(plan).map((c) => ({ header: c.header, type: c.type, width: Math.max(12, c.header.length + 2) }));
  return { name: 'people', title: 'People', columns, rows: [] };
}

/** The second sheet of the workbook: what each column of the first holds. */
export function templateGuideTable(plan: Plan): ExportTable {
  return {
    name: 'people',
    title: 'What each column holds',
    columns: [
      { header: 'Column', type: 'text', width: 24 },
      { header: 'What it holds', type: 'text', width: 90 },
      { header: 'Needed for', type: 'text', width: 14 },
      { header: 'Example', type: 'text', width: 18 },
    ],
    rows: templateColumns(plan).map((c) => [c.header, c.holds, c.needed, c.example].map(neutraliseFormula)),
  };
}
