import { formatMoment } from '../components/dates';
import { useBraid } from '../store';
import { call } from '../platform';

/** Shown when the stored plan could not be opened: says what happened and offers the newest good backup. */
export function ProblemBanner() {
  const problem = useBraid((s) => s.problem);
  const replacePlan = useBraid((s) => s.replacePlan);
  if (!problem) return null;
  const backup = problem.backup;
  return (
    <section className="problem-banner" role="alert" aria-labelledby="problem-title">
      <h2 id="problem-title">Your plan could not be opened</h2>
      <p>{problem.message}</p>
      <p className="muted">
        The file was kept unchanged at <code>{problem.keptAt}</code>.
      </p>
      <ul>
        {problem.errors.slice(0, 6).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {backup ? (
        <button className="button primary" onClick={() => void replacePlan(() => call('backups:restore', { id: backup.id }))}>
          Restore the backup of {formatMoment(backup.createdAt)}
        </button>
      ) : (
        <p>No valid backup was found. You can load the demo or open a plan file.</p>
      )}
    </section>
  );
}
