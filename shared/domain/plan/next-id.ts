/** The next free id of the form PREFIX + number: one more than the highest such id already taken. */
export function nextId(prefix: string, ids: readonly string[]): string {
  const taken = new Set(ids);
  let n = 0;
  for (const id of ids) {
    const match = id.startsWith(prefix) ? /^\d+$/.exec(id.slice(prefix.length)) : null;
    if (match) n = Math.max(n, Number(match[0]));
  }
  while (taken.has(`${prefix}${n + 1}`)) n++;
  return `${prefix}${n + 1}`;
}
