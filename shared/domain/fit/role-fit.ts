import type { Exposure, FitItem, RoleFit } from '../model/types';
import type { Domain, Role } from '../plan/schema';

const item = (kind: FitItem['kind'], required: number, actual: number, threadId?: string): FitItem => {
  const met = actual >= required;
  const fitItem: FitItem = { kind, required, actual, met, shortfall: met ? 0 : required - actual };
  if (threadId !== undefined) fitItem.threadId = threadId;
  return fitItem;
};

/**
 * Role fit (DOMAIN §5): one item per required thread (met when the current level reaches the
 * required level; unassessed is 0), one for frontMonths and one for backMonths (met when current
 * exposure on that side reaches them; 0 months is always met). Fit is the share met.
 */
export function fitOfRole(
  role: Role,
  personId: string,
  current: Pick<Exposure, 'front' | 'back'>,
  levelOf: (threadId: string) => number,
): RoleFit {
  const items: FitItem[] = [];
  const required = role.requirements.threads;
  for (const threadId in required) items.push(item('thread', required[threadId], levelOf(threadId), threadId));
  items.push(item('frontMonths', role.requirements.frontMonths, current.front));
  items.push(item('backMonths', role.requirements.backMonths, current.back));
  const gaps = items.filter((i) => !i.met);
  const fit = items.length === 0 ? 1 : (items.length - gaps.length) / items.length;
  return { roleId: role.id, personId, fit, items, gaps };
}

/** DOMAIN §5: the role's domains include a front and a back domain, or it asks for months on both sides. */
export function roleSpansBothSides(role: Role, domains: ReadonlyMap<string, Pick<Domain, 'side'>>): boolean {
  if (role.requirements.frontMonths > 0 && role.requirements.backMonths > 0) return true;
  let front = false;
  let back = false;
  for (const id of role.domains) {
    const side = domains.get(id)?.side;
    if (side === 'front') front = true;
    else if (side === 'back') back = true;
  }
  return front && back;
}
