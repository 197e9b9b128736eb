import { formatDay } from '../../components/dates';
import { ExportPdfButton, useReportShortcut } from '../reports';
import { useMemo } from 'react';
import { resolvePolicy } from '../../../shared/domain/plan/defaults';
import { usePlanAnalysis } from '../../store/analysis';
import { FlagBoard } from './FlagBoard';
import { subjectNamesOf } from '../../navigation/flag-subject';
import { MetricTiles } from './MetricTiles';
import { pipelineGauges, weakestGauge } from '../../../shared/domain/metrics';
import { StartHere } from './StartHere';
import { UpcomingRotations } from './UpcomingRotations';
import './dashboard.css';

export default function DashboardScreen() {
  const { plan, analysis } = usePlanAnalysis();
  const names = useMemo(() => (plan ? subjectNamesOf(plan) : null), [plan]);
  useReportShortcut(plan ? { report: 'org' } : null);
  if (!plan || !analysis || !names) return null;
  const { metrics } = analysis;
  const policy = resolvePolicy(plan.framework);
  const gauges = pipelineGauges(metrics, policy);
  const weakest = weakestGauge(gauges, metrics);
  return (
    <div className="dash">
      <header className="dash-header">
        <h1>Pipeline</h1>
        <p className="muted">
          {plan.organization.name} · as of <time dateTime={analysis.asOf}>{formatDay(analysis.asOf)}</time>
          {plan.organization.asOf === null && ' (today)'}
        </p>
        <ExportPdfButton report="org" />
      </header>
      <StartHere plan={plan} flags={analysis.flags} metrics={metrics} weakest={weakest} names={names} />
      <MetricTiles metrics={metrics} gauges={gauges} weakest={weakest} />
      <div className="dash-columns">
        <FlagBoard flags={analysis.flags} names={names} stagnationMonths={policy.stagnationMonths} />
        <UpcomingRotations plan={plan} asOf={analysis.asOf} names={names} />
      </div>
    </div>
  );
}
