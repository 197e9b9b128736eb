export * from './types';
export { auditChanges, planReplacedChange } from './plan-diff';
export { entriesMatching, auditCsv, csvCell } from './audit-query';
export { anonymizeEntries, erasedMarker, replaceNames } from './anonymize';
