// The no-bug-thanks rule: its fixtures, what makes a reply answer a reported defect, which thanks count.
import { describe, expect, it } from 'vitest';
import { loadCatalog, prepareRule } from '../../src/catalog/load-catalog.js';
import type { Rule } from '../../src/engine/rule.js';
import { loadStemmer } from '../../src/language/stemmer.js';
import { RuleTester } from '../../src/testing/rule-tester.js';
import noBugThanks from '../../rules/no-bug-thanks/index.js';
import { itMatchesFixtures } from './rule-fixtures.js';

const stems = new Map([['fi', await loadStemmer('fi')], ['en', await loadStemmer('en')]]);
const rule = prepareRule(noBugThanks as unknown as Rule, 'rules/no-bug-thanks', stems);
const tester = new RuleTester((await loadCatalog()).languages);

const fi = (body: string, kind?: string) => `${kind ? `---\nkind: ${kind}\n---\n` : ''}Hei Pekka,\n\n${body}\n\nTerveisin,\nLiisa\n`;
const en = (body: string, kind?: string) => `${kind ? `---\nkind: ${kind}\n---\n` : ''}Hi Ana,\n\n${body}\n\nCheers,\nBen\n`;
const lint = (text: string, lang: string) => tester.lint(rule, text, { lang });
const flagged = (text: string, lang: string) => lint(text, lang).map((m) => text.slice(m.offset, m.endOffset));

describe('no-bug-thanks fixtures', () => itMatchesFixtures(tester, rule));

describe('no-bug-thanks', () => {
  it('reports a reported defect without thanks, at the defect word, inflected and compound forms included', () => {
    expect(flagged(fi('Ilmoittamasi virhe kassasivulla on korjattu.'), 'fi')).toEqual(['virhe']);
    expect(flagged(fi('Havaitsemasi kirjautumisvika on korjattu.'), 'fi')).toEqual(['kirjautumisvika']);
    expect(flagged(fi('Löysit bugin, ja korjaus tulee ensi viikolla.'), 'fi')).toEqual(['bugin']);
    expect(flagged(en('The crash you reported is fixed in version 4.2.1.'), 'en')).toEqual(['crash']);
  });

  it('counts thanks for the report or the contact, not for patience or understanding', () => {
    expect(lint(fi('Kiitos, kun saatoit tämän tietoomme! Virhe on korjattu.'), 'fi')).toEqual([]);
    expect(lint(fi('Kiitos viestistäsi. Ilmoittamasi vika on korjattu.'), 'fi')).toEqual([]);
    expect(lint(en('Thank you very much for reporting this. The crash is fixed.'), 'en')).toEqual([]);
    expect(lint(fi('Ilmoittamasi vika on korjattu. Kiitos kärsivällisyydestäsi!'), 'fi')).toHaveLength(1);
    expect(lint(en('The error you saw is fixed. Thanks for your patience and understanding!'), 'en')).toHaveLength(1);
  });

  it('does not treat a defect named as a cause, or conditional advice, as a report', () => {
    expect(lint(fi('Junasi oli myöhässä teknisen vian vuoksi. Hyvitämme puolet lipun hinnasta.'), 'fi')).toEqual([]);
    expect(lint(fi('Jos linkki ei toimi, kopioi se selaimen osoiteriville. Korjaus tulee pian.'), 'fi')).toEqual([]);
    expect(lint(en('If the link does not work, copy it into your browser. A fix is coming.'), 'en')).toEqual([]);
  });

  it('counts thanks for noticing or telling ("kiitos, että/kun huomasit…"), not for waiting', () => {
    expect(lint(fi('Kiitos, kun havaitsit tämän! Kassasivun virhe on korjattu.'), 'fi')).toEqual([]);
    expect(lint(fi('Kiitos, että kerroitte asiasta! Ilmoittamanne vika on korjattu.'), 'fi')).toEqual([]);
    expect(lint(fi('Kiitos, kun odotit! Havaitsemasi virhe on korjattu.'), 'fi')).toHaveLength(1);
    expect(lint(en('Thanks for making us aware of this. The error you saw is fixed.'), 'en')).toEqual([]);
  });

  it('treats a broken part of the service, symptoms and known issues as defects', () => {
    expect(flagged(en('The link in your welcome email was broken; we have fixed it.'), 'en')).toEqual(['link']);
    expect(flagged(fi('Olit oikeassa: maksusivu oli nurin aamulla. Se toimii taas.'), 'fi')).toEqual(['maksusivu']);
    expect(lint(en('The flickering you described is a known issue.'), 'en')).toHaveLength(1);
    expect(lint(en('The app hangs you mentioned are gone in version 3.2.'), 'en')).toHaveLength(1);
    expect(lint(fi('Kuvaamasi ongelma on tiedossamme, ja kehittäjät selvittävät sitä.'), 'fi')).toHaveLength(1);
    expect(lint(fi('Sovellus jäätyy, kuten kerroit. Korjaus tulee pian.'), 'fi')).toHaveLength(1);
    // Damaged goods are a complaint for no-empathy, not a defect report.
    expect(lint(en('You were right, the parcel was broken. We have sent a replacement.'), 'en')).toEqual([]);
    expect(lint(fi('Olit oikeassa, paketti oli rikki. Lähetimme uuden tilalle.'), 'fi')).toEqual([]);
  });

  it('takes agreement with the customer as a sign of their report', () => {
    expect(lint(en('You were right: the checkout page was down on Sunday.'), 'en')).toHaveLength(1);
    expect(lint(en('The checkout page was down on Sunday.'), 'en')).toEqual([]);
    expect(lint(fi('Olit oikeassa, haku ei toiminut eilen.'), 'fi')).toHaveLength(1);
    expect(lint(fi('Haku ei toiminut eilen.'), 'fi')).toEqual([]);
  });

  it('does not take advice or a general statement about fixing for our fix', () => {
    expect(lint(en('Sync errors are common. To fix this, sign out and back in. See our page on fixing sync errors.'), 'en')).toEqual([]);
    expect(lint(en('Every release can have bugs; the best we can do is to fix them fast.'), 'en')).toEqual([]);
    expect(lint(en('Sync errors are common, and we fixed this one today.'), 'en')).toHaveLength(1);
    expect(lint(fi('Virheilmoitus johtuu evästeistä. Voit korjata tilanteen tyhjentämällä ne.'), 'fi')).toEqual([]);
    expect(lint(fi('Virheilmoitus johtui evästeistä, ja korjasimme asian.'), 'fi')).toHaveLength(1);
  });

  it('does not take a report sign inside a condition for a report', () => {
    expect(lint(en('Upload errors come from large files. If the problem you are seeing continues, tell us.'), 'en')).toEqual([]);
    expect(lint(fi('Latausvirheet johtuvat isoista tiedostoista. Jos havaitsit ongelman pienellä tiedostolla, kerro meille.'), 'fi')).toEqual([]);
  });

  it('applies to the bug-report kind without defect words, at the greeting, and suggests thanks after it', () => {
    const text = en('The export button works again since this morning.', 'bug-report');
    const [message] = lint(text, 'en');
    expect(text.slice(message.offset, message.endOffset)).toBe('Hi Ana,');
    expect(tester.applySuggestion(text, message)).toBe(en('Thank you for letting us know about this! The export button works again since this morning.', 'bug-report'));
  });
});
