export { reportingTree, lineAbove, type ReportingTree } from './reporting-tree';
export { chartTops, chartRows, initiallyExpanded, expandedToReach, type ChartRow } from './visible-boxes';
export { boxFactsOf, coverOf, type BoxFacts, type HeldRole, type CoverBand } from './box-facts';
export { COLOUR_BY, bandOf, type ColourBy, type ColourBand } from './colour-by';
export { boxDescription, benchWords } from './box-words';
