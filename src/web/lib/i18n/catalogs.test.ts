import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from './messages-en.ts';
import { sv } from './messages-sv.ts';

/**
 * TypeScript already rejects a Swedish catalog with a missing or extra key (`sv: Messages`); this
 * checks the same at run time, that every entry says something, and that no key is left unused.
 */
type Tree = { [key: string]: Tree | string | ((...args: never[]) => string) };

function leaves(tree: Tree, prefix = ''): Map<string, unknown> {
  const found = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'object') for (const [p, v] of leaves(value, path)) found.set(p, v);
    else found.set(path, value);
  }
  return found;
}

const webRoot = resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/**
 * The catalog paths the source reads: `messages.a.b`, an alias of a branch (`const text =
 * messages.detail.send; … text.button`), and a branch indexed at run time (`messages.statuses[s]`,
 * which uses all of its entries).
 */
function usedPaths(): { exact: Set<string>; branches: Set<string> } {
  const exact = new Set<string>();
  const branches = new Set<string>();
  for (const file of sourceFiles(webRoot)) {
    if (relative(webRoot, file).startsWith(join('lib', 'i18n'))) continue;
    const source = readFileSync(file, 'utf8');
    const roots = new Map<string, string>([['messages', '']]);
    for (const alias of source.matchAll(/\b(?:const|let)\s+(\w+)\s*=\s*messages((?:\.\w+)+)\s*;/g)) {
      roots.set(alias[1] ?? '', (alias[2] ?? '').slice(1));
    }
    for (const [name, base] of roots) {
      for (const use of source.matchAll(new RegExp(`\\b${name}((?:\\.\\w+)+)(\\s*\\[)?`, 'g'))) {
        const path = [base, (use[1] ?? '').slice(1)].filter(Boolean).join('.');
        exact.add(path);
        if (use[2]) branches.add(path);
      }
      if (base && new RegExp(`\\b${name}\\s*\\[`).test(source)) branches.add(base);
    }
  }
  return { exact, branches };
}

describe('the catalogs', () => {
  const english = leaves(en as unknown as Tree);
  const swedish = leaves(sv as unknown as Tree);

  it('have the same keys, each the same kind of entry', () => {
    expect([...swedish.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [path, value] of english) expect([path, typeof swedish.get(path)]).toEqual([path, typeof value]);
  });

  it('say something for every key', () => {
    for (const catalog of [english, swedish]) {
      for (const [path, value] of catalog) {
        const sample = typeof value === 'function' ? (value as (...args: unknown[]) => string)('x', 'y', 'z') : value;
        expect([path, typeof sample === 'string' && sample.trim() !== '']).toEqual([path, true]);
      }
    }
  });

  it('have no key the source never reads', () => {
    const { exact, branches } = usedPaths();
    // A branch read as a whole (`rows(text.merchantFields, …)`) uses every entry in it.
    const wholeBranches = [...branches, ...exact];
    const unused = [...english.keys()].filter(
      (path) => !exact.has(path) && !wholeBranches.some((branch) => path.startsWith(`${branch}.`)),
    );
    expect(unused).toEqual([]);
  });
});
