export interface WebShellArgs {
  port: number;
  open: boolean;
  dataDir?: string;
}

/** `--port N` (default: a free port), `--no-open`, `--data-dir DIR`. */
export function parseWebShellArgs(argv: string[]): WebShellArgs {
  const args: WebShellArgs = { port: 0, open: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--no-open') args.open = false;
    else if (arg === '--port' || arg.startsWith('--port=')) {
      const value = arg.includes('=') ? arg.split('=')[1] : argv[++i];
      const port = Number(value);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port: "${value}" is not a port number.`);
      args.port = port;
    } else if (arg === '--data-dir' || arg.startsWith('--data-dir=')) {
      args.dataDir = arg.includes('=') ? arg.split('=').slice(1).join('=') : argv[++i];
    } else throw new Error(`Unknown option "${arg}". Options: --port N, --no-open, --data-dir DIR.`);
  }
  return args;
}
