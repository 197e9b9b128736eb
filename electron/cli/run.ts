import { UsageError } from './args';
import { COMMANDS, type CommandEntry } from './commands';
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_UNEXPECTED, type CliIo } from './io';

export type { CliIo } from './io';

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const list = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n');
  return `Usage: braid <command> [options]

Braid plans braided-leadership development: rotations, competency threads, succession.

Commands:
${list}

Run \`braid <command> --help\` for a command's options.
A passphrase-protected plan (*.braid.protected) is read with --passphrase-file FILE
(its first line) or the BRAID_PASSPHRASE variable.
`;
}

const wantsHelp = (argv: string[]): boolean => argv.includes('--help') || argv.includes('-h');

/**
 * Runs one `braid` command line and returns its exit code: 0 done, 2 bad arguments or a
 * refused file (with usage or path-named errors on stderr), 1 anything unexpected.
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    // Spec choice: a bare `braid` is a call without a command, so usage on stderr and exit 2, as for an unknown one.
    io.stderr(usage());
    return EXIT_BAD_INPUT;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    const topic = COMMANDS.find((c) => c.name === rest[0]);
    io.stdout(topic ? (await topic.load()).help : usage());
    return EXIT_OK;
  }
  const entry: CommandEntry | undefined = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    io.stderr(`braid: unknown command "${name}"\n\n${usage()}`);
    return EXIT_BAD_INPUT;
  }
  let help = '';
  try {
    const command = await entry.load();
    help = command.help;
    if (wantsHelp(rest)) {
      io.stdout(help);
      return EXIT_OK;
    }
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`braid ${entry.name}: ${error.message}\n\n${help}`);
      return EXIT_BAD_INPUT;
    }
    io.stderr(`braid ${entry.name}: something unexpected went wrong: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT_UNEXPECTED;
  }
}
