import { formatDay } from '../../components/dates';

export type WhatIfKind = 'leave' | 'slip' | 'vacancy' | 'capacity';

/** The sentence a what-if is named by, also the name of a scenario made for it: "If Анна Петрова leaves on 1 Mar 2027". */
export function whatIfSentence(kind: WhatIfKind, subject: string, value: string | number, locale?: string): string {
  switch (kind) {
    case 'leave':
      return `If ${subject} leaves on ${formatDay(String(value), locale)}`;
    case 'slip': {
      const months = Number(value);
      const amount = `${Math.abs(months)} ${Math.abs(months) === 1 ? 'month' : 'months'}`;
      return months < 0 ? `If ${subject} comes ${amount} early` : `If ${subject} slips by ${amount}`;
    }
    case 'vacancy':
      return `If ${subject} falls vacant on ${formatDay(String(value), locale)}`;
    case 'capacity':
      return `If ${subject} takes ${value} at a time`;
  }
}

export const WHAT_IF_ACTION_LABELS: Record<WhatIfKind, string> = {
  leave: 'Leaves on…',
  slip: 'Slips by…',
  vacancy: 'Falls vacant on…',
  capacity: 'Capacity…',
};
