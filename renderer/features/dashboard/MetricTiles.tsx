import type { PipelineMetrics } from '../../../shared/domain/analysis/types';
import { gaugeStatusText, type PipelineGauge } from '../../../shared/domain/metrics';

const percent = (share: number) => `${Math.round(share * 100)}%`;

interface Props {
  metrics: PipelineMetrics;
  gauges: PipelineGauge[];
  weakest: PipelineGauge | null;
}


/** The pipeline in six figures, each with a line on what it means. */
export function MetricTiles({ metrics, gauges, weakest }: Props) {
  const gauge = (key: PipelineGauge['key']) => gauges.find((g) => g.key === key)!;
  const { rotations } = metrics;
  const pipeline = [
    {
      key: 'readyNowCoverage' as const,
      label: 'Ready-now coverage',
      value: percent(metrics.readyNowCoverage),
      meaning: 'of critical roles have a successor who could step in today.',
      net: `Net ${percent(metrics.netReadyNowCoverage)}: roles that can each get a different ready-now successor.`,
    },
    {
      key: 'pipelineDepth' as const,
      label: 'Pipeline depth',
      value: metrics.pipelineDepth.toFixed(1),
      meaning: 'successors per role on average, whatever their readiness.',
    },
    {
      key: 'braidedBench' as const,
      label: 'Braided bench',
      value: percent(metrics.braidedBench),
      meaning: 'of successors have real time on both the front and the back side.',
    },
  ];
  return (
    <div className="dash-tiles">
      {pipeline.map((tile) => {
        const g = gauge(tile.key);
        const isWeakest = weakest?.key === tile.key && g.health !== 'good';
        // With no roles there is nothing to measure: neither weak nor on target.
        const noRoles = metrics.roles === 0;
        return (
          <section key={tile.key} className="card dash-tile" data-health={noRoles ? 'none' : g.health} data-weakest={isWeakest || undefined} aria-label={tile.label}>
            <h2 className="dash-tile-label">{tile.label}</h2>
            <p className="dash-tile-value">{noRoles ? '—' : tile.value}</p>
            <p className="dash-tile-meaning">{tile.meaning}</p>
            {'net' in tile && !noRoles && <p className="dash-tile-net">{tile.net}</p>}
            <p className="dash-tile-health">
              <span className="dash-health-dot" aria-hidden="true" />
              {noRoles ? 'No critical roles yet' : gaugeStatusText(g)} · {g.target}
              {isWeakest && <strong className="dash-weakest"> · weakest</strong>}
            </p>
          </section>
        );
      })}
      <section className="card dash-tile dash-tile-count" aria-label="People and roles">
        <h2 className="dash-tile-label">People · roles</h2>
        <p className="dash-tile-value">
          {metrics.people} <span className="dash-tile-sep">·</span> {metrics.roles}
        </p>
        <p className="dash-tile-meaning">leaders on the roster, and critical roles with a succession plan.</p>
      </section>
      <section className="card dash-tile dash-tile-count" aria-label="Rotations by status">
        <h2 className="dash-tile-label">Rotations</h2>
        <dl className="dash-rotation-counts">
          <div>
            <dt>Active</dt>
            <dd>{rotations.active}</dd>
          </div>
          <div>
            <dt>Planned</dt>
            <dd>{rotations.planned}</dd>
          </div>
          <div>
            <dt>Completed</dt>
            <dd>{rotations.completed}</dd>
          </div>
          <div>
            <dt>Cancelled</dt>
            <dd>{rotations.cancelled}</dd>
          </div>
        </dl>
        <p className="dash-tile-meaning">cross-domain moves on the plan, by status.</p>
      </section>
    </div>
  );
}
