import { relative, sep } from 'node:path';

/**
 * Names a build chunk after what it holds rather than after the last module Rollup happened to
 * see (the whole engine used to ship as `pdf-margins-*.js`). Each module belongs to a room —
 * `domain`, `api`, `report`, `import`, `export`, `services`, `protection`, `reports`, `cli`, one
 * per `braid` command (`cli-check`), one per renderer feature — and a chunk takes the room most of
 * its own modules are in (and a second one when it holds nearly as much of it). Packages name a
 * chunk only when it holds nothing of ours.
 */
export function roomOf(moduleId: string, root: string): { room: string; ours: boolean } {
  const path = relative(root, moduleId.replace(/^\0/, '').split('?')[0]).split(sep).join('/');
  const parts = path.split('/');
  const packageAt = parts.lastIndexOf('node_modules');
  if (packageAt >= 0) {
    const name = parts[packageAt + 1] ?? 'vendor';
    return { room: name.startsWith('@') ? name.slice(1).replace('/', '-') + `-${parts[packageAt + 2]}` : name, ours: false };
  }
  const [top, second, third] = parts;
  const bare = (name: string | undefined) => (name ?? '').replace(/\.(ts|tsx|css)$/, '');
  if (top === 'shared') return { room: bare(second), ours: true };
  if (top === 'electron') {
    if (second === 'cli') return { room: third === 'commands' ? `cli-${bare(parts[3])}` : 'cli', ours: true };
    if (second === 'services') return { room: parts.length > 3 ? bare(third) : 'services', ours: true };
    return { room: bare(second), ours: true };
  }
  if (top === 'renderer') return { room: second === 'features' ? bare(third) : bare(second), ours: true };
  return { room: 'vendor', ours: false };
}

export function chunkName(moduleIds: readonly string[], root: string): string {
  const ours = new Map<string, number>();
  const theirs = new Map<string, number>();
  for (const id of moduleIds) {
    const { room, ours: isOurs } = roomOf(id, root);
    const counts = isOurs ? ours : theirs;
    counts.set(room, (counts.get(room) ?? 0) + 1);
  }
  const ranked = [...(ours.size ? ours : theirs)].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (ranked.length === 0) return 'chunk';
  const [first, second] = ranked;
  return second && second[1] * 2 >= first[1] ? `${first[0]}+${second[0]}` : first[0];
}
