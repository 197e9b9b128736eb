import { flagAction, flagMessage } from '../../components/flag-text';
import type { Flag, PipelineMetrics } from '../../../shared/domain/analysis/types';
import { flagSubjectLinks, type SubjectNames } from '../../navigation/flag-subject';
import type { PipelineGauge } from '../../../shared/domain/metrics';
import { RouteLink } from '../../navigation/RouteLink';
import type { Plan } from '../../../shared/domain/plan/schema';
import { FirstRoles } from './FirstRoles';

const GAUGE_ADVICE: Record<PipelineGauge['key'], string> = {
  readyNowCoverage: 'Too few roles have a successor ready now. Review the slates on the Succession screen.',
  pipelineDepth: 'Slates are thin. Nominate more successors for the critical roles.',
  braidedBench: 'Most successors have worked on one side only. Plan cross-side rotations for them.',
};

/** The one thing to look at first: the most urgent critical flag, else the weakest pipeline figure. */
export function StartHere({ plan, flags, metrics, weakest, names }: { plan: Plan; flags: Flag[]; metrics: PipelineMetrics; weakest: PipelineGauge | null; names: SubjectNames }) {
  const first = flags.find((f) => f.severity === 'critical');
  if (first) {
    const link = flagSubjectLinks(first, names)[0];
    return (
      <section className="dash-start" data-tone="critical" aria-labelledby="dash-start-title">
        <h2 id="dash-start-title">Start here</h2>
        <p>
          <strong>
            {metrics.flags.critical} critical {metrics.flags.critical === 1 ? 'flag' : 'flags'}.
          </strong>{' '}
          The first: {flagMessage(first)}
        </p>
        {first.action && <p className="dash-start-action">{flagAction(first)}</p>}
        {link && (
          <RouteLink route={link.route} className="button primary">
            Open {link.label}
          </RouteLink>
        )}
      </section>
    );
  }
  // A plan without roles has no figure to be on target: never "good shape".
  if (metrics.roles === 0) return <FirstRoles plan={plan} />;
  if (weakest && !weakest.onTarget) {
    return (
      <section className="dash-start" data-tone="warning" aria-labelledby="dash-start-title">
        <h2 id="dash-start-title">Start here</h2>
        <p>No critical flags. {GAUGE_ADVICE[weakest.key]}</p>
        <RouteLink route={{ screen: 'succession' }} className="button primary">
          Open Succession
        </RouteLink>
      </section>
    );
  }
  return (
    <section className="dash-start" data-tone="ok" aria-labelledby="dash-start-title">
      <h2 id="dash-start-title">The pipeline is in good shape</h2>
      <p>No critical flags, and every pipeline figure is on target. The warnings below are next.</p>
    </section>
  );
}
