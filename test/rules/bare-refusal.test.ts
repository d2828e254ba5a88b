// The bare-refusal rule: its fixtures, what counts as a refusal and as validation, the reason option and the lead-in.
import { describe, expect, it } from 'vitest';
import { loadCatalog, prepareRule } from '../../src/catalog/load-catalog.js';
import type { Rule } from '../../src/engine/rule.js';
import { loadStemmer } from '../../src/language/stemmer.js';
import { RuleTester } from '../../src/testing/rule-tester.js';
import bareRefusal from '../../rules/bare-refusal/index.js';
import { itMatchesFixtures } from './rule-fixtures.js';

const stems = new Map([['fi', await loadStemmer('fi')], ['en', await loadStemmer('en')]]);
const rule = prepareRule(bareRefusal as unknown as Rule, 'rules/bare-refusal', stems);
const tester = new RuleTester((await loadCatalog()).languages);

const fi = (body: string) => `Hei Sanna,\n\n${body}\n\nTerveisin,\nJussi\n`;
const en = (body: string) => `Hi Marco,\n\n${body}\n\nBest regards,\nChloe\n`;
const lint = (text: string, lang: string, options: Record<string, unknown> = {}) => tester.lint(rule, text, { lang, options: options as never });
const ids = (text: string, lang: string, options?: Record<string, unknown>) => lint(text, lang, options).map((m) => m.messageId);

describe('bare-refusal fixtures', () => itMatchesFixtures(tester, rule));

describe('bare-refusal', () => {
  it('reports refusals in inflected Finnish and in English, underlining the refusal sentence', () => {
    for (const body of ['Tilausta ei voi enää perua.', 'Hyvitystä ei voida myöntää.', 'Emme valitettavasti pysty vaihtamaan tuotetta.', 'Joudumme hylkäämään reklamaatiosi.', 'Palautus ei ole mahdollinen.']) {
      const text = fi(`Kiitos viestistäsi! ${body}`);
      const messages = lint(text, 'fi');
      expect(messages.map((m) => text.slice(m.offset, m.endOffset)), body).toEqual([body]);
    }
    for (const body of ['We are unable to extend the trial.', 'Your refund request has been declined.', 'It isn’t possible to transfer tickets.', 'I’m afraid that’s not something we can do.']) {
      expect(ids(en(`Thanks for reaching out! ${body}`), 'en'), body).toEqual(['missingValidation']);
    }
  });

  it('accepts a refusal after validation, in the same sentence or before it', () => {
    expect(lint(fi('Haluaisin todella auttaa, mutta valitettavasti emme voi hyvittää toimitusmaksua.'), 'fi')).toEqual([]);
    expect(lint(fi('Ymmärrän hyvin, miksi toivot tätä. Tilausta ei voi enää perua.'), 'fi')).toEqual([]);
    expect(lint(en('I can see why you’d want this. Unfortunately, we can’t refund sale items.'), 'en')).toEqual([]);
  });

  it('does not take validation that only follows the refusal', () => {
    expect(ids(fi('Valitettavasti emme voi palauttaa käytettyä tuotetta. Ymmärrän hyvin, miksi toivoisit sitä.'), 'fi')).toEqual(['missingValidation']);
  });

  it('does not read a condition or an inability that declines nothing as a refusal', () => {
    expect(lint(fi('Jos emme pysty toimittamaan tilausta perjantaina, ilmoitamme siitä.'), 'fi')).toEqual([]);
    expect(lint(en('If we can’t reach you by phone, we will send a text message.'), 'en')).toEqual([]);
    expect(lint(en('We can’t wait to see you on Saturday!'), 'en')).toEqual([]);
    expect(lint(en('Unfortunately I cannot reproduce the problem with the steps you gave.'), 'en')).toEqual([]);
  });

  it('reads “we cannot” with any verb as a refusal, and the passive of what a customer asks for', () => {
    for (const body of ['We can’t reinstate a deleted workspace.', 'I’m afraid we cannot prorate the annual plan.', 'We are unable to pause a subscription mid-cycle.', 'Used tickets cannot be refunded.']) {
      expect(ids(en(body), 'en'), body).toEqual(['missingValidation']);
    }
    for (const body of ['Emme voi yhdistää kahta tiliä.', 'Emme valitettavasti pysty ennakkoperimään vuokraa.', 'Meidän ei ole mahdollista purkaa sopimusta kesken kauden.']) {
      expect(ids(fi(body), 'fi'), body).toEqual(['missingValidation']);
    }
  });

  it('does not read idioms, questions or seeing and finding as refusals', () => {
    for (const body of ['Emme voi kuin ihmetellä, miten nopeasti löysit vian.', 'Emme voi tarpeeksi korostaa, miten paljon palautteesi auttoi.', 'Emme pysty löytämään tilaustasi sähköpostiosoitteellasi.', 'Onko niin, että emme voi lähettää laskua uuteen osoitteeseen?']) {
      expect(lint(fi(body), 'fi'), body).toEqual([]);
    }
    for (const body of ['I can’t stress enough how helpful your log files were.', 'We can’t find any second charge on your statement.', 'We’re unable to detect a fault on your line from here.', 'Is it right that we can’t use the old address any more?']) {
      expect(lint(en(body), 'en'), body).toEqual([]);
    }
    // A question after a clause break still follows a refusal.
    expect(ids(en('We can’t refund the booking fee, but would a voucher help?'), 'en')).toEqual(['missingValidation']);
  });

  it('with requireReason, also asks for a reason or an alternative', () => {
    const validated = en('I completely understand why you’d like this. We are unable to reopen retired plans.');
    expect(ids(validated, 'en')).toEqual([]);
    expect(ids(validated, 'en', { requireReason: true })).toEqual(['missingReason']);
    expect(ids(en('We are unable to reopen retired plans.'), 'en', { requireReason: true })).toEqual(['missingValidationAndReason']);
    expect(ids(en('I completely understand why you’d like this. We are unable to reopen retired plans, because billing no longer supports them.'), 'en', { requireReason: true })).toEqual([]);
  });

  it('suggests a validating lead-in before the refusal, capitalising a refusal that started in lower case', () => {
    const text = fi('valitettavasti emme voi hyvittää toimitusmaksua.');
    const [message] = lint(text, 'fi');
    expect(tester.applySuggestion(text, message)).toBe(fi('Ymmärrän hyvin, miksi toivot tätä, ja haluaisin todella auttaa. Valitettavasti emme voi hyvittää toimitusmaksua.'));
  });
});
