import type { ReactNode } from 'react';
import type { AuditEntry } from '../../../shared/domain/audit/types';
import { usePersonDistinguisher } from '../../components/PersonLabel';
import '../../components/person-label.css';
import { useBraid } from '../../store';

/**
 * An audit entry's sentence, with what tells each person in it apart from a namesake written right
 * after their name — "Omar Haddad (Engineering Manager) nominated as a successor for …" — as the
 * chips and pickers write it. The stored sentence stays as it was recorded (and as the CSV gives it).
 */
export function AuditSummary({ entry }: { entry: Pick<AuditEntry, 'summary' | 'personIds' | 'names'> }) {
  const distinguish = usePersonDistinguisher();
  const people = useBraid((s) => s.plan?.people);
  let parts: ReactNode[] = [entry.summary];
  for (const personId of entry.personIds) {
    const detail = distinguish(personId);
    if (!detail) continue;
    const current = people?.find((p) => p.id === personId)?.name;
    // The name as it was at the time (a rename since then leaves the sentence as recorded).
    const name = [current, ...entry.names].find((n) => n && entry.summary.includes(n));
    if (!name) continue;
    parts = withDetailAfter(parts, name, <span key={personId} className="person-detail"> ({detail})</span>);
  }
  return <>{parts}</>;
}

/** The parts with `detail` placed after the first whole-text occurrence of `name` in a string part. */
function withDetailAfter(parts: ReactNode[], name: string, detail: ReactNode): ReactNode[] {
  const at = parts.findIndex((part) => typeof part === 'string' && part.includes(name));
  if (at < 0) return parts;
  const text = parts[at] as string;
  const end = text.indexOf(name) + name.length;
  return [...parts.slice(0, at), text.slice(0, end), detail, text.slice(end), ...parts.slice(at + 1)];
}
