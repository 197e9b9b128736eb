import type { PipelineMetrics } from '../../../shared/domain/analysis/types';

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** The three pipeline measures of DOMAIN §5, always in view while the slates change. */
export function PipelineSummary({ metrics, criticalRoles }: { metrics: PipelineMetrics; criticalRoles: number }) {
  return (
    <dl className="pipeline-summary" aria-label="Pipeline">
      <div data-metric="ready-now-coverage">
        <dt>Ready-now coverage</dt>
        <dd>{percent(metrics.readyNowCoverage)}</dd>
      </div>
      <div data-metric="pipeline-depth">
        <dt>Pipeline depth</dt>
        <dd>{metrics.pipelineDepth.toFixed(1)}</dd>
      </div>
      <div data-metric="braided-bench">
        <dt>Braided bench</dt>
        <dd>{percent(metrics.braidedBench)}</dd>
      </div>
      <div data-metric="critical-roles">
        <dt>Roles needing action</dt>
        <dd className={criticalRoles > 0 ? 'alarm' : undefined}>{criticalRoles}</dd>
      </div>
    </dl>
  );
}
