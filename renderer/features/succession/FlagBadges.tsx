import { flagMessage } from '../../components/flag-text';
import type { Flag } from '../../../shared/domain/analysis/types';
import { flagLabel } from '../../../shared/domain/model';

/** A successor's flags as short badges; the full sentence is the badge's tooltip and is read out with it. */
export function FlagBadges({ flags }: { flags: readonly Flag[] }) {
  if (flags.length === 0) return null;
  return (
    <ul className="flag-badges">
      {flags.map((flag) => (
        <li key={flag.id} className={`badge ${flag.severity}`} title={flagMessage(flag)} data-flag-code={flag.code}>
          {flagLabel(flag.code)}
          <span className="visually-hidden">: {flagMessage(flag)}</span>
        </li>
      ))}
    </ul>
  );
}
