// Where replylint's own files live, whether run from the source tree or from the built package.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('replylint: cannot find its package.json');
    dir = parent;
  }
  return dir;
}

export const PACKAGE_ROOT = findRoot();
export const BUILTIN_RULES_DIR = join(PACKAGE_ROOT, 'rules');
export const LANGUAGE_DATA_DIR = join(PACKAGE_ROOT, 'src', 'language', 'data');
/** Compiled rule modules: dist/rules/<id>/index.js. */
export const BUILTIN_RULE_MODULES_DIR = join(PACKAGE_ROOT, 'dist', 'rules');
export const PACKAGE_VERSION = (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
