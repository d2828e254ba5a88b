// Reads git's output (`diff --name-status -z`, `diff -U0`) into changed files and the changed lines of each.

/** Lines 1-based and inclusive; `end` is Infinity for "every line" (a new or untracked file). */
export interface LineRange {
  start: number;
  end: number;
}

export const WHOLE_FILE: readonly LineRange[] = [{ start: 1, end: Number.POSITIVE_INFINITY }];

export interface NameStatus {
  /** Git's status letter: A added, M modified, R renamed, C copied, T type changed, D deleted… */
  status: string;
  /** The path in the current version (for a rename, the new name), relative to the repository root. */
  path: string;
}

/** `git diff --name-status -z`: `M\0path\0`, and for renames and copies `R100\0old\0new\0`. Paths are never quoted with -z. */
export function parseNameStatus(output: string): NameStatus[] {
  const fields = output.split('\0');
  const entries: NameStatus[] = [];
  for (let i = 0; i < fields.length; ) {
    const code = fields[i++];
    if (!code) continue;
    const status = code[0];
    if (status === 'R' || status === 'C') i += 1; // skip the old name
    const path = fields[i++];
    if (path) entries.push({ status, path });
  }
  return entries;
}

const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

/**
 * `git diff -U0 --src-prefix=a/ --dst-prefix=b/` → changed lines of each file's current version, keyed by its
 * path relative to the repository root. A hunk that only deletes counts as a change to the line before the
 * deletion (line 1 at the top of the file), so removing the last key of a macro counts for that macro.
 * Hunk bodies are skipped by count, so an added line that reads `+++ x` is never taken for a file header.
 */
export function parseChangedLines(patch: string): Map<string, LineRange[]> {
  const changed = new Map<string, LineRange[]>();
  let current: LineRange[] | undefined;
  let oldLeft = 0;
  let newLeft = 0;
  for (const line of patch.split('\n')) {
    if (oldLeft > 0 || newLeft > 0) {
      if (line.startsWith('-')) oldLeft -= 1;
      else if (line.startsWith('+')) newLeft -= 1;
      else if (line.startsWith(' ')) (oldLeft -= 1), (newLeft -= 1);
      // `\ No newline at end of file` and anything else inside a hunk is not a line of either side.
      continue;
    }
    if (line.startsWith('diff --git ')) current = undefined;
    else if (line.startsWith('+++ ')) {
      const name = line.slice(4).replace(/\t$/, ''); // git adds a tab after a name with a space
      const path = name === '/dev/null' ? undefined : stripPrefix(name.startsWith('"') ? unquoteGitPath(name) : name);
      current = path === undefined ? undefined : (changed.get(path) ?? []);
      if (path !== undefined && current) changed.set(path, current);
    } else {
      const hunk = HUNK_HEADER.exec(line);
      if (!hunk) continue;
      oldLeft = hunk[2] === undefined ? 1 : Number(hunk[2]);
      const start = Number(hunk[3]);
      newLeft = hunk[4] === undefined ? 1 : Number(hunk[4]);
      const range = newLeft > 0 ? { start, end: start + newLeft - 1 } : { start: Math.max(start, 1), end: Math.max(start, 1) };
      current?.push(range);
    }
  }
  for (const [path, ranges] of changed) changed.set(path, mergeLineRanges(ranges));
  return changed;
}

function stripPrefix(name: string): string {
  return name.startsWith('b/') ? name.slice(2) : name;
}

const ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };

/** Undoes git's C-style quoting of a path (`"b/t\tab\303\244.md"`); octal escapes are UTF-8 bytes. */
export function unquoteGitPath(quoted: string): string {
  const inner = quoted.startsWith('"') && quoted.endsWith('"') && quoted.length >= 2 ? quoted.slice(1, -1) : quoted;
  const bytes: number[] = [];
  let literal = '';
  const flush = () => {
    bytes.push(...Buffer.from(literal, 'utf8'));
    literal = '';
  };
  for (let i = 0; i < inner.length; i++) {
    if (inner[i] !== '\\' || i + 1 >= inner.length) {
      literal += inner[i]; // collected whole, so a surrogate pair stays one character
      continue;
    }
    flush();
    const octal = /^[0-7]{3}/.exec(inner.slice(i + 1, i + 4));
    if (octal) {
      bytes.push(parseInt(octal[0], 8));
      i += 3;
    } else {
      bytes.push(ESCAPES[inner[i + 1]] ?? inner.charCodeAt(i + 1));
      i += 1;
    }
  }
  flush();
  return Buffer.from(bytes).toString('utf8');
}

/** Sorted, with overlapping and adjacent ranges joined. */
export function mergeLineRanges(ranges: readonly LineRange[]): LineRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: LineRange[] = [];
  for (const r of sorted) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end + 1) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

/** True when any changed line falls in lines [start, end]. */
export function touchesLines(changed: readonly LineRange[], start: number, end: number): boolean {
  return changed.some((r) => r.start <= end && start <= r.end);
}
