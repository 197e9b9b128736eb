export * from './types';
export * from './flag-catalogue';
export { domainTableOf, type DomainTable } from './domain-table';
export { indexPlan, type PlanIndex, type RotationFacts } from './plan-index';
export { EditError } from './edit-error';
