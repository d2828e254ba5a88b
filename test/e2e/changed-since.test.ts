// End-to-end: `--changed-since` on a throwaway git repository with a multi-macro YAML file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempRepo } from '../files/temp-git-repo.js';
import { runCli } from './run-cli.js';

const CONFIG = 'extends: []\nrules:\n  repeated-words: error\n';

const MACROS = (thirdBody: string) =>
  [
    'macros:',
    '  - title: Refund',
    '    body: |',
    '      Hello,',
    '',
    '      Your refund is on its way.',
    '    tags: [billing]',
    '  - title: Delay',
    '    body: Sorry for the the wait.',
    '  - title: Thanks',
    `    body: ${thirdBody}`,
    '',
  ].join('\n');

/** main holds three macros (Delay has an old problem) and a Markdown file with an old problem; branch `pr` edits only the Thanks macro. */
function pullRequest() {
  const repo = tempRepo();
  repo.write('.replylintrc.yaml', CONFIG);
  repo.write('macros.yaml', MACROS('Thanks for writing.'));
  repo.write('old.md', 'Hello,\n\nThis is very very old.\n');
  repo.commitAll('templates');
  repo.git('checkout', '--quiet', '-b', 'pr');
  repo.write('macros.yaml', MACROS('Thanks for for writing.'));
  repo.commitAll('edit the Thanks macro');
  return repo;
}

describe('replylint --changed-since', () => {
  it('reports only the changed macro, and does not lint an unchanged Markdown file', () => {
    const repo = pullRequest();
    const everything = runCli(['.', '-f', 'compact'], { cwd: repo.dir });
    expect(everything.stdout).toContain('old.md');
    expect(everything.stdout.match(/repeated-words/g)).toHaveLength(3);

    const run = runCli(['.', '--changed-since', 'main', '-f', 'compact'], { cwd: repo.dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.stdout.trim().split('\n')).toEqual(['macros.yaml:11:22: error Remove the repeated “for”. [repeated-words]']);
  });

  it('passes when the changed macro is clean, although untouched macros still have problems', () => {
    const repo = pullRequest();
    repo.write('macros.yaml', MACROS('Thanks for writing!'));
    repo.commitAll('fix the typo');
    const run = runCli(['.', '--changed-since', 'main', '-f', 'compact'], { cwd: repo.dir });
    expect(run.stdout).toBe('');
    expect(run.code).toBe(0);
  });

  it('includes uncommitted edits and new files, and intersects with the paths given', () => {
    const repo = pullRequest();
    repo.write('new.md', 'Hi,\n\nA new new template.\n');
    repo.write('old.md', 'Hello,\n\nThis is very very old.\nEdited today.\n');
    const run = runCli(['.', '--changed-since', 'main', '-f', 'compact'], { cwd: repo.dir });
    expect(run.stdout).toMatch(/^macros\.yaml:11:22: .*\nnew\.md:3:7: .*\nold\.md:3:14: .*\n$/);
    const onlyNew = runCli(['new.md', '--changed-since', 'main', '-f', 'compact'], { cwd: repo.dir });
    expect(onlyNew.stdout).toMatch(/^new\.md:3:7: error Remove the repeated “new”\. \[repeated-words\]\n$/);
  });

  it('--fix repairs the changed macro only', () => {
    const repo = pullRequest();
    const run = runCli(['.', '--changed-since', 'main', '--fix'], { cwd: repo.dir });
    expect(run.code).toBe(0);
    const fixed = readFileSync(join(repo.dir, 'macros.yaml'), 'utf8');
    expect(fixed).toContain('body: Thanks for writing.');
    expect(fixed).toContain('body: Sorry for the the wait.');
    expect(readFileSync(join(repo.dir, 'old.md'), 'utf8')).toContain('very very');
  });

  it('exits 2 with a message naming an unknown ref, and refuses standard input', () => {
    const repo = pullRequest();
    const run = runCli(['.', '--changed-since', 'no-such-ref'], { cwd: repo.dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^replylint: --changed-since no-such-ref: no commit, branch or tag named “no-such-ref” in this repository\./);
    const stdin = runCli(['--stdin', '--changed-since', 'main'], { cwd: repo.dir, input: 'Hi hi.\n' });
    expect(stdin.code).toBe(2);
    expect(stdin.stderr).toContain('--changed-since');
  });
});
