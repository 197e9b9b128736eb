export { occupancyOf, overCapacityRuns, peakBetween, runsDuring, type OccupancySegment, type OverCapacityRun, type Stay } from './host-occupancy';
