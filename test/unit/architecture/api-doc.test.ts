import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as entryModule from '../../../src/gas/main';

/**
 * docs/api.md lists every entry point of the bundle: each function src/gas/main.ts exports (what
 * dev/build.mjs turns into a top-level function) names the first cell of a row of one of its
 * tables, and no row names a function the bundle does not have.
 */
const API_MD = readFileSync(path.resolve(__dirname, '..', '..', '..', 'docs', 'api.md'), 'utf8');

function documentedFunctions(markdown: string): Set<string> {
  const names = new Set<string>();
  for (const line of markdown.split('\n')) {
    const firstCell = /^\|([^|]*)\|/.exec(line)?.[1] ?? '';
    for (const match of firstCell.matchAll(/`([A-Za-z_$][\w$]*)(?:\([^)`]*\))?`/g)) names.add(match[1]!);
  }
  return names;
}

const exported = Object.entries(entryModule)
  .filter(([, value]) => typeof value === 'function')
  .map(([name]) => name)
  .sort();
const documented = documentedFunctions(API_MD);

test('the entry module exports the functions the contract names', () => {
  expect(exported).toEqual(expect.arrayContaining(['onOpen', 'saveIntake', 'getCase', 'checkDataHealth']));
});

test('every entry point of the bundle has its row in docs/api.md', () => {
  expect(exported.filter((name) => !documented.has(name))).toEqual([]);
});

test('every function docs/api.md lists is an entry point of the bundle', () => {
  const entryPoints = new Set(exported);
  expect([...documented].filter((name) => !entryPoints.has(name)).sort()).toEqual([]);
});
