import { memo } from 'react';
import { LABEL_WIDTH } from './lane-geometry';
import type { Tick } from './timeline-scale';

interface Props {
  ticks: { major: Tick[]; minor: Tick[] };
  width: number;
  asOfX: number;
  fromX: number;
  toX: number;
  asOfLabel: string;
}

const inView = (tick: Tick, fromX: number, toX: number) => tick.x + tick.width >= fromX && tick.x <= toX;

/** The sticky header: years (or months) above quarters, months or weeks, and where "today" is. */
export const TimelineAxis = memo(function TimelineAxis({ ticks, width, asOfX, fromX, toX, asOfLabel }: Props) {
  return (
    <div className="timeline-axis" style={{ width: LABEL_WIDTH + width }} aria-hidden="true">
      <div className="axis-corner" style={{ width: LABEL_WIDTH }} />
      <div className="axis-band major" style={{ left: LABEL_WIDTH, width }}>
        {ticks.major.filter((t) => inView(t, fromX, toX)).map((tick) => (
          <div key={tick.x} className="axis-tick" style={{ left: tick.x, width: tick.width }} title={tick.title}>
            <span>{tick.label}</span>
          </div>
        ))}
      </div>
      <div className="axis-band minor" style={{ left: LABEL_WIDTH, width }}>
        {ticks.minor.filter((t) => inView(t, fromX, toX)).map((tick) => (
          <div key={tick.x} className="axis-tick" style={{ left: tick.x, width: tick.width }} title={tick.title}>
            {tick.width >= 18 ? tick.label : ''}
          </div>
        ))}
      </div>
      <div className="axis-as-of" style={{ left: LABEL_WIDTH + asOfX }}>
        {asOfLabel}
      </div>
    </div>
  );
});
