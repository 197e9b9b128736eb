import type { Domain, Side } from '../plan/schema';

/**
 * The framework's domains in the form exposure sums over: an index per domain id, the side of
 * each, and scratch space, so that a person costs no map or array.
 */
export interface DomainTable {
  ids: string[];
  indexOf: Map<string, number>;
  sides: Side[];
  scratch: { current: Float64Array; projected: Float64Array };
}

export function domainTableOf(domains: Iterable<Domain>): DomainTable {
  const byId = new Map<string, Domain>();
  for (const d of domains) byId.set(d.id, d);
  const ids = [...byId.keys()];
  return {
    ids,
    indexOf: new Map(ids.map((id, i) => [id, i])),
    sides: ids.map((id) => byId.get(id)!.side),
    scratch: { current: new Float64Array(ids.length), projected: new Float64Array(ids.length) },
  };
}
