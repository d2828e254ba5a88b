// A person signs the reply: its sign-off holds a personal name or an agent-name placeholder, not only a team.
import { defineRule } from '../../src/engine/rule.js';
import { teamEntries, withTeamPhrases } from '../../src/language/team-phrases.js';
import { namesPerson, signedByPlaceholder, signOffOf } from './sign-off.js';

const strings = (v: unknown) => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);

type Options = { add: string[]; allow: string[]; addFile: string | string[] | null };

export default defineRule<Options>({
  meta: {
    id: 'no-name',
    description: 'A person signs the reply with their name.',
    severity: 'warn',
    fixable: true,
    hasSuggestions: true,
    languages: ['fi', 'en'],
    phrases: ['team', 'notNames'],
    options: { add: [], allow: [], addFile: null },
    skipKinds: ['snippet'],
    messages: {
      missingName: 'Sign the reply with your own name (or the agent-name placeholder), not only the team or company.',
    },
  },
  check(reply, { phrases, options, data, signature, report, fix }) {
    const { closing, signature: signOff } = reply.parts;
    const sign = signOff ?? reply.lines.at(-1);
    const searched = signOffOf(reply);
    if (!sign || !searched || signedByPlaceholder(reply)) return;
    const words = {
      // `add`: the team's own team and company names; `allow`: words that are names, not teams, on its sign-offs.
      team: withTeamPhrases(phrases.team, { add: teamEntries(options.add), allow: options.allow }),
      notNames: phrases.notNames,
      teamEndings: strings(data.teamEndings),
      notNameEndings: strings(data.notNameEndings),
      fromEndings: strings(data.fromEndings),
      personAfterEndings: strings(data.personAfterEndings),
      connectors: strings(data.connectors),
    };
    if (namesPerson(reply, searched, words)) return;
    const byPlatform = (data.agentPlaceholders ?? {}) as Record<string, string>;
    const name = signature ?? byPlatform[reply.platform ?? ''] ?? String(data.agentPlaceholder ?? '{{current_user.first_name}}');
    // The name goes on its own line right after the closing (above a team line), else below the last line.
    const edit = closing && signOff ? fix.insertBefore(signOff, `${name}\n`)
      : closing ? fix.insertAfter(closing, `\n${name}`) : fix.insertAfter(sign, `\n\n${name}`);
    report({
      messageId: 'missingName',
      at: sign,
      fix: signature ? edit : undefined,
      suggest: [{ desc: `Sign with “${name}”`, fix: edit }],
    });
  },
});
