// Asks git which files changed since a ref (`--changed-since`), and which lines of each, for linting only what a branch touched.
//
// What "changed since <ref>" means, as for a pull request in CI: every change made since the branch left
// <ref> (the merge base of <ref> and HEAD, as `git diff <ref>...HEAD`), plus what is not committed yet
// (staged and unstaged edits, and untracked files that .gitignore does not exclude), so the same command
// works in CI and on a laptop before committing. One diff from the merge base to the working tree gives
// all of it, with line numbers of the files as they are on disk, which are the ones linted.
// Added, modified, renamed, copied and type-changed files count; deleted ones do not. A renamed file counts
// only with its edited lines. A new or untracked file counts as changed on every line.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { WHOLE_FILE, parseChangedLines, parseNameStatus, type LineRange } from './diff-hunks.js';

export type { LineRange } from './diff-hunks.js';

/** Absolute path (resolved from the working directory, like the paths the walk yields) → changed lines. */
export type ChangedFiles = ReadonlyMap<string, readonly LineRange[]>;

/** A reason `--changed-since` cannot work that the user can fix (not a repository, unknown ref): the CLI prints it and exits 2. */
export class ChangedSinceError extends Error {
  override name = 'ChangedSinceError';
}

interface GitOutcome {
  ok: boolean;
  stdout: string;
  stderr: string;
  /** git itself could not be started. */
  missing?: boolean;
}

function git(cwd: string, args: readonly string[]): Promise<GitOutcome> {
  return new Promise((resolve) => {
    execFile(
      'git',
      ['-c', 'core.quotePath=false', ...args],
      // Diffs of a large pull request exceed the 1 MB default; no locks, since we only read.
      { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' } },
      (error, stdout, stderr) => {
        const missing = (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';
        resolve({ ok: !error, stdout, stderr, ...(missing ? { missing } : {}) });
      },
    );
  });
}

/**
 * The files added or modified since `ref` (see the top of this file for what that includes), each with its
 * changed lines. Throws ChangedSinceError, naming the ref, when git is missing, `cwd` is not in a git
 * working tree, the ref is unknown, or the ref and HEAD share no history.
 */
export async function changedFiles(cwd: string, ref: string): Promise<ChangedFiles> {
  const fail = (message: string): never => {
    throw new ChangedSinceError(`--changed-since ${ref}: ${message}`);
  };
  // A ref that starts with a dash would be read by git as an option.
  if (!ref.trim() || ref.startsWith('-')) fail('not a git ref; give a branch, tag or commit, e.g. --changed-since origin/main.');

  const prefix = await git(cwd, ['rev-parse', '--show-prefix']);
  if (prefix.missing) fail('git is not installed (or not on PATH); it is needed to find the changed files.');
  if (!prefix.ok) fail(`${cwd} is not inside a git repository.`);
  const head = await git(cwd, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']);
  if (!head.ok) fail('the repository has no commits yet.');
  const target = await git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  if (!target.ok) fail(`no commit, branch or tag named “${ref}” in this repository. In CI, fetch it first (e.g. \`git fetch origin main\`, or actions/checkout with fetch-depth: 0).`);
  const base = await git(cwd, ['merge-base', target.stdout.trim(), head.stdout.trim()]);
  if (!base.ok) fail(`“${ref}” and HEAD have no common history (in a shallow clone, fetch more history, e.g. actions/checkout with fetch-depth: 0).`);
  const since = base.stdout.trim();

  const diffOptions = ['--no-color', '--no-ext-diff', '--no-textconv', '--no-relative', '--find-renames', '--diff-filter=ACMRT'];
  const [names, patch, untracked] = await Promise.all([
    git(cwd, ['diff', '--name-status', '-z', ...diffOptions, since, '--']),
    git(cwd, ['diff', '--unified=0', '--text', '--src-prefix=a/', '--dst-prefix=b/', ...diffOptions, since, '--']),
    git(cwd, ['ls-files', '--others', '--exclude-standard', '--full-name', '-z', '--', ':/']),
  ]);
  for (const outcome of [names, patch, untracked]) if (!outcome.ok) fail(`git failed: ${outcome.stderr.trim().split('\n')[0] ?? ''}`);

  // Paths from git are relative to the repository root; the walk's are resolved from cwd, possibly through a symlink.
  const cwdInRepo = prefix.stdout.trim().replace(/\/$/, '');
  const absolute = (repoPath: string) => path.resolve(cwd, path.posix.relative(cwdInRepo, repoPath));
  const lines = parseChangedLines(patch.stdout);
  const changed = new Map<string, readonly LineRange[]>();
  for (const { status, path: repoPath } of parseNameStatus(names.stdout)) {
    changed.set(absolute(repoPath), status === 'A' ? WHOLE_FILE : (lines.get(repoPath) ?? []));
  }
  for (const repoPath of untracked.stdout.split('\0')) if (repoPath) changed.set(absolute(repoPath), WHOLE_FILE);
  return changed;
}
