import { FLAG_CATALOGUE, FLAG_CODES, SEVERITY_RANK, type Flag } from '../model';
import type { RuleContext } from '../flags';


export interface FlagLinks {
  flags: Flag[];
  flagsById: Map<string, Flag>;
  flagsByRotation: Map<string, string[]>;
  flagsByHost: Map<string, string[]>;
}

/** The flag list of everyone and every role without flags: shared, frozen, replaced on the first flag. */
export const NO_FLAGS: string[] = Object.freeze([]) as unknown as string[];

/** Adds a flag id to a person's or role's list once (a flag's subjects are linked one after another). */
function note(holder: { flagIds: string[] } | undefined, id: string): void {
  if (!holder) return;
  if (holder.flagIds === NO_FLAGS) holder.flagIds = [id];
  else if (holder.flagIds[holder.flagIds.length - 1] !== id) holder.flagIds.push(id);
}

const push = (map: Map<string, string[]>, key: string, id: string): void => {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
};

/**
 * Orders the flags (as `byFlagOrder`: critical first, then by the catalogue's rank, then as raised) and links
 * each to its subjects: roles, hosts, rotations, and people — directly or through their rotations.
 */
export function linkFlags(ctx: RuleContext): FlagLinks {
  // A bucket per (severity, code): linear, and stable within each bucket.
  const buckets: Flag[][] = Array.from({ length: 3 * FLAG_CODES.length }, () => []);
  const raised = ctx.book.flags;
  for (let i = 0; i < raised.length; i++) {
    const flag = raised[i];
    buckets[SEVERITY_RANK[flag.severity] * FLAG_CODES.length + FLAG_CATALOGUE[flag.code].rank].push(flag);
  }
  const flags: Flag[] = [];
  for (const bucket of buckets) for (let i = 0; i < bucket.length; i++) flags.push(bucket[i]);

  const flagsById = new Map<string, Flag>();
  const flagsByRotation = new Map<string, string[]>();
  const flagsByHost = new Map<string, string[]>();
  for (let i = 0; i < flags.length; i++) {
    const flag = flags[i];
    flagsById.set(flag.id, flag);
    if (flag.roleId !== undefined) note(ctx.roles.get(flag.roleId), flag.id);
    if (flag.hostId !== undefined) push(flagsByHost, flag.hostId, flag.id);
    if (flag.personId !== undefined) note(ctx.people.get(flag.personId), flag.id);
    const concerned = ctx.book.concerns.get(flag);
    if (concerned) for (let j = 0; j < concerned.length; j++) note(ctx.people.get(concerned[j]), flag.id);
    if (!flag.rotationIds) continue;
    for (let j = 0; j < flag.rotationIds.length; j++) push(flagsByRotation, flag.rotationIds[j], flag.id);
  }
  return { flags, flagsById, flagsByRotation, flagsByHost };
}
