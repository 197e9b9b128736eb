/** A stay at a host, as day numbers, both ends included. */
export interface Stay {
  startDay: number;
  endDay: number;
}

/** A maximal run of days on which the same number (> 0) of stays run at a host. */
export interface OccupancySegment {
  from: number;
  to: number;
  count: number;
}

/** A maximal run of days over capacity, and the most stays running on one of its days. */
export interface OverCapacityRun {
  from: number;
  to: number;
  peak: number;
}

/**
 * How many stays run at a host on each day, as a sorted list of segments: a sweep over the
 * start and end events, O(n log n). A stay counts on both its first and last day.
 */
export function occupancyOf(stays: readonly Stay[]): OccupancySegment[] {
  // Each event is one number: day × 2, plus 1 for an arrival; a departure happens the day after the end.
  const events = new Float64Array(stays.length * 2);
  for (let i = 0; i < stays.length; i++) {
    events[2 * i] = stays[i].startDay * 2 + 1;
    events[2 * i + 1] = (stays[i].endDay + 1) * 2;
  }
  events.sort();
  const segments: OccupancySegment[] = [];
  let count = 0;
  let segmentStart = 0;
  let i = 0;
  while (i < events.length) {
    const day = Math.floor(events[i] / 2);
    const before = count;
    while (i < events.length && Math.floor(events[i] / 2) === day) {
      count += events[i] - day * 2 === 1 ? 1 : -1;
      i++;
    }
    if (count === before) continue;
    if (before > 0) segments.push({ from: segmentStart, to: day - 1, count: before });
    segmentStart = day;
  }
  return segments;
}

/** The maximal runs of days on which more stays run than the capacity. */
export function overCapacityRuns(segments: readonly OccupancySegment[], capacity: number): OverCapacityRun[] {
  const runs: OverCapacityRun[] = [];
  let run: OverCapacityRun | null = null;
  for (const segment of segments) {
    if (segment.count <= capacity) {
      run = null;
      continue;
    }
    if (run && run.to + 1 === segment.from) {
      run.to = segment.to;
      run.peak = Math.max(run.peak, segment.count);
    } else {
      run = { from: segment.from, to: segment.to, peak: segment.count };
      runs.push(run);
    }
  }
  return runs;
}

/** Index of the first segment ending on or after `day` (segments.length when none). */
function firstEndingOnOrAfter(segments: readonly { to: number }[], day: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid].to < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The most stays running on any one day between `from` and `to`, both included. */
export function peakBetween(segments: readonly OccupancySegment[], from: number, to: number): number {
  let peak = 0;
  for (let i = firstEndingOnOrAfter(segments, from); i < segments.length && segments[i].from <= to; i++) {
    peak = Math.max(peak, segments[i].count);
  }
  return peak;
}

/** The runs (sorted, disjoint) that a stay shares at least one day with, as indexes into `runs`. */
export function runsDuring(runs: readonly OverCapacityRun[], stay: Stay): number[] {
  const hits: number[] = [];
  for (let i = firstEndingOnOrAfter(runs, stay.startDay); i < runs.length && runs[i].from <= stay.endDay; i++) hits.push(i);
  return hits;
}
