import type { PersonAnalysis } from '../../../shared/domain/model';
import type { Person, Plan } from '../../../shared/domain/plan/schema';
import { RouteLink } from '../../navigation/RouteLink';
import { nineBoxLongLabel } from '../people/roster';
import { ErasePersonButton } from '../protection';
import { ExportPdfButton, useReportShortcut } from '../reports';
import { LeavesOnButton } from '../scenarios';

interface Props {
  plan: Plan;
  person: Person;
  analysis: PersonAnalysis | undefined;
  onEdit(): void;
  onArchive(): void;
  onRestore(): void;
}

export function ProfileHeader({ plan, person, analysis, onEdit, onArchive, onRestore }: Props) {
  useReportShortcut({ report: 'person', personId: person.id });
  const domain = plan.framework.domains.find((d) => d.id === person.homeDomain);
  const manager = person.managerId ? plan.people.find((p) => p.id === person.managerId) : undefined;
  const nineBox = analysis?.nineBox ? nineBoxLongLabel(`${analysis.nineBox.performance}-${analysis.nineBox.potential}`) : 'not rated';
  return (
    <header className="profile-header">
      <div className="profile-identity">
        <RouteLink route={{ screen: 'people' }} className="profile-back">
          ← People
        </RouteLink>
        <h1>
          {person.name || person.id}
          {person.archived && <span className="badge profile-archived-badge">archived</span>}
        </h1>
        <p className="profile-title">{person.title}</p>
        <ul className="profile-facts">
          <li>
            {domain && <span className={`badge ${domain.side}`}>{domain.side}</span>} {domain?.name ?? person.homeDomain}
          </li>
          <li>{person.track === 'braided' ? 'Braided track' : 'Linear track (no rotations)'}</li>
          <li>9-box: {nineBox}</li>
          {person.flightRisk && <li>Flight risk: {person.flightRisk}</li>}
          {manager && (
            <li>
              Manager: <RouteLink route={{ screen: 'profile', personId: manager.id }}>{manager.name}</RouteLink>
            </li>
          )}
          <li className="muted">id {person.id}</li>
        </ul>
      </div>
      <div className="profile-actions">
        {analysis && (
          <p className="profile-header-index" aria-label={`Braid index ${analysis.braidIndex} of 100`}>
            <span className="profile-header-index-value">{analysis.braidIndex}</span>
            <span className="muted">braid index</span>
          </p>
        )}
        <button type="button" className="button" onClick={onEdit}>
          Edit person
        </button>
        {person.archived ? (
          <button type="button" className="button primary" onClick={onRestore}>
            Bring back to the roster
          </button>
        ) : (
          <button type="button" className="button danger" onClick={onArchive}>
            Archive
          </button>
        )}
        <LeavesOnButton personId={person.id} className="button" />
        <ExportPdfButton report="person" personId={person.id} />
        <ErasePersonButton personId={person.id} />
      </div>
    </header>
  );
}
