import { useWatch, type Control } from 'react-hook-form';
import type { Thread } from '../../../shared/domain/plan/schema';
import { ThreadFacets } from '../../components/ThreadFacets';
import type { PersonFormOutput, PersonFormValues } from './person-form-schema';

/** The facets of the thread chosen in one assessment row, following the row's thread and level as they change. */
export function AssessmentFacets({ control, index, threads }: { control: Control<PersonFormValues, unknown, PersonFormOutput>; index: number; threads: readonly Thread[] }) {
  const [thread, level] = useWatch({ control, name: [`assessments.${index}.thread`, `assessments.${index}.level`] });
  return <ThreadFacets thread={threads.find((t) => t.id === thread)} level={Number(level)} />;
}
