// Builds Braid saying one line; the build's own ~100 lines are printed only when it fails,
// so that what matters next (where Braid runs, what to do) is not scrolled away.
import { spawnSync } from 'node:child_process';

export function buildQuietly(root) {
  console.log('Building Braid…');
  const build = spawnSync(process.execPath, [`${root}/node_modules/electron-vite/bin/electron-vite.js`, 'build'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (build.status === 0) return;
  process.stdout.write(build.stdout ?? '');
  process.stderr.write(build.stderr ?? '');
  console.error('\nThe build failed (its output is above); Braid was not started.');
  process.exit(build.status ?? 1);
}
