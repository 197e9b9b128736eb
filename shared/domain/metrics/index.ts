export { pipelineMetricsOf } from './pipeline-metrics';
