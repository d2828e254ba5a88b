// Finds the config file that applies to a working directory by walking up towards the root.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** In one directory, the first of these that exists wins. */
export const CONFIG_FILE_NAMES = ['.replylintrc.yaml', '.replylintrc.yml', '.replylintrc.json'] as const;

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** A package.json counts only with a `replylint` key; one that does not parse is not ours to judge. */
function packageHasConfig(file: string): boolean {
  if (!isFile(file)) return false;
  try {
    const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return typeof data === 'object' && data !== null && Object.hasOwn(data, 'replylint');
  } catch {
    return false;
  }
}

/** The nearest config file at or above `cwd` (absolute path), or undefined. */
export function findConfigFile(cwd: string): string | undefined {
  let dir = path.resolve(cwd);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(dir, name);
      if (isFile(candidate)) return candidate;
    }
    const pkg = path.join(dir, 'package.json');
    if (packageHasConfig(pkg)) return pkg;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
