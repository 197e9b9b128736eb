import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { contract, type Handlers } from '../../shared/api/contract';
import { dispatch } from '../../shared/api/dispatch';

/**
 * Registers one IPC handler per contract operation. Each refuses any sender that is not
 * the main frame of our own window showing our own page, then dispatches (which parses
 * the input with the contract's schema).
 */
export function registerContract(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: Handlers,
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean,
): string[] {
  const names = Object.keys(contract);
  for (const name of names) {
    ipcMain.handle(name, async (event, input: unknown) => {
      if (!isTrustedSender(event)) return { ok: false, error: { message: 'Refused: this request did not come from Braid.' } };
      return dispatch(handlers, name, input);
    });
  }
  return names;
}

/** The sender check: our window's main frame, on our page. */
export function trustedSenderCheck(
  getMainFrame: () => { frameTreeNodeId?: number; url: string } | null | undefined,
  isAppUrl: (url: string) => boolean,
) {
  return (event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean => {
    const frame = event.senderFrame;
    const main = getMainFrame();
    if (!frame || !main) return false;
    return frame === main && isAppUrl(frame.url);
  };
}
