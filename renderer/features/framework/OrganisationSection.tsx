import type { Plan } from '../../../shared/domain/plan/schema';
import { IsoDate } from '../../../shared/domain/plan/schema';
import { useBraid } from '../../store';
import { CommitField } from './CommitField';

export function OrganisationSection({ plan }: { plan: Plan }) {
  const edit = useBraid((s) => s.edit);
  const { name, asOf } = plan.organization;
  return (
    <section className="card fw-section" aria-labelledby="fw-org-title">
      <h2 id="fw-org-title">Organisation</h2>
      <div className="fw-row">
        <CommitField
          label="Organisation name"
          value={name}
          type="text"
          onCommit={(value) => {
            const trimmed = value.trim();
            if (!trimmed) return 'Organisation name cannot be empty.';
            void edit('organization:update', { name: trimmed });
            return null;
          }}
        />
        <CommitField
          label="Plan as of"
          hint={asOf === null ? 'Empty: the plan is read as of today.' : 'Every figure is worked out as of this day.'}
          value={asOf ?? ''}
          type="date"
          onCommit={(value) => {
            if (value.trim() === '') {
              void edit('organization:update', { asOf: null });
              return null;
            }
            if (!IsoDate.safeParse(value).success) return `Plan as of: “${value}” is not a date (YYYY-MM-DD).`;
            void edit('organization:update', { asOf: value });
            return null;
          }}
        />
        {asOf !== null && (
          <button type="button" className="button small fw-today" onClick={() => void edit('organization:update', { asOf: null })}>
            Use today instead
          </button>
        )}
      </div>
    </section>
  );
}
