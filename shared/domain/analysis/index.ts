export * from './types';
export { analyzePlan, type AnalyzeOptions } from './analyze-plan';
export { roleFit, rolesNeedingAction, spansBothSides, suggestRotations } from './succession-queries';
