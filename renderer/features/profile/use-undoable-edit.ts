import { useBraid } from '../../store';

/** An edit that, once on disk, says what changed and offers Undo: every change to an action is one undoable edit. */
export function useUndoableEdit() {
  const edit = useBraid((s) => s.edit);
  const notify = useBraid((s) => s.notify);
  return async (...[name, input, message]: [...Parameters<typeof edit>, string]) => {
    const done = await edit(name, input);
    if (done) notify({ tone: 'success', message, action: { label: 'Undo', run: () => void useBraid.getState().undo() } });
    return done;
  };
}
