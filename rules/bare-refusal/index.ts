// A refusal first validates the request ("I'd really like to help, but…"); a reason is optional.
import { defineRule } from '../../src/engine/rule.js';
import type { Reply } from '../../src/reply/types.js';
import { teamEntries, withTeamPhrases } from '../../src/language/team-phrases.js';


/** How many words before a refusal a conditional ("jos", "if") turns it into a condition. */
const CONDITION_WINDOW = 3;
/** How many words ("currently", "vielä") may stand between "we can't" and the verb that makes it no refusal. */
const VERB_WINDOW = 2;

/** True when the refusal is asked, not said: a "?" ends its clause ("…because we can't use the old address?"). */
const asked = (reply: Reply, from: number, sentenceEnd: number): boolean => {
  const rest = reply.text.slice(from, sentenceEnd);
  const question = rest.indexOf('?');
  // "We can't refund it, but could we offer a voucher?" still says no: a clause break comes before the "?".
  return question >= 0 && !/[,;:–—]|\b(?:but|mutta|vaan)\b/iu.test(rest.slice(0, question));
};

type Options = { requireReason: boolean; add: string[]; allow: string[]; addFile: string | string[] | null };

export default defineRule<Options>({
  meta: {
    id: 'bare-refusal',
    description: 'A refusal first shows that the request is reasonable and that you would like to help.',
    severity: 'warn',
    fixable: false,
    hasSuggestions: true,
    languages: ['fi', 'en'],
    phrases: ['refusal', 'notRefusal', 'conditional', 'validation', 'reason'],
    options: { requireReason: false, add: [], allow: [], addFile: null },
    messages: {
      missingValidation: 'Before saying no, show that the request is reasonable and that you would like to help.',
      missingReason: 'Give a short reason for the refusal, or an alternative the customer can use.',
      missingValidationAndReason: 'Before saying no, show that you would like to help; then give a short reason or an alternative.',
    },
  },
  check(reply, { phrases, options, data, report, fix, inRegister }) {
    // `add`: the team's own ways of showing it would like to help; `allow`: phrases that decline nothing in its trade.
    const validation = withTeamPhrases(phrases.validation, { add: teamEntries(options.add) });
    const refusals = withTeamPhrases(phrases.refusal, { allow: options.allow });
    const refusal = reply.findAll(refusals).find((m) => {
      const inSentence = reply.sentenceAt(m.start) ?? { start: 0, end: reply.text.length };
      // "If we cannot reach you…" states a condition, not a refusal: a conditional word just before the refusal.
      const from = Math.max(reply.tokens[Math.max(0, m.tokenStart - CONDITION_WINDOW)].start, inSentence.start);
      if (reply.find(phrases.conditional, { start: from, end: m.start })) return false;
      // The verb after "we can't" decides: "we can't see any charge" or "emme voi muuta kuin kiittää" declines nothing.
      const lastVerbToken = reply.tokens[Math.min(reply.tokens.length - 1, m.tokenEnd + VERB_WINDOW)];
      const verbsEnd = Math.min(inSentence.end, lastVerbToken?.end ?? m.end);
      if (reply.findAll(phrases.notRefusal, { start: m.end, end: inSentence.end }).some((n) => n.start < verbsEnd)) return false;
      return !asked(reply, m.start, inSentence.end);
    });
    if (!refusal) return;
    const sentence = reply.sentenceAt(refusal.start) ?? refusal;
    const validated = reply.find(validation, { start: 0, end: sentence.end }) !== undefined;
    const reasoned = !options.requireReason || reply.find(phrases.reason, { start: sentence.start, end: reply.text.length }) !== undefined;
    if (validated && reasoned) return;
    const messageId = validated ? 'missingReason' : reasoned ? 'missingValidation' : 'missingValidationAndReason';
    const leadIn = validated ? undefined : inRegister(data.sentences);
    report({
      messageId,
      at: sentence,
      suggest: leadIn ? [{ desc: `Start with “${leadIn}”`, fix: fix.insertSentence(sentence, leadIn) }] : [],
    });
  },
});
