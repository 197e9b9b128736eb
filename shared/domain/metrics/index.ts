export { pipelineMetricsOf } from './pipeline-metrics';
export { netCoveredRoles } from './net-coverage';
export { gaugeStatusText, pipelineGauges, weakestGauge, type Health, type PipelineGauge } from './pipeline-gauges';
