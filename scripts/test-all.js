#!/usr/bin/env node
// `npm test`: typecheck, lint, build, unit and component tests, then the end-to-end suite
// (web shell + Chromium, PDF, packaging). Ends with the totals alone on a line.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => `${root}/node_modules/.bin/${name}`;
let passed = 0;
let failed = 0;
const summary = [];

function step(label, command, args) {
  const started = Date.now();
  console.log(`\n── ${label} ──`);
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, env: process.env });
  const ok = result.status === 0;
  summary.push(`${ok ? 'ok  ' : 'FAIL'} ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return ok;
}

function check(label, command, args) {
  if (step(label, command, args)) passed += 1;
  else failed += 1;
}

function vitestSuite(label, config) {
  mkdirSync(`${root}/.tmp`, { recursive: true });
  const report = `${root}/.tmp/${label}.json`;
  rmSync(report, { force: true });
  const args = ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`];
  if (config) args.push('--config', config);
  const ok = step(`${label} tests`, bin('vitest'), args);
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    passed += json.numPassedTests;
    failed += json.numFailedTests;
    // A file that fails to load has no test results: count it once so it cannot pass silently.
    const brokenFiles = json.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
    failed += brokenFiles;
    if (!ok && json.numFailedTests === 0 && brokenFiles === 0) failed += 1;
  } else {
    failed += 1;
  }
}

check('typecheck', bin('tsc'), ['-p', 'tsconfig.node.json', '--noEmit']);
check('typecheck (renderer)', bin('tsc'), ['-p', 'tsconfig.web.json', '--noEmit']);
check('typecheck (tests and scripts)', bin('tsc'), ['-p', 'tsconfig.tests.json', '--noEmit']);
check('lint', bin('eslint'), ['.']);
check('import cycles', process.execPath, ['--import', 'tsx', `${root}/scripts/import-cycles.ts`]);
check('build', process.execPath, [`${root}/node_modules/electron-vite/bin/electron-vite.js`, 'build']);
vitestSuite('unit');
vitestSuite('e2e', 'vitest.e2e.config.ts');

console.log(`\n${summary.join('\n')}\n`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
