export { inTimeOf, projectedExposureAt, projectedSideMonthsAt, readyByOf, staysOf, type ExposureNeed, type ProjectedStay, type SideMonths } from './projected-exposure';
export { readinessWords, monthYearText } from './readiness-words';
