import type { FlagCode, NineBoxBand, PlanAnalysis, Severity } from '../../../shared/domain/analysis/types';
import type { Plan, Side, Track } from '../../../shared/domain/plan/schema';
import { SEVERITY_RANK } from '../../../shared/domain/model';
import { foldForMatch } from '../../../shared/domain/text/fold';
import { isPlaceholderName } from '../../../shared/import/placeholder-names';

/** One person as the roster shows them: everything pre-computed so filtering 10 000 rows stays a cheap loop. */
export interface RosterRow {
  id: string;
  name: string;
  title: string;
  domainId: string;
  domainName: string;
  side: Side | null;
  track: Track;
  /** `performance-potential`, e.g. "high-medium"; '' until both are rated. */
  nineBox: string;
  /** The 1–5 rating, shown on its own while potential is not rated (an import of ratings only). */
  performance: number | null;
  /** null for archived people: they are outside the analysis. */
  braidIndex: number | null;
  front: number | null;
  back: number | null;
  flagCount: number;
  worstSeverity: Severity | null;
  flagCodes: FlagCode[];
  archived: boolean;
  /** Named "Employee <id>" by an import of a file without names, until renamed. */
  placeholder: boolean;
  /** Lower-case, accents removed: name, title, id. */
  searchText: string;
}

export const NINE_BOX_BANDS: NineBoxBand[] = ['high', 'medium', 'low'];
/** "high / medium": performance / potential, short enough for a table cell. */
export const nineBoxLabel = (key: string): string => (key ? key.replace('-', ' / ') : 'not rated');
/** "High performance, medium potential" */
export const nineBoxLongLabel = (key: string): string => {
  if (!key) return 'Not rated';
  const [performance, potential] = key.split('-');
  return `${performance.charAt(0).toUpperCase()}${performance.slice(1)} performance, ${potential} potential`;
};



export function rosterRowsOf(plan: Plan, analysis: PlanAnalysis): RosterRow[] {
  const domains = new Map(plan.framework.domains.map((d) => [d.id, d]));
  return plan.people.map((person) => {
    const a = analysis.people.get(person.id);
    const codes = new Set<FlagCode>();
    let worst: Severity | null = null;
    for (const flagId of a?.flagIds ?? []) {
      const flag = analysis.flagsById.get(flagId);
      if (!flag) continue;
      codes.add(flag.code);
      if (worst === null || SEVERITY_RANK[flag.severity] < SEVERITY_RANK[worst]) worst = flag.severity;
    }
    const domain = domains.get(person.homeDomain);
    return {
      id: person.id,
      name: person.name,
      title: person.title,
      domainId: person.homeDomain,
      domainName: domain?.name ?? person.homeDomain,
      side: domain?.side ?? null,
      track: person.track,
      nineBox: a?.nineBox ? `${a.nineBox.performance}-${a.nineBox.potential}` : '',
      performance: person.performance,
      braidIndex: a ? a.braidIndex : null,
      front: a ? a.current.front : null,
      back: a ? a.current.back : null,
      flagCount: a?.flagIds.length ?? 0,
      worstSeverity: worst,
      flagCodes: [...codes],
      archived: person.archived === true,
      placeholder: isPlaceholderName(person),
      searchText: foldForMatch(`${person.name} ${person.title} ${person.id}`),
    };
  });
}

export interface RosterFilter {
  text: string;
  domain: string;
  side: Side | '';
  track: Track | '';
  /** A 9-box key, 'none' for not rated, '' for any. */
  nineBox: string;
  /** A flag code, 'any' for any flag, 'none' for no flag, '' for no filter. */
  flag: FlagCode | 'any' | 'none' | '';
  showArchived: boolean;
}

export const NO_FILTER: RosterFilter = { text: '', domain: '', side: '', track: '', nineBox: '', flag: '', showArchived: false };

/** Every word typed must appear somewhere in the name, title or id. */
export function filterRoster(rows: readonly RosterRow[], filter: RosterFilter): RosterRow[] {
  const words = foldForMatch(filter.text).split(/\s+/).filter(Boolean);
  return rows.filter((row) => {
    if (row.archived && !filter.showArchived) return false;
    if (filter.domain && row.domainId !== filter.domain) return false;
    if (filter.side && row.side !== filter.side) return false;
    if (filter.track && row.track !== filter.track) return false;
    if (filter.nineBox && (filter.nineBox === 'none' ? row.nineBox !== '' : row.nineBox !== filter.nineBox)) return false;
    if (filter.flag === 'any' && row.flagCount === 0) return false;
    if (filter.flag === 'none' && row.flagCount > 0) return false;
    if (filter.flag && filter.flag !== 'any' && filter.flag !== 'none' && !row.flagCodes.includes(filter.flag)) return false;
    for (const word of words) if (!row.searchText.includes(word)) return false;
    return true;
  });
}

export type RosterColumn = 'name' | 'title' | 'domainName' | 'track' | 'nineBox' | 'braidIndex' | 'front' | 'back' | 'flagCount';
export interface RosterSort {
  column: RosterColumn;
  descending: boolean;
}

const BAND_RANK: Record<string, number> = { low: 0, medium: 1, high: 2 };
const nineBoxRank = (key: string): number => {
  if (!key) return -1;
  const [performance, potential] = key.split('-');
  return BAND_RANK[potential] * 3 + BAND_RANK[performance];
};
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * Sorts a copy. Empty values (not rated, archived) go last whichever the direction, and ties keep
 * name order, so a sorted roster reads the same every time.
 */
export function sortRoster(rows: readonly RosterRow[], sort: RosterSort): RosterRow[] {
  const { column, descending } = sort;
  const value = (row: RosterRow): string | number | null => {
    if (column === 'nineBox') return row.nineBox ? nineBoxRank(row.nineBox) : null;
    const v = row[column];
    return v === '' ? null : v;
  };
  const keyed = rows.map((row) => ({ row, key: value(row) }));
  keyed.sort((a, b) => {
    if (a.key === null || b.key === null) {
      if (a.key !== b.key) return a.key === null ? 1 : -1;
    } else {
      const order = typeof a.key === 'number' && typeof b.key === 'number' ? a.key - b.key : collator.compare(String(a.key), String(b.key));
      if (order !== 0) return descending ? -order : order;
    }
    return collator.compare(a.row.name, b.row.name);
  });
  return keyed.map((k) => k.row);
}
