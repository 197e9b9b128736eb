import { ACTION_KIND_LABELS, actionMarkSvg } from '../../shared/domain/plan/action-kinds';
import type { ActionKind } from '../../shared/domain/plan/schema';
import './action-kind-mark.css';

/**
 * A development action's kind as its shape (the one the braid picture and the planner draw) and its
 * word: the shape tells kinds apart at a glance, the word says it, so neither colour nor shape alone carries it.
 */
export function ActionKindMark({ kind, hollow = false, wordless = false }: { kind: ActionKind; hollow?: boolean; wordless?: boolean }) {
  // actionMarkSvg writes only its own fixed shapes.
  const mark = <span className="action-kind-shape" dangerouslySetInnerHTML={{ __html: actionMarkSvg(kind, 12, hollow) }} />;
  if (wordless) return mark;
  return (
    <span className="action-kind" data-kind={kind}>
      {mark}
      {ACTION_KIND_LABELS[kind]}
    </span>
  );
}
