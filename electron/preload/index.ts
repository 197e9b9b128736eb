import { contextBridge, ipcRenderer } from 'electron';
import { OPERATION_NAMES } from '../../shared/api/operations';

// One function per contract operation, nothing else: the renderer cannot name a channel.
const braid = Object.fromEntries(
  OPERATION_NAMES.map((name) => [name, (input: unknown) => ipcRenderer.invoke(name, input ?? {})]),
);

contextBridge.exposeInMainWorld('braid', Object.freeze(braid));
