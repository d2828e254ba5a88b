// A word written twice in a row ("the the", "että että") is a typo the customer notices at once.
import { defineRule } from '../../src/engine/rule.js';

export default defineRule<{ allow: string[] }>({
  meta: {
    id: 'repeated-words',
    description: 'Write each word once: no word is repeated by accident.',
    severity: 'warn',
    fixable: true,
    hasSuggestions: false,
    messages: { repeated: 'Remove the repeated “{word}”.' },
    // Doubling that grammar allows ("had had", "that that").
    options: { allow: ['had', 'that'] },
  },
  check(reply, { options, report, fix }) {
    const allowed = new Set(options.allow.map((w) => w.toLowerCase()));
    const { tokens, text } = reply;
    for (let i = 1; i < tokens.length; i += 1) {
      const [prev, word] = [tokens[i - 1], tokens[i]];
      if (word.lower !== prev.lower || word.sentence !== prev.sentence || allowed.has(word.lower)) continue;
      if (!/^[ \t]+$/.test(text.slice(prev.end, word.start)) || /^\d+$/.test(word.text)) continue;
      const duplicate = { start: prev.end, end: word.end };
      report({ messageId: 'repeated', data: { word: word.text }, at: { start: word.start, end: word.end }, fix: fix.remove(duplicate) });
    }
  },
});
