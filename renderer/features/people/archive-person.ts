import { useBraid } from '../../store';

/** Archives (or brings back) a person through the plan's edit, and offers Undo in the notice. */
export async function setPersonArchived(personId: string, archived: boolean): Promise<boolean> {
  const { edit, notify, plan } = useBraid.getState();
  const name = plan?.people.find((p) => p.id === personId)?.name || personId;
  const ok = await edit('person:archive', { personId, archived });
  if (ok) {
    notify({
      tone: 'success',
      message: archived ? `${name} was archived: hidden from the roster and the pipeline.` : `${name} is back on the roster.`,
      action: { label: 'Undo', run: () => void useBraid.getState().undo() },
    });
  }
  return ok;
}
