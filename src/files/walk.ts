// Turns the command's path arguments (files, folders, globs) into a sorted stream of template files.
import type { Dirent, Stats } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { IgnoreRules } from './ignore-rules.js';

export interface FileEntry {
  /** Absolute path, as reached (through a symlink, the link's path). */
  path: string;
  /** Named on the command line (as opposed to found in a folder or by a glob). */
  explicit: boolean;
}

/** An input that cannot be read: the CLI reports it and exits 2. */
export interface FileProblem {
  path: string;
  message: string;
}

export interface FindTemplatesOptions {
  cwd: string;
  /** Extra exclusion (the config's ignorePatterns); directories come with `isDirectory` true. */
  isIgnored?: (absolutePath: string, isDirectory?: boolean) => boolean;
}

export const TEMPLATE_EXTENSIONS: readonly string[] = ['.md', '.markdown', '.txt', '.yaml', '.yml'];
export const IGNORE_FILE = '.replylintignore';
const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules']);

export function isFileProblem(item: FileEntry | FileProblem): item is FileProblem {
  return 'message' in item;
}

function isTemplateName(name: string): boolean {
  return TEMPLATE_EXTENSIONS.includes(path.extname(name).toLowerCase());
}

function describe(error: unknown): string {
  switch ((error as NodeJS.ErrnoException | undefined)?.code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'No such file or directory';
    case 'ELOOP':
      return 'Too many levels of symbolic links (a symlink loop)';
    case 'EACCES':
    case 'EPERM':
      return 'Permission denied';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

async function readIgnoreFile(dir: string): Promise<IgnoreRules | undefined> {
  try {
    return new IgnoreRules(dir, await readFile(path.join(dir, IGNORE_FILE), 'utf8'));
  } catch {
    // No ignore file (or an unreadable one) means nothing extra is ignored.
    return undefined;
  }
}

/** Code-unit order, not locale order: the same on every machine. */
function byName(a: Dirent, b: Dirent): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/**
 * Yields the template files under the inputs, in input order and, within a folder, sorted by name,
 * each file once (by real path). Folders are walked for .md, .markdown, .txt, .yaml and .yml, skipping
 * `.git`, `node_modules`, names starting with a dot, and what `.replylintignore` (in cwd and in each
 * folder named as an input) or `isIgnored` excludes. A named file is taken whatever its extension,
 * unless ignored (then it is skipped silently, as pre-commit hooks pass every changed file). Glob
 * matches are filtered like folder contents. Symlinks are followed; a dangling one or a loop inside a
 * folder is skipped, a named one that cannot be followed is a problem.
 */
export async function* findTemplates(inputs: readonly string[], options: FindTemplatesOptions): AsyncGenerator<FileEntry | FileProblem> {
  const cwd = path.resolve(options.cwd);
  const cwdRules = await readIgnoreFile(cwd);
  const yielded = new Set<string>();
  const walked = new Set<string>();

  const ignored = (absolutePath: string, isDirectory: boolean, rules: readonly (IgnoreRules | undefined)[]): boolean =>
    rules.some((r) => r?.ignores(absolutePath, isDirectory)) || (options.isIgnored?.(absolutePath, isDirectory) ?? false);

  /** True the first time a real path is seen. */
  const firstTime = (real: string): boolean => {
    if (yielded.has(real)) return false;
    yielded.add(real);
    return true;
  };

  async function* walk(dir: string, realDir: string, rules: readonly (IgnoreRules | undefined)[]): AsyncGenerator<FileEntry | FileProblem> {
    // A folder reached twice (a symlink to an ancestor, or named twice) is walked once.
    if (walked.has(realDir)) return;
    walked.add(realDir);
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      yield { path: dir, message: describe(error) };
      return;
    }
    entries.sort(byName);
    for (const entry of entries) {
      if (entry.name.startsWith('.') || SKIPPED_DIRECTORIES.has(entry.name)) continue;
      const full = path.join(dir, entry.name);
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      let real = path.join(realDir, entry.name);
      if (entry.isSymbolicLink()) {
        try {
          const target = await stat(full);
          isDirectory = target.isDirectory();
          isFile = target.isFile();
          real = await realpath(full);
        } catch {
          continue; // dangling link or link loop: nothing to lint there
        }
      }
      if (isDirectory) {
        if (!ignored(full, true, rules)) yield* walk(full, real, rules);
      } else if (isFile && isTemplateName(entry.name) && !ignored(full, false, rules) && firstTime(real)) {
        yield { path: full, explicit: false };
      }
    }
  }

  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    let stats: Stats;
    try {
      stats = await stat(absolute);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // The glob library is loaded only for an input that names no file (perf: most runs name files or folders).
      if ((code === 'ENOENT' || code === 'ENOTDIR') && (await import('tinyglobby')).isDynamicPattern(input)) {
        yield* matchGlob(input);
      } else {
        yield { path: absolute, message: describe(error) };
      }
      continue;
    }
    if (stats.isDirectory()) {
      const dirRules = absolute === cwd ? undefined : await readIgnoreFile(absolute);
      yield* walk(absolute, await realpath(absolute), [cwdRules, dirRules]);
    } else if (!stats.isFile()) {
      yield { path: absolute, message: 'Not a regular file or directory' };
    } else if (!ignored(absolute, false, [cwdRules]) && firstTime(await realpath(absolute))) {
      yield { path: absolute, explicit: true };
    }
  }

  async function* matchGlob(pattern: string): AsyncGenerator<FileEntry | FileProblem> {
    const { glob } = await import('tinyglobby');
    const matches = await glob(pattern, {
      cwd,
      absolute: true,
      onlyFiles: true,
      expandDirectories: false,
      ignore: ['**/node_modules/**', '**/.git/**'],
    });
    const files = matches.map((match) => path.resolve(match)).filter((file) => isTemplateName(file)).sort();
    if (files.length === 0) {
      yield { path: path.resolve(cwd, pattern), message: 'No template files match this pattern' };
      return;
    }
    for (const file of files) {
      if (ignored(file, false, [cwdRules])) continue;
      let real: string;
      try {
        real = await realpath(file);
      } catch {
        continue;
      }
      if (firstTime(real)) yield { path: file, explicit: false };
    }
  }
}
