/**
 * Whole-process timings for `npm run bench`: each command is a fresh `node`, start-up included,
 * timed by the wall clock and by the CPU time the child used (Linux: /proc's cutime + cstime;
 * other systems print the wall clock alone). The commands of one round run back to back, so a
 * busy machine slows a round's yardsticks as much as the commands measured against them; the
 * ratios are taken per round, then their median.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100;

/** CPU milliseconds of every child this process has waited for, or null where /proc is missing. */
function childrenCpuMs(): number | null {
  if (!existsSync('/proc/self/stat')) return null;
  // Fields after the command name (which may hold spaces, so split after its closing paren).
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  // cutime and cstime are fields 16 and 17 of stat(5); here index 13 and 14.
  return ((Number(fields[13]) + Number(fields[14])) * 1000) / TICKS_PER_SECOND;
}

export interface ProcessTiming {
  wall: number;
  cpu: number | null;
}

export function timeProcess(args: string[]): ProcessTiming {
  const cpuBefore = childrenCpuMs();
  const start = performance.now();
  const run = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
  const wall = performance.now() - start;
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} exited with ${run.status}: ${run.stderr}`);
  const cpuAfter = childrenCpuMs();
  return { wall, cpu: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore };
}

/** Runs each named command once per round, `rounds` times; returns the timings by name. */
export function timeRounds(commands: Record<string, string[]>, rounds: number): Record<string, ProcessTiming[]> {
  const timings: Record<string, ProcessTiming[]> = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const [name, args] of Object.entries(commands)) timings[name].push(timeProcess(args));
  }
  return timings;
}

/** Per round, a / b, by the wall clock or by CPU time. */
export function ratios(a: ProcessTiming[], b: ProcessTiming[], clock: 'wall' | 'cpu'): number[] | null {
  if (clock === 'cpu' && a.some((t) => t.cpu === null)) return null;
  return a.map((t, i) => (clock === 'wall' ? t.wall / b[i].wall : t.cpu! / Math.max(b[i].cpu!, 1)));
}
