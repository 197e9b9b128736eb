export * from './types';
export { peopleInScope, reportingLineBelow, reviewsOf, rolesInScope, scopeLabel } from './review-scope';
export { applyMove, planBeforeMoves, signOffReview } from './apply-moves';
export { CELL_ORDER, cellKey, cellName, distributionOf, liveNineBox, placementsOf, type CellKey, type CellShare, type LiveCell, type LivePlacement } from './review-nine-box';
export { readyNowInflation, slateCalibration, type CalibrationRow, type RoleCalibration } from './slate-calibration';
export { COMPARE_MAX, COMPARE_MIN, compareSuccessors, type ComparedPerson, type Comparison } from './compare-successors';
export { BAND_LABELS, moveChangeText, moveSubject, moveValueText } from './move-wording';
