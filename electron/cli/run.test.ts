import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from './commands';
import { braid, fixture } from './testing/fake-io';

describe('braid: commands, usage and help', () => {
  it('shows the usage and exits 2 without a command', async () => {
    const run = await braid([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Usage: braid <command>');
    for (const command of COMMANDS) expect(run.stderr).toContain(command.name);
  });

  it('names an unknown command, shows the usage and exits 2', async () => {
    const run = await braid(['frobnicate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^braid: unknown command "frobnicate"/);
    expect(run.stdout).toBe('');
  });

  it.each(['--help', '-h', 'help'])('prints the overview for %s and exits 0', async (flag) => {
    const run = await braid([flag]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Commands:');
  });

  it.each(COMMANDS.map((c) => c.name))('prints the help of `%s` for --help, `braid help` and -h', async (name) => {
    for (const argv of [[name, '--help'], ['help', name], [name, 'some.json', '-h']]) {
      const run = await braid(argv);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`^Usage: braid ${name}`));
    }
  });

  it('explains a bad option with the command’s usage and exits 2', async () => {
    const run = await braid(['check', fixture('small.braid.json'), '--colour']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^braid check: unknown option '--colour'/);
    expect(run.stderr).toContain('Usage: braid check');
  });

  it('exits 1 when something unexpected breaks, saying so on stderr', async () => {
    const run = await braid(['check', fixture('small.braid.json')], {}, { stdout: () => { throw new Error('disk full'); } });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('something unexpected went wrong: Error: disk full');
  });
});

describe('the braid command stays pure Node', () => {
  /** Follows the relative imports from the entry point and collects every package it names. */
  function packagesReachedFrom(): Set<string> {
    const packages = new Set<string>();
    const seen = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm)) {
        const specifier = match[1] ?? match[2];
        if (!specifier.startsWith('.')) {
          packages.add(specifier);
          continue;
        }
        const base = resolve(dirname(file), specifier);
        const candidates = [`${base}.ts`, join(base, 'index.ts'), base];
        const next = candidates.find((c) => { try { return readFileSync(c) && true; } catch { return false; } });
        if (next) visit(next);
      }
    };
    visit(new URL('./index.ts', import.meta.url).pathname);
    return packages;
  }

  it('never imports electron, however deep', () => {
    const packages = packagesReachedFrom();
    expect(packages.size).toBeGreaterThan(0);
    expect([...packages].filter((p) => p === 'electron' || p.startsWith('electron/'))).toEqual([]);
  });
});
