import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { mkdtempSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import type { ResolvedConfig } from '../../src/config/types.js';
import { createLinter } from '../../src/engine/linter.js';
import { ChangedSinceError, changedFiles } from '../../src/files/changed-files.js';
import { mergeLineRanges, parseChangedLines, parseNameStatus, unquoteGitPath } from '../../src/files/diff-hunks.js';
import { changedTemplateFilter, keepDiagnostics } from '../../src/run/changed-templates.js';
import { tempRepo } from './temp-git-repo.js';

const ALL = Number.POSITIVE_INFINITY;

describe('reading git diff output', () => {
  it('takes the new name of a renamed file and every other status from --name-status -z', () => {
    expect(parseNameStatus('M\0a.md\0R087\0old name.yaml\0new name.yaml\0A\0b.md\0')).toEqual([
      { status: 'M', path: 'a.md' },
      { status: 'R', path: 'new name.yaml' },
      { status: 'A', path: 'b.md' },
    ]);
  });

  it('reads hunk headers into line ranges of the new file, with an omitted count meaning one line', () => {
    const patch = [
      'diff --git a/m.yaml b/m.yaml',
      'index 1..2 100644',
      '--- a/m.yaml',
      '+++ b/m.yaml',
      '@@ -3 +3 @@ macros:',
      '-old',
      '+new',
      '@@ -10,0 +11,3 @@',
      '+one',
      '+two',
      '+three',
      '',
    ].join('\n');
    expect(parseChangedLines(patch).get('m.yaml')).toEqual([
      { start: 3, end: 3 },
      { start: 11, end: 13 },
    ]);
  });

  it('counts a deletion as a change to the line before it, and to line 1 at the top of the file', () => {
    const patch = ['--- a/x.md', '+++ b/x.md', '@@ -5,2 +4,0 @@', '-gone', '-gone too', '@@ -1 +0,0 @@', '-first', ''].join('\n');
    expect(parseChangedLines(patch).get('x.md')).toEqual([
      { start: 1, end: 1 },
      { start: 4, end: 4 },
    ]);
  });

  it('does not take an added line reading "+++ b/x" for a file header', () => {
    const patch = ['--- a/a.md', '+++ b/a.md', '@@ -1,0 +2,2 @@', '+++ b/evil.md', '+@@ -1 +90 @@', '--- a/b.md', '+++ b/b.md', '@@ -7 +7 @@', '-x', '+y', ''].join('\n');
    const changed = parseChangedLines(patch);
    expect([...changed.keys()]).toEqual(['a.md', 'b.md']);
    expect(changed.get('a.md')).toEqual([{ start: 2, end: 3 }]);
    expect(changed.get('b.md')).toEqual([{ start: 7, end: 7 }]);
  });

  it('reads quoted names and names with a space (which git follows with a tab), and skips deleted files', () => {
    const patch = [
      '--- "a/t\\tab\\303\\244.md"',
      '+++ "b/t\\tab\\303\\244.md"',
      '@@ -1 +1 @@',
      '-a',
      '+b',
      '--- a/with space.md\t',
      '+++ b/with space.md\t',
      '@@ -2 +2 @@',
      '-a',
      '+b',
      '--- a/deleted.md',
      '+++ /dev/null',
      '@@ -1 +0,0 @@',
      '-a',
      '',
    ].join('\n');
    expect([...parseChangedLines(patch).keys()]).toEqual(['t\tabä.md', 'with space.md']);
  });

  it('undoes C quoting, octal bytes decoded as UTF-8', () => {
    expect(unquoteGitPath('"b/q\\"uote\\\\back\\nline\\360\\237\\230\\200.md"')).toBe('b/q"uote\\back\nline😀.md');
    expect(unquoteGitPath('"😀 ä.md"')).toBe('😀 ä.md');
  });

  it('merges overlapping and adjacent ranges and sorts them', () => {
    expect(mergeLineRanges([{ start: 9, end: 9 }, { start: 1, end: 3 }, { start: 4, end: 5 }, { start: 2, end: 2 }])).toEqual([
      { start: 1, end: 5 },
      { start: 9, end: 9 },
    ]);
  });
});

describe('changedFiles', () => {
  /** main: a, b, c, sub/d, e; branch `work` off main edits a (committed, then unstaged), deletes b, stages c, adds new.md untracked; main later edits e. */
  function scenario() {
    const repo = tempRepo();
    const lines = (n: number, tag = '') => Array.from({ length: n }, (_, i) => `line ${i + 1}${tag}`).join('\n') + '\n';
    for (const f of ['a.md', 'b.md', 'c.md', 'sub/d.md', 'e.md', 'tab\tspace ä.md']) repo.write(f, lines(5));
    repo.commitAll('start');
    repo.git('checkout', '--quiet', '-b', 'work');
    repo.write('a.md', lines(5).replace('line 2\n', 'line 2 edited\n'));
    repo.remove('b.md');
    repo.write('tab\tspace ä.md', lines(5).replace('line 4\n', 'line 4 edited\n'));
    repo.commitAll('branch work');
    repo.git('checkout', '--quiet', 'main');
    repo.write('e.md', lines(5, ' on main'));
    repo.commitAll('main moves on');
    repo.git('checkout', '--quiet', 'work');
    repo.write('a.md', lines(5).replace('line 2\n', 'line 2 edited\n').replace('line 3\n', 'line 3 unstaged\n'));
    repo.write('c.md', 'inserted\n' + lines(5));
    repo.git('add', 'c.md');
    repo.write('new.md', 'brand new\n');
    repo.write('ignored.md', 'ignored\n');
    repo.write('.gitignore', 'ignored.md\n');
    return repo;
  }

  it('lists what the branch changed since it left the ref, plus staged, unstaged and untracked files, with their lines', async () => {
    const repo = scenario();
    const changed = await changedFiles(repo.dir, 'main');
    const at = (f: string) => join(repo.dir, f);
    expect(new Set(changed.keys())).toEqual(new Set([at('a.md'), at('c.md'), at('new.md'), at('.gitignore'), at('tab\tspace ä.md')]));
    expect(changed.get(at('tab\tspace ä.md'))).toEqual([{ start: 4, end: 4 }]); // a name git quotes
    expect(changed.get(at('a.md'))).toEqual([{ start: 2, end: 3 }]); // committed line 2 and unstaged line 3
    expect(changed.get(at('c.md'))).toEqual([{ start: 1, end: 1 }]);
    expect(changed.get(at('new.md'))).toEqual([{ start: 1, end: ALL }]);
    // e.md changed on main after the branch point, b.md was deleted, sub/d.md never changed.
    expect(changed.has(at('e.md'))).toBe(false);
    expect(changed.has(at('b.md'))).toBe(false);
  });

  it('gives absolute paths resolved from a subfolder it runs in', async () => {
    const repo = scenario();
    repo.write('sub/d.md', 'changed\n');
    const changed = await changedFiles(join(repo.dir, 'sub'), 'main');
    expect(changed.get(join(repo.dir, 'sub/d.md'))).toEqual([{ start: 1, end: 1 }]);
    expect(changed.has(join(repo.dir, 'a.md'))).toBe(true);
  });

  it('counts a file added since the ref as changed on every line', async () => {
    const repo = scenario();
    repo.write('added.md', 'one\ntwo\n');
    repo.commitAll('add a file');
    expect((await changedFiles(repo.dir, 'main')).get(join(repo.dir, 'added.md'))).toEqual([{ start: 1, end: ALL }]);
  });

  it('names the ref when it is unknown, looks like an option, or the folder is not a repository', async () => {
    const repo = scenario();
    await expect(changedFiles(repo.dir, 'no-such-branch')).rejects.toThrow(ChangedSinceError);
    await expect(changedFiles(repo.dir, 'no-such-branch')).rejects.toThrow(/^--changed-since no-such-branch: no commit, branch or tag named “no-such-branch”/);
    await expect(changedFiles(repo.dir, '--output=/tmp/x')).rejects.toThrow(/not a git ref/);
    const plain = mkdtempSync(join(tmpdir(), 'replylint-nogit-'));
    await expect(changedFiles(plain, 'main')).rejects.toThrow(/--changed-since main: .* is not inside a git repository/);
  });

  it('says so when the ref and HEAD share no history', async () => {
    const repo = scenario();
    repo.git('checkout', '--quiet', '--orphan', 'unrelated');
    repo.commitAll('unrelated root');
    await expect(changedFiles(repo.dir, 'main')).rejects.toThrow(/no common history/);
  });
});

describe('keeping the diagnostics of changed templates', async () => {
  const catalog = await loadCatalog();
  const linter = createLinter({ rules: catalog.rules.filter((r) => r.rule.meta.id === 'repeated-words'), languages: catalog.languages });
  const config: ResolvedConfig = { placeholders: [], rules: { 'repeated-words': { severity: 'error', options: {} } } };
  const macros = [
    'macros:',
    '  - title: One',
    '    body: Thanks thanks for writing.',
    '  # a comment between macros',
    '  - title: Two',
    '    body: |',
    '      It is done done now.',
    '    kind: general',
    '  - title: Three',
    '    body: All fine fine.',
    '',
  ];
  const text = macros.join('\n');
  const result = linter.lintText(text, { path: 'macros.yaml', config });

  it('records the lines of each macro, keys after the body included', () => {
    expect(result.templateLines).toEqual([
      { templateIndex: 0, line: 2, endLine: 4 },
      { templateIndex: 1, line: 5, endLine: 8 },
      { templateIndex: 2, line: 9, endLine: 11 },
    ]);
    expect(result.messages.map((m) => m.templateIndex)).toEqual([0, 1, 2]);
  });

  it('keeps only diagnostics of macros a changed line falls in, counts recomputed', () => {
    const kept = keepDiagnostics(result, changedTemplateFilter(result, [{ start: 8, end: 8 }])); // `kind:` of macro Two
    expect(kept.messages.map((m) => m.template)).toEqual(['Two']);
    expect(kept.errorCount).toBe(1);
    expect(kept.fixableErrorCount).toBe(1);
    expect(keepDiagnostics(result, changedTemplateFilter(result, [{ start: 1, end: 1 }])).messages).toEqual([]);
    expect(keepDiagnostics(result, changedTemplateFilter(result, [{ start: 1, end: ALL }])).messages).toHaveLength(3);
  });

  it('keeps a diagnostic of the whole file, and every one of a single-template file, when any line changed', () => {
    const broken = linter.lintText('macros:\n  - title: [unclosed\n', { path: 'm.yaml', config });
    expect(broken.messages[0].ruleId).toBe('parse-error');
    expect(keepDiagnostics(broken, changedTemplateFilter(broken, [{ start: 1, end: 1 }])).messages).toHaveLength(1);
    expect(keepDiagnostics(broken, changedTemplateFilter(broken, [])).messages).toHaveLength(0);
    const markdown = linter.lintText('Hello hello.\n\nBye.\n', { path: 'a.md', config });
    expect(markdown.templateLines).toBeUndefined();
    expect(keepDiagnostics(markdown, changedTemplateFilter(markdown, [{ start: 3, end: 3 }])).messages).toHaveLength(1);
    expect(keepDiagnostics(markdown, changedTemplateFilter(markdown, [])).messages).toHaveLength(0);
  });
});
