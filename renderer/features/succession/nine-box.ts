import type { NineBoxBand, PlanAnalysis } from '../../../shared/domain/analysis/types';
import type { Person, Plan, Side } from '../../../shared/domain/plan/schema';
import { NINE_BOX_CELL_NAMES as CELL_NAMES, performanceBand } from '../../../shared/domain/threads/nine-box';

export type NineBoxPopulation = 'successors' | 'everyone';

export interface NineBoxFilter {
  population: NineBoxPopulation;
  /** A home domain id, or '' for all. */
  domain: string;
  /** The side of the home domain, or '' for both. */
  side: Side | '';
}

export interface NineBoxCellGroup {
  performance: NineBoxBand;
  potential: NineBoxBand;
  /** The usual talent-review name of the cell. */
  name: string;
  people: Person[];
}

const BANDS: NineBoxBand[] = ['low', 'medium', 'high'];

const collator = new Intl.Collator(undefined, { sensitivity: 'base' });

/**
 * The 9-box of DOMAIN §3: nine cells, rows by potential (high at the top), columns by performance
 * (low on the left), each with the people in it sorted by name. People not yet rated on both
 * axes are counted apart: they have no cell.
 */
export function nineBoxCells(plan: Plan, analysis: PlanAnalysis, filter: NineBoxFilter): { cells: NineBoxCellGroup[]; unrated: number; performanceOnly: Record<NineBoxBand, number>; total: number } {
  const sides = new Map(plan.framework.domains.map((d) => [d.id, d.side]));
  const successors = new Set<string>();
  if (filter.population === 'successors') for (const role of plan.roles) if (!role.retired) for (const s of role.successors) successors.add(s.personId);

  const cells = new Map<string, NineBoxCellGroup>();
  for (const potential of [...BANDS].reverse()) {
    for (const performance of BANDS) cells.set(`${potential}/${performance}`, { performance, potential, name: CELL_NAMES[potential][performance], people: [] });
  }
  let unrated = 0;
  let total = 0;
  // Rated on performance alone (an import without potential): counted by band, so the ratings show at once.
  const performanceOnly: Record<NineBoxBand, number> = { high: 0, medium: 0, low: 0 };
  for (const person of plan.people) {
    if (person.archived) continue;
    if (filter.population === 'successors' && !successors.has(person.id)) continue;
    if (filter.domain && person.homeDomain !== filter.domain) continue;
    if (filter.side && sides.get(person.homeDomain) !== filter.side) continue;
    total++;
    const box = analysis.people.get(person.id)?.nineBox;
    if (!box) {
      unrated++;
      if (person.performance !== null) performanceOnly[performanceBand(person.performance)]++;
      continue;
    }
    cells.get(`${box.potential}/${box.performance}`)!.people.push(person);
  }
  for (const cell of cells.values()) cell.people.sort((a, b) => collator.compare(a.name, b.name));
  return { cells: [...cells.values()], unrated, performanceOnly, total };
}
