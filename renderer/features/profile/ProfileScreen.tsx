import { flagAction, flagMessage } from '../../components/flag-text';
import { useMemo, useState } from 'react';
import { developmentPaths } from '../../../shared/domain/analysis';
import { useBraid } from '../../store';
import { usePlanAnalysis } from '../../store/analysis';
import { RouteLink } from '../../navigation/RouteLink';
import { flagLabel } from '../../../shared/domain/model';
import { setPersonArchived } from '../people/archive-person';
import { ArchiveConfirm, PersonFormDialog } from '../people/PersonFormDialog';
import { BraidIndexCard } from './BraidIndexCard';
import { BraidPicture } from './BraidPicture';
import { ExposureByDomain } from './ExposureByDomain';
import { PersonHistory, PersonRotations } from './PersonHistory';
import { ActingSteps } from './ActingSteps';
import { DevelopmentActions } from './DevelopmentActions';
import { ProfileHeader } from './ProfileHeader';
import { SuccessorRoles } from './SuccessorRoles';
import { DevelopmentPaths } from './DevelopmentPaths';
import { ThreadLevels } from './ThreadLevels';
import { AuditTrail } from '../audit';
import './profile.css';

export default function ProfileScreen() {
  const { plan, analysis } = usePlanAnalysis();
  const personId = useBraid((s) => s.route.personId);
  const [dialog, setDialog] = useState<'edit' | 'archive' | null>(null);
  const person = plan?.people.find((p) => p.id === personId);
  const paths = useMemo(
    () => (plan && analysis && person && !person.archived ? developmentPaths(plan, analysis, person.id) : []),
    [plan, analysis, person],
  );
  if (!plan || !analysis) return null;
  if (!person) {
    return (
      <section className="card profile-missing">
        <h1>Braid profile</h1>
        <p>{personId ? `There is no person with id “${personId}” in this plan.` : 'Choose a person on the People screen.'}</p>
        <RouteLink route={{ screen: 'people' }}>Go to People</RouteLink>
      </section>
    );
  }
  const own = analysis.people.get(person.id);
  const roles = plan.roles.filter((r) => !r.retired && r.successors.some((s) => s.personId === person.id));
  const flags = (own?.flagIds ?? []).map((id) => analysis.flagsById.get(id)!).filter(Boolean);

  return (
    <div className="profile">
      <ProfileHeader
        plan={plan}
        person={person}
        analysis={own}
        onEdit={() => setDialog('edit')}
        onArchive={() => setDialog('archive')}
        onRestore={() => void setPersonArchived(person.id, false)}
      />
      {person.archived && (
        <p className="profile-archived-note" role="note">
          {person.name} is archived: left out of the roster, the flags and the pipeline figures. Their history is kept.
        </p>
      )}
      <BraidPicture plan={plan} analysis={analysis} personId={person.id} />
      {flags.length > 0 && (
        <section className="card profile-flags" aria-labelledby="profile-flags-title">
          <h2 id="profile-flags-title">Flags about {person.name}</h2>
          <ul>
            {flags.map((f) => (
              <li key={f.id}>
                <span className={`badge ${f.severity}`}>{flagLabel(f.code)}</span> {flagMessage(f)}
                {f.action && <span className="muted"> {flagAction(f)}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {own && (
        <div className="profile-grid">
          <div className="profile-column">
            <ThreadLevels plan={plan} person={own} roles={roles} />
            <ExposureByDomain plan={plan} person={own} />
          </div>
          <div className="profile-column">
            <BraidIndexCard plan={plan} person={own} />
            <SuccessorRoles plan={plan} analysis={analysis} personId={person.id} roles={roles} />
            <DevelopmentPaths key={person.id} plan={plan} analysis={analysis} paths={paths} archived={false} />
          </div>
        </div>
      )}
      <PersonRotations plan={plan} analysis={analysis} person={person} />
      <DevelopmentActions plan={plan} analysis={analysis} person={person} />
      <ActingSteps plan={plan} person={person} />
      <PersonHistory plan={plan} person={person} />
      <AuditTrail personId={person.id} title={`Changes about ${person.name || person.id}`} />
      {dialog === 'edit' && <PersonFormDialog personId={person.id} onClose={() => setDialog(null)} />}
      {dialog === 'archive' && (
        <ArchiveConfirm
          name={person.name || person.id}
          onCancel={() => setDialog(null)}
          onConfirm={() => {
            setDialog(null);
            void setPersonArchived(person.id, true);
          }}
        />
      )}
    </div>
  );
}
