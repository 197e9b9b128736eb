/**
 * The `braid` command (bin/braid.js loads the build of this file). Pure Node: it must never
 * import 'electron', so it runs wherever Node does, without the Electron binary.
 */
import { nodeIo } from './node-io';
import { runCli } from './run';

process.exitCode = await runCli(process.argv.slice(2), nodeIo);
