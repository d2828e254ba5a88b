// Config keys for extensions: `plugins` and `rulePacks` at the top level, `plugin:` configs in extends, presets of built-in rules only.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectExtensionRefs } from '../../src/config/extension-refs.js';
import { loadConfigFile } from '../../src/config/load.js';
import { recommended } from '../../src/config/presets.js';
import { ConfigError } from '../../src/config/types.js';
import { catalog, defaults, tree } from './setup.js';

const withPlugin = { ...catalog, ids: [...catalog.ids, 'acme/one-question'], builtinIds: catalog.ids };
const pluginConfigs = new Map([['plugin:acme/recommended', { rules: { 'acme/one-question': 'error' as const } }]]);

describe('extension keys', () => {
  it('rejects `plugins` that is not a list, naming the key and what it takes', () => {
    const dir = tree({ '.replylintrc.yaml': 'plugins: replylint-plugin-acme\n' });
    const error = (() => { try { loadConfigFile(path.join(dir, '.replylintrc.yaml'), { catalog, defaults }); } catch (e) { return e; } })();
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems.map((p) => [p.path, p.message])).toEqual([['plugins', 'expected a list of plugin packages or module paths, got a string']]);
  });

  it('merges a plugin config named in extends, under the file’s own rules', () => {
    const dir = tree({ '.replylintrc.yaml': 'extends: [replylint:recommended, plugin:acme/recommended]\nrules:\n  jargon: off\n' });
    const config = loadConfigFile(path.join(dir, '.replylintrc.yaml'), { catalog: withPlugin, defaults: { ...defaults, 'acme/one-question': 'warn' }, pluginConfigs });
    expect(config.rules?.['acme/one-question']).toBe('error');
    expect(config.rules?.jargon).toBe('off');
    expect(config.plugins).toBeUndefined();
  });

  it('keeps plugin rules out of replylint’s own presets', () => {
    expect(Object.keys(recommended(withPlugin, { ...defaults, 'acme/one-question': 'warn' }).rules ?? {})).not.toContain('acme/one-question');
  });

  it('collects plugins and rule packs from the extends chain, each with the file that declares it', () => {
    const dir = tree({
      '.replylintrc.yaml': 'extends: [./shared/base.yaml]\nplugins: [replylint-plugin-acme]\n',
      'shared/base.yaml': 'plugins: [./team/index.js]\nrulePacks: [./styles/Acme]\n',
    });
    const refs = collectExtensionRefs(path.join(dir, '.replylintrc.yaml'));
    expect(refs.plugins.map((r) => [r.reference, path.relative(dir, r.file), r.line])).toEqual([
      ['./team/index.js', 'shared/base.yaml', 1],
      ['replylint-plugin-acme', '.replylintrc.yaml', 2],
    ]);
    expect(refs.rulePacks.map((r) => [r.reference, path.relative(dir, r.file)])).toEqual([['./styles/Acme', 'shared/base.yaml']]);
  });
});
