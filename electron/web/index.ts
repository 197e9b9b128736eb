import { fileURLToPath } from 'node:url';
import { createNodePorts } from '../services/node-ports';
import { createServices } from '../services/handlers';
import { startWebShell } from './server';
import { openInBrowser } from './open-browser';
import { parseWebShellArgs } from './options';

// Built to out/main/web.js: the renderer is in out/renderer, resources at the project root.
const staticDir = fileURLToPath(new URL('../renderer', import.meta.url));
const resourcesDir = fileURLToPath(new URL('../../resources', import.meta.url));

async function main(): Promise<void> {
  const args = parseWebShellArgs(process.argv.slice(2));
  const ports = createNodePorts({ transport: 'web', resourcesDir, dataDir: args.dataDir });
  const { handlers, store } = await createServices(ports);
  const shell = await startWebShell({ handlers, staticDir, port: args.port });
  console.log(`Braid is running at ${shell.url}`);
  console.log(`Data folder: ${ports.dataDir}`);
  console.log('Only this machine can reach it. Press Ctrl+C to stop.');
  if (args.open) void openInBrowser(shell.url);
  const stop = async () => {
    await store.flush();
    await shell.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: Error) => {
  console.error(`Braid could not start the web shell: ${error.message}`);
  process.exit(1);
});
