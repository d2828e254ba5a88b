// Matches a path against an `overrides` glob, in one place so the matcher can be swapped.
import { createRequire } from 'node:module';

// Loaded with the first override: most configs have none (perf: start-up of a pre-commit run).
let picomatch: typeof import('picomatch') | undefined;

/** Turns a user's glob into the form matched: no leading `./`; no slash means "at any depth". */
export function normalizeGlob(pattern: string): string {
  let glob = pattern;
  while (glob.startsWith('./')) glob = glob.slice(2);
  if (glob.startsWith('/')) glob = glob.slice(1);
  // As ESLint's overrides: `*.yaml` means any YAML file, at any depth.
  if (!glob.includes('/')) glob = `**/${glob}`;
  return glob;
}

const matchers = new Map<string, (path: string) => boolean>();

/** `relativePath` uses `/` and is relative to the directory the glob is relative to. */
export function matchGlob(relativePath: string, pattern: string): boolean {
  let match = matchers.get(pattern);
  if (!match) {
    picomatch ??= createRequire(import.meta.url)('picomatch') as typeof import('picomatch');
    match = picomatch(normalizeGlob(pattern), { dot: true });
    matchers.set(pattern, match);
  }
  return match(relativePath);
}
