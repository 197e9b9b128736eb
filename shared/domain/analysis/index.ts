export * from '../model/types';
export { analyzePlan, type AnalyzeOptions } from './analyze-plan';
export { developmentPath, developmentPaths, roleFit, rolesNeedingAction, slateCandidates, spansBothSides, threadGapsOf } from './succession-queries';
export { flagsRaisedBy, rotationsOfPath } from './path-preview';
