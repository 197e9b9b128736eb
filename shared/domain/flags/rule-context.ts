import type { PlanIndex } from '../model/plan-index';
import type { PersonAnalysis, RoleAnalysis } from '../model/types';
import type { FlagBook } from './flag-book';

/** What every flag rule reads: the indexed plan, what was computed per person and role, and where flags go. */
export interface RuleContext {
  index: PlanIndex;
  people: Map<string, PersonAnalysis>;
  roles: Map<string, RoleAnalysis>;
  book: FlagBook;
}
