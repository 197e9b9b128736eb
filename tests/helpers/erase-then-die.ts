// Child process for the erasure fault test: opens a data folder, starts erasing a person and
// kills itself with SIGKILL (as `kill -9` would) just before the Nth file rename of the
// erasure, so each run is cut at a known step: the journal, the plan, a backup, a scenario…
import { promises as fs } from 'node:fs';
import { startProtected } from '../../electron/services/protection/testing';

const [dir, personId, killAt, passphrase] = process.argv.slice(2);
const app = await startProtected(dir);
if (passphrase) await app.handlers['protection:unlock']({ passphrase });
const rename = fs.rename.bind(fs);
let renames = 0;
fs.rename = (async (from: Parameters<typeof fs.rename>[0], to: Parameters<typeof fs.rename>[1]) => {
  renames += 1;
  if (renames === Number(killAt)) process.kill(process.pid, 'SIGKILL');
  return rename(from, to);
}) as typeof fs.rename;
await app.handlers['person:erase']({ personId });
process.stdout.write(`finished after ${renames} renames\n`);
