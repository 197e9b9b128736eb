export * from './types';
export { analyzePlan, type AnalyzeOptions } from './analyze-plan';
export { roleFit, spansBothSides, suggestRotations } from './succession-queries';
