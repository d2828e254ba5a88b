// A pre-commit run imports only what it uses (issue 6): every module costs start-up time, zod alone a tenth of a second.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { formatterNames, getFormatter } from '../../src/format/index.js';
import { FORMAT_NAMES, isFormatName, loadFormatter } from '../../src/format/load-formatter.js';
import { BIN } from '../e2e/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'replylint-lazy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The package files a CLI run loads (from a module hook), with its exit code and output. */
function modulesLoadedBy(args: string[], cwd: string): { modules: string[]; stdout: string; code: number | null } {
  const hook = join(dir, 'hook.mjs');
  const register = join(dir, 'register.mjs');
  writeFileSync(hook, `export async function load(url, context, next) { if (url.startsWith('file:')) process.stderr.write('LOADED ' + url + '\\n'); return next(url, context); }\n`);
  // The hook sees ES modules; CommonJS loaded with require (zod is) shows in Module._load.
  writeFileSync(
    register,
    [
      `import Module, { register } from 'node:module';`,
      `register(${JSON.stringify(pathToFileURL(hook).href)});`,
      `const load = Module._load;`,
      `Module._load = function (request, parent, isMain) {`,
      `  try { process.stderr.write('LOADED file://' + Module._resolveFilename(request, parent, isMain) + '\\n'); } catch {}`,
      `  return load.apply(this, arguments);`,
      `};`,
    ].join('\n'),
  );
  const run = spawnSync(process.execPath, ['--import', pathToFileURL(register).href, BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });
  const modules = run.stderr.split('\n').filter((line) => line.startsWith('LOADED ')).map((line) => line.slice('LOADED '.length));
  return { modules, stdout: run.stdout, code: run.status };
}

const fromPackage = (modules: readonly string[], name: string) => modules.filter((url) => url.includes(`/node_modules/${name}/`));

describe('lazy loading', () => {
  it('loads every format by the names the API lists, as the same functions', async () => {
    expect(FORMAT_NAMES).toEqual(formatterNames);
    for (const name of formatterNames) expect(await loadFormatter(name)).toBe(getFormatter(name));
    expect(isFormatName('toString')).toBe(false);
    expect(await loadFormatter('checkstyle')).toBeUndefined();
  });

  it('lints two named templates without config validation, other formats, fixing, caching or a baseline', () => {
    const project = mkdtempSync(join(dir, 'project-'));
    writeFileSync(join(project, 'a.md'), '---\ntitle: A\nlang: en\n---\nHi,\n\nThe the order is on its way.\n');
    writeFileSync(join(project, 'b.md'), '---\ntitle: B\nlang: fi\n---\nHei,\n\nTilauksesi on matkalla.\n');
    const { modules, stdout, code } = modulesLoadedBy(['a.md', 'b.md', '-f', 'compact'], project);
    expect(stdout).toContain('repeated-words'); // it did lint
    expect(code).toBe(0);
    for (const name of ['zod', 'chalk', 'tinypool', 'recheck', 'ignore', 'write-file-atomic', 'signal-exit', 'picomatch', 'tinyglobby', 'unified', 'remark-parse', 'micromark', 'yaml']) {
      expect(fromPackage(modules, name), name).toEqual([]);
    }
    const own = modules.filter((url) => url.includes('/dist/src/')).map((url) => url.replace(/^.*\/dist\/src\//, ''));
    expect(own).toContain('format/compact.js');
    for (const module of ['format/stylish.js', 'format/sarif.js', 'fix/fix-loop.js', 'fix/write.js', 'cache/result-cache.js', 'suppressions/settle-suppressions.js', 'plugins/load-plugins.js', 'cli/explain-command.js']) {
      expect(own, module).not.toContain(module);
    }
  });

  it('loads the Markdown parser only for a reply that needs it, and reads that reply through it', () => {
    const project = mkdtempSync(join(dir, 'markdown-'));
    writeFileSync(join(project, 'a.md'), '---\ntitle: A\nlang: en\n---\nHi,\n\n> The the order is on its way.\n');
    const { modules, stdout, code } = modulesLoadedBy(['a.md', '-f', 'compact'], project);
    expect(code).toBe(0);
    expect(fromPackage(modules, 'remark-parse').length).toBeGreaterThan(0);
    // Found in the quote's text, at its place in the file: the parser, not the shortcut, read it.
    expect(stdout).toMatch(/a\.md:7:7: .*repeated-words/);
  });

  it('loads the YAML library only for front matter that needs it, and reports what it finds there', () => {
    const project = mkdtempSync(join(dir, 'yaml-'));
    writeFileSync(join(project, 'a.md'), '---\ntitle: A\nlang: en\ntags:\n  - billing\n  - {x: 1}\n---\nHi,\n\nThanks.\n');
    const { modules, stdout } = modulesLoadedBy(['a.md', '-f', 'compact'], project);
    expect(fromPackage(modules, 'yaml').length).toBeGreaterThan(0);
    expect(stdout).toMatch(/a\.md:4:1: warning Write `tags` as a list of texts/);
  });

  it('loads zod when there is a config file to check, and still reports its mistakes', () => {
    const project = mkdtempSync(join(dir, 'config-'));
    writeFileSync(join(project, '.replylintrc.yaml'), 'rules:\n  jargon: loud\n');
    writeFileSync(join(project, 'a.md'), '---\ntitle: A\nlang: en\n---\nHi,\n\nThanks.\n');
    const run = spawnSync(process.execPath, [BIN, 'a.md'], { cwd: project, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('unknown severity "loud"');
    expect(fromPackage(modulesLoadedBy(['a.md'], project).modules, 'zod').length).toBeGreaterThan(0);
  });
});
