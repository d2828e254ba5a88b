// The reply to a reported defect thanks the customer for the report (or for getting in touch).
import { defineRule, type EditBuilder } from '../../src/engine/rule.js';
import type { Span, TextEdit } from '../../src/reply/span.js';
import type { Reply } from '../../src/reply/types.js';

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
    id: 'no-bug-thanks',
    description: 'A reply to a reported defect thanks the customer for reporting it.',
    severity: 'warn',
    fixable: false,
    hasSuggestions: true,
    languages: ['fi', 'en'],
    phrases: ['defect', 'conditional', 'reportSign', 'thanksForReport'],
    messages: {
      missingThanks: 'Thank the customer for reporting the problem (“Thank you for letting us know”).',
    },
  },
  check(reply, { phrases, data, report, fix }) {
    const endings = Array.isArray(data.defectEndings) ? data.defectEndings.map(String) : [];
    // "If the link does not work…" is advice, not a defect the customer met.
    const conditional = (start: number, token: number) => {
      const from = Math.max(reply.tokens[Math.max(0, token - CONDITION_WINDOW)].start, reply.sentenceAt(start)?.start ?? 0);
      return reply.find(phrases.conditional, { start: from, end: start }) !== undefined;
    };
    // Compounds ("ohjelmistovirhe", "kirjautumisongelma") end in a defect word.
    const defect = reply.findAll(phrases.defect).find((m) => !conditional(m.start, m.tokenStart))
      ?? reply.tokens.find((t, i) => endings.some((e) => t.lower.endsWith(e)) && !conditional(t.start, i));
    // A defect named only as a cause ("delayed by a technical fault") is not a report the reply answers.
    const answersReport = reply.kind === 'bug-report' || (defect !== undefined && reply.find(phrases.reportSign) !== undefined);
    if (!answersReport || reply.find(phrases.thanksForReport)) return;
    const sentence = sentenceFor(data.sentences, reply);
    const anchor = firstBodySentence(reply);
    report({
      messageId: 'missingThanks',
      at: defect ?? reply.parts.greeting ?? reply.sentences[0] ?? { start: 0, end: reply.text.length },
      suggest: sentence && anchor ? [{ desc: `Add “${sentence}”`, fix: insertSentence(reply, fix, anchor, sentence) }] : [],
    });
  },
});
