import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findTemplates, isFileProblem, type FileEntry, type FileProblem, type FindTemplatesOptions } from '../../src/files/walk.js';

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'replylint-walk-'));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return root;
}

async function collect(inputs: string[], options: FindTemplatesOptions): Promise<Array<FileEntry | FileProblem>> {
  const out: Array<FileEntry | FileProblem> = [];
  for await (const item of findTemplates(inputs, options)) out.push(item);
  return out;
}

/** Found files as paths relative to root (problems as `!path: message`). */
async function found(root: string, inputs: string[], options: Partial<FindTemplatesOptions> = {}): Promise<string[]> {
  const items = await collect(inputs, { cwd: root, ...options });
  return items.map((item) => {
    const relative = path.relative(root, item.path).split(path.sep).join('/');
    return isFileProblem(item) ? `!${relative}: ${item.message}` : relative;
  });
}

describe('findTemplates: folders', () => {
  it('walks folders recursively for template extensions, sorted by name within each folder', async () => {
    const root = tree({
      'b.md': '', 'a.yaml': '', 'A.txt': '', 'notes.markdown': '', 'macros.yml': '', 'image.png': '', 'script.js': '',
      'sub/z.md': '', 'sub/deeper/y.MD': '', 'sub-a.md': '',
    });
    expect(await found(root, ['.'])).toEqual([
      'A.txt', 'a.yaml', 'b.md', 'macros.yml', 'notes.markdown', 'sub/deeper/y.MD', 'sub/z.md', 'sub-a.md',
    ]);
  });

  it('marks folder contents as not explicit', async () => {
    const root = tree({ 'x/a.md': '' });
    const [entry] = await collect(['x'], { cwd: root });
    expect(entry).toEqual({ path: path.join(root, 'x/a.md'), explicit: false });
  });

  it('skips .git, node_modules and dot-named files and folders', async () => {
    const root = tree({
      '.git/HEAD.md': '', 'node_modules/pkg/README.md': '', 'sub/node_modules/x.md': '', '.github/workflow.yml': '',
      '.replylintrc.yaml': '', 'keep.md': '',
    });
    expect(await found(root, ['.'])).toEqual(['keep.md']);
  });

  it('applies .replylintignore from cwd and from the root of each walked folder, relative to its own folder', async () => {
    const root = tree({
      '.replylintignore': 'drafts/\n*.tmp.md\n',
      'templates/.replylintignore': '/legacy.md\nfi/old/\n',
      'templates/a.md': '', 'templates/legacy.md': '', 'templates/fi/legacy.md': '', 'templates/fi/old/x.md': '',
      'templates/drafts/d.md': '', 'templates/x.tmp.md': '',
    });
    expect(await found(root, ['templates'])).toEqual(['templates/a.md', 'templates/fi/legacy.md']);
  });

  it('applies the isIgnored option to files and to whole folders', async () => {
    const root = tree({ 'a.md': '', 'skip/b.md': '', 'c.md': '' });
    const seen: Array<[string, boolean | undefined]> = [];
    const isIgnored = (p: string, isDirectory?: boolean) => {
      seen.push([path.relative(root, p), isDirectory]);
      return p.endsWith('c.md') || p.endsWith(`${path.sep}skip`);
    };
    expect(await found(root, ['.'], { isIgnored })).toEqual(['a.md']);
    expect(seen).toContainEqual(['skip', true]);
    // The pruned folder is not entered.
    expect(seen.map(([p]) => p)).not.toContain(path.join('skip', 'b.md'));
  });

  it('yields each file once, even when named twice or reached through a symlink', async () => {
    const root = tree({ 'templates/a.md': '', 'templates/b.md': '' });
    symlinkSync(path.join(root, 'templates'), path.join(root, 'alias'));
    expect(await found(root, ['templates', 'templates/a.md', 'alias', 'templates'])).toEqual(['templates/a.md', 'templates/b.md']);
  });
});

