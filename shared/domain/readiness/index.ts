export { inTimeOf, projectedExposureAt, projectedSideMonthsAt, readyByOf, staysOf, type ExposureNeed, type ProjectedStay, type SideMonths } from './projected-exposure';
export { readinessWords, monthYearText, successorReadinessWords, type ReadinessDetail } from './readiness-words';
export { earliestEvidence, wholeReadinessOf, type AwaitedEvidence, type EvidenceSource, type WholeReadiness } from './whole-readiness';
export { actingStaysOf, evidenceSourcesOf, readinessFor, staysWithActing } from './development-facts';
