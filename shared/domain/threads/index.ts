export { braidIndexOf, type BraidIndex } from './braid-index';
export { nineBoxOf, performanceBand } from './nine-box';
export { latestAssessmentOf, levelReader, threadLevelsOf } from './thread-levels';
