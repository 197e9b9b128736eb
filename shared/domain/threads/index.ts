export { braidIndexOf, type BraidIndex } from './braid-index';
export { nineBoxOf, performanceBand, performanceInBand, NINE_BOX_CELL_NAMES } from './nine-box';
export { latestAssessmentOf, levelReader, threadLevelsOf } from './thread-levels';
