import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findConfigFile } from '../../src/config/find.js';
import { tree } from './setup.js';

describe('findConfigFile', () => {
  it('finds a config file in the working directory', () => {
    const root = tree({ '.replylintrc.yaml': 'lang: fi\n' });
    expect(findConfigFile(root)).toBe(path.join(root, '.replylintrc.yaml'));
  });

  it('walks up from a nested folder to the nearest config', () => {
    const root = tree({ '.replylintrc.yml': '', 'team/.replylintrc.json': '{}', 'team/fi/macros/x.md': '' });
    expect(findConfigFile(path.join(root, 'team/fi/macros'))).toBe(path.join(root, 'team/.replylintrc.json'));
    expect(findConfigFile(root)).toBe(path.join(root, '.replylintrc.yml'));
  });

  it('prefers .yaml over .yml over .json over package.json in one folder', () => {
    const root = tree({
      '.replylintrc.json': '{}', '.replylintrc.yml': '', '.replylintrc.yaml': '',
      'package.json': '{"replylint": {}}',
    });
    expect(findConfigFile(root)).toBe(path.join(root, '.replylintrc.yaml'));
    const noYaml = tree({ '.replylintrc.json': '{}', '.replylintrc.yml': '', 'package.json': '{"replylint": {}}' });
    expect(findConfigFile(noYaml)).toBe(path.join(noYaml, '.replylintrc.yml'));
    const onlyPackage = tree({ 'package.json': '{"name": "x", "replylint": {"lang": "fi"}}', 'a/b/.keep': '' });
    expect(findConfigFile(path.join(onlyPackage, 'a/b'))).toBe(path.join(onlyPackage, 'package.json'));
  });

  it('passes over a package.json without a replylint key (or one that does not parse)', () => {
    const root = tree({ '.replylintrc.yaml': '', 'app/package.json': '{"name": "app"}', 'app/broken/package.json': '{,' });
    expect(findConfigFile(path.join(root, 'app/broken'))).toBe(path.join(root, '.replylintrc.yaml'));
  });

  it('does not take a folder named like a config file', () => {
    const root = tree({ '.replylintrc.yaml/x': '', 'sub/.keep': '' });
    expect(findConfigFile(path.join(root, 'sub'))).not.toBe(path.join(root, '.replylintrc.yaml'));
  });

  it('stops at the filesystem root with nothing found', () => {
    // The temporary folder's ancestors have no replylint config on a clean machine; the root ends the walk.
    const root = tree({ 'deep/er/.keep': '' });
    const found = findConfigFile(path.join(root, 'deep/er'));
    expect(found === undefined || !found.startsWith(root)).toBe(true);
  });
});
