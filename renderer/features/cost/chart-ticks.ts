/**
 * Round values for a money axis: 0 and steps of 1, 2, 2.5 or 5 × 10ⁿ, the last at or above `top`
 * (an axis labelled €1,422,004 tells a reader nothing the bars do not).
 */
export function chartTicks(top: number, wanted = 4): number[] {
  if (!(top > 0)) return [0];
  const rough = top / wanted;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= rough)!;
  const ticks: number[] = [];
  for (let value = 0; value < top + step; value += step) ticks.push(value);
  return ticks;
}