describe('findTemplates: named files', () => {
  it('takes a named file whatever its extension, as explicit', async () => {
    const root = tree({ 'reply.html': '', 'a.md': '' });
    expect(await collect(['reply.html', 'a.md'], { cwd: root })).toEqual([
      { path: path.join(root, 'reply.html'), explicit: true },
      { path: path.join(root, 'a.md'), explicit: true },
    ]);
  });

  it('keeps the order of the inputs', async () => {
    const root = tree({ 'z.md': '', 'a.md': '' });
    expect(await found(root, ['z.md', 'a.md'])).toEqual(['z.md', 'a.md']);
  });

  it('silently skips a named file that .replylintignore or isIgnored excludes', async () => {
    const root = tree({ '.replylintignore': 'drafts/\n', 'drafts/a.md': '', 'b.md': '', 'c.md': '' });
    expect(await found(root, ['drafts/a.md', 'b.md', 'c.md'], { isIgnored: (p) => p.endsWith('c.md') })).toEqual(['b.md']);
  });

  it('reports a path that does not exist', async () => {
    const root = tree({ 'a.md': '' });
    expect(await collect(['missing.md', 'a.md', 'a.md/x'], { cwd: root })).toEqual([
      { path: path.join(root, 'missing.md'), message: 'No such file or directory' },
      { path: path.join(root, 'a.md'), explicit: true },
      { path: path.join(root, 'a.md/x'), message: 'No such file or directory' },
    ]);
  });
});

describe('findTemplates: globs', () => {
  it('expands a glob relative to cwd to sorted template files, not explicit', async () => {
    const root = tree({ 'fi/b.md': '', 'fi/a.yaml': '', 'fi/x.png': '', 'en/c.md': '', 'fi/node_modules/n.md': '' });
    const items = await collect(['fi/**/*'], { cwd: root });
    expect(items).toEqual([
      { path: path.join(root, 'fi/a.yaml'), explicit: false },
      { path: path.join(root, 'fi/b.md'), explicit: false },
    ]);
  });

  it('applies the ignore rules to glob matches', async () => {
    const root = tree({ '.replylintignore': 'b.md\n', 'a.md': '', 'b.md': '', 'c.md': '' });
    expect(await found(root, ['*.md'], { isIgnored: (p) => p.endsWith('c.md') })).toEqual(['a.md']);
  });

  it('reports a glob that matches no template', async () => {
    const root = tree({ 'a.png': '' });
    expect(await found(root, ['*.md', '*.png'])).toEqual([
      '!*.md: No template files match this pattern',
      '!*.png: No template files match this pattern',
    ]);
  });

  it('takes an existing file whose name looks like a glob as that file', async () => {
    const root = tree({ 'reply[1].md': '' });
    expect(await collect(['reply[1].md'], { cwd: root })).toEqual([{ path: path.join(root, 'reply[1].md'), explicit: true }]);
  });
});

describe('findTemplates: symlinks', () => {
  it('does not loop on a symlink to an ancestor folder', async () => {
    const root = tree({ 'a/b/x.md': '' });
    symlinkSync(path.join(root, 'a'), path.join(root, 'a/b/up'));
    symlinkSync('.', path.join(root, 'a/self'));
    expect(await found(root, ['.'])).toEqual(['a/b/x.md']);
  });

  it('skips dangling symlinks and symlink loops found in a folder', async () => {
    const root = tree({ 'a.md': '' });
    symlinkSync(path.join(root, 'nowhere.md'), path.join(root, 'dangling.md'));
    symlinkSync('loop2.md', path.join(root, 'loop1.md'));
    symlinkSync('loop1.md', path.join(root, 'loop2.md'));
    expect(await found(root, ['.'])).toEqual(['a.md']);
  });

  it('follows a symlinked file, under the link name', async () => {
    const root = tree({ 'real/a.md': '' });
    mkdirSync(path.join(root, 'links'));
    symlinkSync(path.join(root, 'real/a.md'), path.join(root, 'links/b.md'));
    expect(await found(root, ['links'])).toEqual(['links/b.md']);
  });

  it('reports a named symlink that is dangling or loops', async () => {
    const root = tree({});
    symlinkSync(path.join(root, 'nowhere.md'), path.join(root, 'dangling.md'));
    symlinkSync('loop.md', path.join(root, 'loop.md'));
    expect(await found(root, ['dangling.md', 'loop.md'])).toEqual([
      '!dangling.md: No such file or directory',
      '!loop.md: Too many levels of symbolic links (a symlink loop)',
    ]);
  });
});
