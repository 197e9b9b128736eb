import { todayIso } from '../../../shared/domain/time';
import { useBraid } from '../../store';
import { WhatIfButton } from './WhatIfButton';
import { WhatIfDialog } from './WhatIfDialog';

/**
 * The what-ifs where their subjects are (DOMAIN §8.5): each reads its subject from the plan on
 * screen, so a roster row, a profile or a slate card needs only the id.
 */

const asOfOf = (asOf: string | null | undefined): string => asOf ?? todayIso();

export function LeavesOnButton({ personId, className }: { personId: string; className?: string }) {
  const person = useBraid((s) => s.plan?.people.find((p) => p.id === personId));
  const asOf = useBraid((s) => s.plan?.organization.asOf);
  if (!person || person.archived) return null;
  return <WhatIfButton className={className} subject={{ kind: 'leave', id: personId, name: person.name || person.id, initial: asOfOf(asOf) }} />;
}

export function SlipsByButton({ rotationId, className }: { rotationId: string; className?: string }) {
  const plan = useBraid((s) => s.plan);
  const rotation = plan?.rotations.find((r) => r.id === rotationId);
  if (!plan || !rotation || rotation.status === 'completed' || rotation.status === 'cancelled') return null;
  const person = plan.people.find((p) => p.id === rotation.personId)?.name ?? rotation.personId;
  const host = plan.hosts.find((h) => h.id === rotation.hostId)?.name ?? rotation.hostId;
  return <WhatIfButton className={className} subject={{ kind: 'slip', id: rotationId, name: `${person}’s rotation at ${host}`, initial: 3 }} />;
}

export function FallsVacantButton({ roleId, className }: { roleId: string; className?: string }) {
  const role = useBraid((s) => s.plan?.roles.find((r) => r.id === roleId));
  const asOf = useBraid((s) => s.plan?.organization.asOf);
  if (!role) return null;
  return <WhatIfButton className={className} subject={{ kind: 'vacancy', id: roleId, name: role.title, initial: role.expectedVacancy ?? asOfOf(asOf) }} />;
}

export function CapacityButton({ hostId, className }: { hostId: string; className?: string }) {
  const host = useBraid((s) => s.plan?.hosts.find((h) => h.id === hostId));
  if (!host) return null;
  return <WhatIfButton className={className} subject={{ kind: 'capacity', id: hostId, name: host.name, initial: host.capacity }} />;
}

/** The *leaves on…* dialog alone, for a menu item that opens it (the slate card's). */
export function LeaveDialog({ personId, onClose }: { personId: string; onClose(): void }) {
  const person = useBraid((s) => s.plan?.people.find((p) => p.id === personId));
  const asOf = useBraid((s) => s.plan?.organization.asOf);
  if (!person) return null;
  return <WhatIfDialog subject={{ kind: 'leave', id: personId, name: person.name || person.id, initial: asOfOf(asOf) }} onClose={onClose} />;
}
