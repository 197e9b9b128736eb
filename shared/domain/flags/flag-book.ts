import { severityAllowed, type Flag, type FlagCode, type Severity } from '../model';

/** What a flag is about (its ids, a run of days, a year) and the days its sentence names (`dates`, not part of the id). */
export type FlagSubject = Pick<Flag, 'roleId' | 'personId' | 'rotationIds' | 'hostId' | 'from' | 'to' | 'year' | 'dates'>;

/** Collects the flags of one analysis and gives each an id made of its code and subject ids. */
export class FlagBook {
  readonly flags: Flag[] = [];
  /**
   * The people a flag concerns through rotations that are not their own subject (the people whose
   * rotations crowd a host), so that linking needs no lookup from rotation to owner.
   */
  readonly concerns = new Map<Flag, readonly string[]>();
  private readonly ids = new Set<string>();

  raise(code: FlagCode, severity: Severity, subject: FlagSubject, message: string, action?: string, concerns?: readonly string[]): Flag {
    // The catalogue holds each code's severity rule: a rule that raises it otherwise is a bug, found by any test.
    if (!severityAllowed(code, severity)) throw new Error(`A ${code} flag cannot be ${severity}: see its entry in model/flag-catalogue.ts.`);
    let id: string = code;
    if (subject.roleId !== undefined) id += ':' + subject.roleId;
    if (subject.personId !== undefined) id += ':' + subject.personId;
    // A run at a host is named by the host and its first day, not by the (many) rotations in it.
    if (subject.rotationIds && subject.hostId === undefined) id += ':' + subject.rotationIds.join('+');
    if (subject.hostId !== undefined) id += ':' + subject.hostId;
    if (subject.from !== undefined) id += ':' + subject.from;
    if (subject.year !== undefined) id += ':' + subject.year;
    if (this.ids.has(id)) {
      let n = 2;
      while (this.ids.has(`${id}#${n}`)) n++;
      id = `${id}#${n}`;
    }
    this.ids.add(id);
    const flag: Flag = { id, code, severity, message, ...subject };
    if (subject.dates) flag.dates = [...new Set(subject.dates)];
    if (action !== undefined) flag.action = action;
    this.flags.push(flag);
    if (concerns && concerns.length > 0) this.concerns.set(flag, concerns);
    return flag;
  }
}
