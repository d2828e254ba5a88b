// `replylint init`: writes a commented starter configuration, never over an existing one.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from './exit-codes.js';

const STARTER = `# replylint configuration: https://github.com/replylint/replylint#configuration
# Start from the recommended rules; change severities (off, info, warn, error) or options below.
extends: replylint:recommended

# Language of templates that do not say \`lang:\` in their front matter (fi, en). Without it,
# replylint detects the language of each template.
# lang: fi

# Your help desk, so that replylint knows which placeholder is the agent's name:
# zendesk, freshdesk, front, gorgias, intercom, helpscout, zammad, osticket.
# platform: zendesk

# The sign-off that the no-name fix appends, e.g. "{{current_user.first_name}}".
# signature: "{{current_user.first_name}}"

rules:
  # jargon: warn
  # bare-refusal: [warn, {requireReason: true}]

# Other placeholder syntaxes of your templates, as regular expressions.
# placeholders: ['<OTRS_[A-Z_]+>']

# Different settings for some folders:
# overrides:
#   - files: ['snippets/**']
#     rules: {no-name: off}

# ignorePatterns: ['drafts/']
`;

export function initCommand(cwd: string): string {
  const path = join(cwd, '.replylintrc.yaml');
  for (const name of ['.replylintrc.yaml', '.replylintrc.yml', '.replylintrc.json']) {
    if (existsSync(join(cwd, name))) throw new UsageError(`${name} already exists; not overwriting it.`);
  }
  writeFileSync(path, STARTER, { flag: 'wx' });
  return `Wrote ${path}\n`;
}
