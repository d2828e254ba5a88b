// A reply to a bad experience acknowledges how the customer feels, not only with a formula apology.
import { defineRule, type EditBuilder } from '../../src/engine/rule.js';
import type { Span, TextEdit } from '../../src/reply/span.js';
import type { Reply } from '../../src/reply/types.js';

/** Kinds that answer a bad experience whatever their words. */
const BAD_EXPERIENCE_KINDS: readonly string[] = ['complaint', 'apology', 'delay'];

/** The suggested sentence for the reply's register: `{informal, formal}` or one string for both. */
const sentenceFor = (value: unknown, reply: Reply): string | undefined =>
  typeof value === 'string' ? value : (value as Record<string, unknown> | undefined)?.[reply.register] as string | undefined;

/** Where a sentence "after the greeting" goes: before the body's first sentence. */
const firstBodySentence = (reply: Reply) => reply.sentences.find((s) => s.start >= (reply.parts.greeting?.end ?? 0));

/** How many words before a match a conditional ("jos", "if") turns it into a condition. */
const CONDITION_WINDOW = 5;

/** Inserts `text` as its own sentence before `anchor`, capitalising the anchor ("Hei Matti,\n\nkiitos…" → "… Kiitos…"). */
const insertSentence = (reply: Reply, fix: EditBuilder, anchor: Span, text: string): TextEdit => {
  const first = reply.text.slice(anchor.start, anchor.start + 1);
  return /\p{Ll}/u.test(first)
    ? fix.replace({ start: anchor.start, end: anchor.start + 1 }, `${text} ${first.toUpperCase()}`)
    : fix.insertBefore(anchor, `${text} `);
};

export default defineRule({
  meta: {
    id: 'no-empathy',
    description: 'A reply to a bad experience acknowledges how the customer feels.',
    severity: 'warn',
    fixable: false,
    hasSuggestions: true,
    languages: ['fi', 'en'],
    phrases: ['badExperience', 'conditional', 'formulaApology', 'empathy'],
    messages: {
      missingEmpathy: 'Acknowledge how the customer feels (“I understand how frustrating this is”); a formula apology does not.',
    },
  },
  check(reply, { phrases, data, report, fix }) {
    const formulas = reply.findAll(phrases.formulaApology);
    // "If your parcel arrives damaged…" describes a case, not this customer's experience.
    const bad = reply.findAll(phrases.badExperience).find((m) => {
      const from = Math.max(reply.tokens[Math.max(0, m.tokenStart - CONDITION_WINDOW)].start, reply.sentenceAt(m.start)?.start ?? 0);
      return !reply.find(phrases.conditional, { start: from, end: m.start });
    });
    const signs = [bad, formulas[0]].filter((m) => m !== undefined);
    if (signs.length === 0 && !BAD_EXPERIENCE_KINDS.includes(reply.kind)) return;
    // "We're sorry for any inconvenience" holds "sorry" but is still the formula.
    const felt = reply.findAll(phrases.empathy).some((e) => !formulas.some((f) => e.start < f.end && e.end > f.start));
    if (felt) return;
    const first = signs.sort((a, b) => a.start - b.start)[0];
    const at = first ?? reply.parts.greeting ?? reply.sentences[0] ?? { start: 0, end: reply.text.length };
    const sentence = sentenceFor(data.sentences, reply);
    const anchor = firstBodySentence(reply);
    report({
      messageId: 'missingEmpathy',
      at,
      suggest: sentence && anchor ? [{ desc: `Add “${sentence}”`, fix: insertSentence(reply, fix, anchor, sentence) }] : [],
    });
  },
});
