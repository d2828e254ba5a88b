// Gitignore-syntax patterns anchored at a directory: `.replylintignore` files and `ignorePatterns`.
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Ignore } from 'ignore';

// Loaded with the first ignore file or pattern: most runs have none (perf: start-up of a pre-commit run).
let makeIgnore: typeof import('ignore') | undefined;

export class IgnoreRules {
  private readonly matcher: Ignore;

  /** `patterns` are gitignore lines, relative to `dir`. */
  constructor(readonly dir: string, patterns: string | readonly string[]) {
    makeIgnore ??= createRequire(import.meta.url)('ignore') as typeof import('ignore');
    this.matcher = makeIgnore().add(typeof patterns === 'string' ? patterns : [...patterns]);
  }

  /**
   * Whether an absolute path is ignored. Paths outside `dir` never are. A directory is tested as
   * `dir/`, so that patterns such as `drafts/` match it and the walker can skip it whole.
   */
  ignores(absolutePath: string, isDirectory = false): boolean {
    const relative = path.relative(this.dir, path.resolve(absolutePath));
    if (relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) return false;
    const posix = relative.split(path.sep).join('/');
    return this.matcher.ignores(isDirectory ? `${posix}/` : posix);
  }
}
