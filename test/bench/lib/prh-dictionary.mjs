// Turns replylint's jargon lists into a prh dictionary, so textlint checks the same terms in its own way.
//
// prh matches regular expressions, not stems, so each phrase-list pattern becomes a rough regex:
// `=word` that word, `word*` a prefix, a bare `word` the word plus a short ending (standing in for its
// inflected forms), `a|b` either, `word?` optional, `…` up to three words. The point is equal load (the same
// number of terms, matched over the same text), not equal precision.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importFromProject, repoRoot } from './paths.mjs';

// JavaScript's \b knows ASCII only; these classes also count Finnish and other Latin-1 letters as word letters.
const letter = "[\\wÀ-ÖØ-öø-ÿ'’-]";
const before = `(?<!${letter})`;
const after = `(?!${letter})`;

/** Writes the dictionary for the en and fi lists and returns its path and rule count. */
export async function writePrhDictionary(outFile) {
  const { parse } = await importFromProject('yaml');
  const rules = [];
  for (const lang of ['en', 'fi']) {
    const data = parse(readFileSync(join(repoRoot, 'rules', 'jargon', `${lang}.yaml`), 'utf8'));
    for (const entry of data.jargon ?? []) {
      const rule = prhRule(entry);
      if (rule) rules.push(rule);
    }
  }
  // prh reads YAML, and JSON is YAML: no YAML writer is needed.
  writeFileSync(outFile, JSON.stringify({ version: 1, rules }, null, 1));
  return { file: outFile, rules: rules.length };
}

/** One prh rule per jargon entry; shielding (`plain`) entries suggest nothing, so they have no prh rule. */
function prhRule(entry) {
  if (entry.plain || !Array.isArray(entry.replace) || entry.replace.length === 0) return undefined;
  const patterns = (Array.isArray(entry.match) ? entry.match : [entry.match]).map(patternRegex);
  // prh adds the g, m and u flags itself and refuses to combine patterns with different flags.
  return { expected: String(entry.replace[0]), pattern: `/${patterns.join('|')}/${entry.case ? '' : 'i'}` };
}

function patternRegex(pattern) {
  const words = String(pattern).trim().split(/\s+/);
  let source = '';
  words.forEach((word, index) => {
    if (word === '…' || word === '...') {
      source += `(?:\\s+\\S+){0,3}`;
      return;
    }
    const optional = word.endsWith('?');
    const alternatives = (optional ? word.slice(0, -1) : word).split('|').map(wordRegex);
    const gap = index === 0 ? '' : '\\s+';
    const piece = `${gap}(?:${alternatives.join('|')})`;
    source += optional ? `(?:${piece})?` : piece;
  });
  return `${before}(?:${source})${after}`;
}

function wordRegex(word) {
  if (word.startsWith('=')) return escape(word.slice(1));
  if (word.endsWith('*')) return `${escape(word.slice(0, -1))}${letter}*`;
  return `${escape(word)}${letter}{0,4}`;
}

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
