// The reply to a reported defect thanks the customer for the report (or for getting in touch).
import { defineRule } from '../../src/engine/rule.js';
import type { Reply } from '../../src/reply/types.js';
import { endsWithAny } from '../../src/language/suffixes.js';
import { teamEntries, withTeamPhrases } from '../../src/language/team-phrases.js';

type TeamOptions = { add: string[]; allow: string[]; addFile: string | string[] | null };


/** Where a sentence "after the greeting" goes: before the body's first sentence. */
const firstBodySentence = (reply: Reply) => reply.sentences.find((s) => s.start >= (reply.parts.greeting?.end ?? 0));

/** How many words before a match a conditional ("jos", "if") turns it into a condition. */
const CONDITION_WINDOW = 5;
/** How many words may stand between a part of the service and its broken state ("the link in your email was broken"). */
const BROKEN_WINDOW = 5;

export default defineRule<TeamOptions>({
  meta: {
    id: 'no-bug-thanks',
    description: 'A reply to a reported defect thanks the customer for reporting it.',
    severity: 'warn',
    fixable: false,
    hasSuggestions: true,
    languages: ['fi', 'en'],
    phrases: ['defect', 'brokenState', 'conditional', 'reportSign', 'thanksForReport'],
    options: { add: [], allow: [], addFile: null },
    messages: {
      missingThanks: 'Thank the customer for reporting the problem (“Thank you for letting us know”).',
    },
  },
  check(reply, { phrases, options, data, report, fix, inRegister }) {
    // `add`: the team's own ways of thanking for a report; `allow`: words that name no defect in its trade.
    const thanksForReport = withTeamPhrases(phrases.thanksForReport, { add: teamEntries(options.add) });
    const defects = withTeamPhrases(phrases.defect, { allow: options.allow });
    const isDefectWord = endsWithAny(data.defectEndings);
    const isPartWord = endsWithAny(data.brokenPartEndings);
    // "If the link does not work…" is advice, not a defect the customer met.
    const conditional = (start: number, token: number) => {
      const from = Math.max(reply.tokens[Math.max(0, token - CONDITION_WINDOW)].start, reply.sentenceAt(start)?.start ?? 0);
      return reply.find(phrases.conditional, { start: from, end: start }) !== undefined;
    };
    // Compounds ("ohjelmistovirhe", "kirjautumisongelma") end in a defect word; a part of the service
    // ("link", "seurantalinkki") is a defect when its broken state follows ("…was broken", "…oli rikki").
    const tokens = reply.tokens;
    const brokenPart = (i: number) => {
      if (!isPartWord(tokens[i].lower)) return false;
      const last = tokens.slice(i + 1, i + 2 + BROKEN_WINDOW).filter((t) => t.sentence === tokens[i].sentence).at(-1);
      return last !== undefined && reply.find(phrases.brokenState, { start: tokens[i].end, end: last.end }) !== undefined;
    };
    const defect = reply.findAll(defects).find((m) => !conditional(m.start, m.tokenStart))
      ?? tokens.find((t, i) => (isDefectWord(t.lower) || brokenPart(i)) && !conditional(t.start, i));
    // A defect named only as a cause ("delayed by a technical fault") is not a report the reply answers;
    // nor is advice for a case that may not exist ("if the problem you are experiencing persists…").
    const reportSign = reply.findAll(phrases.reportSign).some((m) => !conditional(m.start, m.tokenStart));
    const answersReport = reply.kind === 'bug-report' || (defect !== undefined && reportSign);
    if (!answersReport || reply.find(thanksForReport)) return;
    const sentence = inRegister(data.sentences);
    const anchor = firstBodySentence(reply);
    report({
      messageId: 'missingThanks',
      at: defect ?? reply.parts.greeting ?? reply.sentences[0] ?? { start: 0, end: reply.text.length },
      suggest: sentence && anchor ? [{ desc: `Add “${sentence}”`, fix: fix.insertSentence(anchor, sentence) }] : [],
    });
  },
});
