import { ActionKindMark } from '../../components/ActionKindMark';

/** What the colours and marks of the planner mean, always in view above the lanes. */
export function PlannerLegend() {
  return (
    <ul className="planner-legend" aria-label="Legend">
      <li>
        <span className="swatch side-front" aria-hidden="true" /> Client-facing host
      </li>
      <li>
        <span className="swatch side-back" aria-hidden="true" /> Technical host
      </li>
      <li>
        <span className="swatch side-front status-planned" aria-hidden="true" /> Planned
      </li>
      <li>
        <span className="swatch side-front status-completed" aria-hidden="true" /> Completed
      </li>
      <li>
        <span className="flag-marker critical" aria-hidden="true">!</span> Critical flag
      </li>
      <li>
        <span className="flag-marker warning" aria-hidden="true">!</span> Warning
      </li>
      <li>
        <span className="swatch over-capacity-swatch" aria-hidden="true" /> Over capacity
      </li>
      <li>
        <ActionKindMark kind="course" hollow wordless /> Development action, by person (a shape per kind, hollow while planned)
      </li>
    </ul>
  );
}
