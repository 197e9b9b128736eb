import type { PipelineMetrics } from '../../../shared/domain/model';

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** The pipeline measures of DOMAIN §5 and §8.4, always in view while the slates change. */
export function PipelineSummary({ metrics, needingAction }: { metrics: PipelineMetrics; needingAction: number }) {
  return (
    <dl className="pipeline-summary" aria-label="Pipeline">
      <div data-metric="ready-now-coverage">
        <dt>Ready-now coverage</dt>
        <dd>{percent(metrics.readyNowCoverage)}</dd>
      </div>
      <div data-metric="net-ready-now-coverage">
        <dt title="Roles that can each be given a different ready-now successor">Net coverage</dt>
        <dd>{percent(metrics.netReadyNowCoverage)}</dd>
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
        <dd className={needingAction > 0 ? 'alarm' : undefined}>{needingAction}</dd>
      </div>
    </dl>
  );
}
