// A reply to a bad experience acknowledges how the customer feels, not only with a formula apology.
import { defineRule } from '../../src/engine/rule.js';
import type { Span } from '../../src/reply/span.js';
import type { Reply } from '../../src/reply/types.js';
import { teamEntries, withTeamPhrases } from '../../src/language/team-phrases.js';

type TeamOptions = { add: string[]; allow: string[]; addFile: string | string[] | null };

/** Kinds that answer a bad experience whatever their words. */
const BAD_EXPERIENCE_KINDS: readonly string[] = ['complaint', 'apology', 'delay'];


/** Where a sentence "after the greeting" goes: before the body's first sentence. */
const firstBodySentence = (reply: Reply) => reply.sentences.find((s) => s.start >= (reply.parts.greeting?.end ?? 0));

/** How many words before a match a conditional ("jos", "if") turns it into a condition. */
const CONDITION_WINDOW = 5;

/** An error word near a verb that we (or the passive) did: "kirjasimme väärän", "suljettiin virheellisesti". */
interface OurDeed {
  /** Endings of the verb forms: "imme" (we did), "ttiin" (it was done). */
  verbEndings: string[];
  /** The error words near it, exact or a prefix ending in "*": "virheellisesti", "väär*". */
  near: string[];
  /** Verb forms with such an ending that tell no deed of ours: "(on) saatettu", "may have been". */
  except: string[];
}

/** How many words may stand between the verb and the error word ("kirjasimme siirtopäiväksi väärän"). */
const DEED_WINDOW = 2;
/** The shortest verb stem an ending may follow, so that "kotiin" is no passive of "ko-". */
const MIN_STEM = 3;

const ourDeeds = (value: unknown): OurDeed[] => (Array.isArray(value) ? value : []).flatMap((d: unknown) => {
  const { verbEndings, near, except } = (d ?? {}) as Record<string, unknown>;
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  return [{ verbEndings: strings(verbEndings), near: strings(near), except: strings(except) }];
});

/** The first place where one of `deeds` tells our mistake, as a span over the verb and the error word. */
function findOurDeed(reply: Reply, deeds: readonly OurDeed[], accept: (m: Span & { tokenStart: number }) => boolean): (Span & { tokenStart: number }) | undefined {
  const { tokens } = reply;
  const isNear = (word: string, near: readonly string[]) => near.some((n) => (n.endsWith('*') ? word.startsWith(n.slice(0, -1)) : word === n));
  const isVerb = (word: string, endings: readonly string[]) => endings.some((e) => word.length >= e.length + MIN_STEM && word.endsWith(e));
  for (let i = 0; i < tokens.length; i += 1) {
    for (const deed of deeds) {
      if (!isNear(tokens[i].lower, deed.near)) continue;
      for (let j = Math.max(0, i - DEED_WINDOW - 1); j <= Math.min(tokens.length - 1, i + DEED_WINDOW + 1); j += 1) {
        if (j === i || tokens[j].sentence !== tokens[i].sentence || !isVerb(tokens[j].lower, deed.verbEndings) || deed.except.includes(tokens[j].lower)) continue;
        const [a, b] = j < i ? [j, i] : [i, j];
        // "Huomasimme, että syötit väärän…": a clause boundary between them parts the verb from the error.
        if (/[,;:()]/.test(reply.slice({ start: tokens[a].end, end: tokens[b].start }))) continue;
        const found = { start: tokens[a].start, end: tokens[b].end, tokenStart: a };
        if (accept(found)) return found;
      }
    }
  }
  return undefined;
}

export default defineRule<TeamOptions>({
  meta: {
    id: 'no-empathy',
    description: 'A reply to a bad experience acknowledges how the customer feels.',
    severity: 'warn',
    fixable: false,
    hasSuggestions: true,
    languages: ['fi', 'en'],
    phrases: ['badExperience', 'conditional', 'formulaApology', 'empathy'],
    options: { add: [], allow: [], addFile: null },
    messages: {
      missingEmpathy: 'Acknowledge how the customer feels (“I understand how frustrating this is”); a formula apology does not.',
    },
  },
  check(reply, { phrases, options, data, report, fix, inRegister }) {
    // `add`: the team's own ways of acknowledging feelings; `allow`: words that tell no bad experience in its trade.
    const empathy = withTeamPhrases(phrases.empathy, { add: teamEntries(options.add) });
    const badExperience = withTeamPhrases(phrases.badExperience, { allow: options.allow });
    const formulas = reply.findAll(phrases.formulaApology);
    // "If your parcel arrives damaged…" describes a case, not this customer's experience.
    const unconditional = (m: Span & { tokenStart: number }) => {
      const from = Math.max(reply.tokens[Math.max(0, m.tokenStart - CONDITION_WINDOW)].start, reply.sentenceAt(m.start)?.start ?? 0);
      return !reply.find(phrases.conditional, { start: from, end: m.start });
    };
    const bad = reply.findAll(badExperience).find(unconditional);
    const deed = findOurDeed(reply, ourDeeds(data.ourDeeds), unconditional);
    const signs = [bad, deed, formulas[0]].filter((m) => m !== undefined);
    if (signs.length === 0 && !BAD_EXPERIENCE_KINDS.includes(reply.kind)) return;
    // "We're sorry for any inconvenience" holds "sorry" but is still the formula.
    const felt = reply.findAll(empathy).some((e) => !formulas.some((f) => e.start < f.end && e.end > f.start));
    if (felt) return;
    const first = signs.sort((a, b) => a.start - b.start)[0];
    const at = first ?? reply.parts.greeting ?? reply.sentences[0] ?? { start: 0, end: reply.text.length };
    const sentence = inRegister(data.sentences);
    const anchor = firstBodySentence(reply);
    report({
      messageId: 'missingEmpathy',
      at,
      suggest: sentence && anchor ? [{ desc: `Add “${sentence}”`, fix: fix.insertSentence(anchor, sentence) }] : [],
    });
  },
});
