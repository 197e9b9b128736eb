import { useMemo, useState } from 'react';
import type { ReportingTree } from '../../../shared/domain/orgchart';
import type { Plan } from '../../../shared/domain/plan/schema';
import { foldForMatch } from '../../../shared/domain/text/fold';

interface Props {
  people: Plan['people'];
  tree: ReportingTree;
  nameOf(personId: string): string;
  onFound(personId: string): void;
}

/** Type a name, press Enter: the chart opens the way down to them; Enter again goes to the next namesake or match. */
export function FindPerson({ people, tree, nameOf, onFound }: Props) {
  const [text, setText] = useState('');
  const [hit, setHit] = useState<{ query: string; index: number } | null>(null);
  const query = foldForMatch(text.trim());
  // Folded on the first search, not when the chart opens.
  const searching = query !== '';
  const folded = useMemo(() => (searching ? people.filter((p) => tree.has(p.id)).map((p) => ({ id: p.id, key: foldForMatch(p.name) })) : []), [people, tree, searching]);
  const matches = useMemo(() => (query ? folded.filter((p) => p.key.includes(query)).map((p) => p.id) : []), [folded, query]);
  const current = hit && hit.query === query ? hit.index : -1;

  const find = () => {
    if (!matches.length) {
      setHit({ query, index: -1 });
      return;
    }
    const index = (current + 1) % matches.length;
    setHit({ query, index });
    onFound(matches[index]);
  };

  return (
    <form
      className="orgchart-find"
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        find();
      }}
    >
      <label htmlFor="orgchart-find">Find a person</label>
      <input id="orgchart-find" type="search" value={text} onChange={(e) => setText(e.target.value)} autoComplete="off" />
      <button type="submit" className="button small" disabled={!query}>
        Find
      </button>
      <span className="muted" role="status" aria-live="polite">
        {!query || !hit || hit.query !== query
          ? ''
          : matches.length === 0
            ? `Nobody on the chart is called “${text.trim()}”.`
            : `${nameOf(matches[current])} — ${current + 1} of ${matches.length}${matches.length > 1 ? ' (Enter for the next)' : ''}`}
      </span>
    </form>
  );
}
