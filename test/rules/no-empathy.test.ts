// The no-empathy rule: its fixtures, what makes it apply, what satisfies it, and its suggestion.
import { describe, expect, it } from 'vitest';
import { loadCatalog, prepareRule } from '../../src/catalog/load-catalog.js';
import type { Rule } from '../../src/engine/rule.js';
import { loadStemmer } from '../../src/language/stemmer.js';
import { RuleTester } from '../../src/testing/rule-tester.js';
import noEmpathy from '../../rules/no-empathy/index.js';
import { itMatchesFixtures } from './rule-fixtures.js';

const stems = new Map([['fi', await loadStemmer('fi')], ['en', await loadStemmer('en')]]);
const rule = prepareRule(noEmpathy as unknown as Rule, 'rules/no-empathy', stems);
const tester = new RuleTester((await loadCatalog()).languages);

const fi = (body: string, kind?: string) => `${kind ? `---\nkind: ${kind}\n---\n` : ''}Hei Matti,\n\n${body}\n\nTerveisin,\nAino\n`;
const en = (body: string, kind?: string) => `${kind ? `---\nkind: ${kind}\n---\n` : ''}Hi Priya,\n\n${body}\n\nBest regards,\nTom\n`;
const lint = (text: string, lang: string) => tester.lint(rule, text, { lang });
const flagged = (text: string, lang: string) => lint(text, lang).map((m) => text.slice(m.offset, m.endOffset));

describe('no-empathy fixtures', () => itMatchesFixtures(tester, rule));

describe('no-empathy', () => {
  it('reports a bad experience in inflected Finnish at its first sign', () => {
    expect(flagged(fi('Tilauksesi on valitettavasti viivästynyt, ja se lähtee maanantaina.'), 'fi')).toEqual(['viivästynyt']);
    expect(flagged(fi('Paketti on kadonnut postissa. Lähetämme uuden.'), 'fi')).toEqual(['kadonnut']);
    expect(flagged(fi('Kuljettaja käyttäytyi epäasiallisesti, ja asia on käsitelty.'), 'fi')).toEqual(['epäasiallisesti']);
  });

  it('treats a formula apology as a sign of a bad experience, not as empathy', () => {
    expect(lint(fi('Pahoittelemme mahdollisesti aiheutunutta haittaa. Uusi tuote on lähetetty.'), 'fi')).toHaveLength(1);
    expect(lint(en('We apologize for any inconvenience. Your refund is on its way.'), 'en')).toHaveLength(1);
    // "We're sorry" would be empathy, but not inside "we're sorry for any inconvenience".
    expect(lint(en('The clinic closes early on Friday. We’re sorry for any inconvenience.'), 'en')).toHaveLength(1);
  });

  it('is satisfied by an empathy marker in either language', () => {
    expect(lint(fi('Ymmärrän hyvin, että odottaminen on turhauttavaa. Tilaus on myöhässä, mutta lähtee tänään.'), 'fi')).toEqual([]);
    expect(lint(fi('Olen todella pahoillani, että paketti saapui rikki.'), 'fi')).toEqual([]);
    expect(lint(fi('Ikävä kuulla, että lähetys on kadonnut.'), 'fi')).toEqual([]);
    expect(lint(en('I can only imagine how annoying the delay was. Your order ships Friday.'), 'en')).toEqual([]);
    expect(lint(en('I’m so sorry to hear the vase arrived damaged.'), 'en')).toEqual([]);
  });

  it('does not apply to a refusal alone, a bug report alone or a conditional instruction', () => {
    expect(lint(en('I’d really like to help, but we can’t refund sale items.'), 'en')).toEqual([]);
    expect(lint(fi('Kiitos, kun ilmoitit virheestä! Korjasimme sen tänään.'), 'fi')).toEqual([]);
    expect(lint(fi('Jos paketti ei ole saapunut viikon kuluessa, ota yhteyttä.'), 'fi')).toEqual([]);
    expect(lint(en('If your order arrives damaged, reply with a photo and we will replace it.'), 'en')).toEqual([]);
  });

  it('treats a long wait or queue as a bad experience, in any inflection, but not a wait given as information', () => {
    expect(flagged(fi('Jouduitte odottelemaan linjalla yli vartin. Osoitteenmuutos on nyt tehty.'), 'fi')).toEqual(['Jouduitte odottelemaan']);
    expect(flagged(fi('Asiakaspalvelumme jonot venyivät tiistaina pitkiksi. Osoitteenmuutos on nyt tehty.'), 'fi')).toEqual(['jonot venyivät tiistaina pitkiksi']);
    expect(flagged(fi('Pahimmillaan pitkät jonotusajat kestivät tunnin. Osoitteenmuutos on nyt tehty.'), 'fi')).toEqual(['pitkät jonotusajat']);
    expect(lint(en('You’ve been waiting since Monday for this, and the new card is now on its way.'), 'en')).toHaveLength(1);
    expect(lint(en('Our queues were unusually long this week. Your address is now updated.'), 'en')).toHaveLength(1);
    expect(lint(fi('Odotusaika puhelinpalvelussa on yleensä alle viisi minuuttia.'), 'fi')).toEqual([]);
    expect(lint(en('We answer requests in the order they join our queue, usually within a day.'), 'en')).toEqual([]);
    expect(lint(en('If you wait longer than ten minutes on hold, request a callback instead.'), 'en')).toEqual([]);
  });

  it('reads “late” with how late it is, and the wrong item sent, but not a late fee', () => {
    expect(flagged(en('The technician is running about an hour late today.'), 'en')).toEqual(['hour late']);
    expect(flagged(en('Your subscription box was a week late.'), 'en')).toEqual(['week late']);
    expect(lint(en('The courier brought you a sofa in green instead of the blue one you paid for, and we will swap it.'), 'en')).toHaveLength(1);
    expect(lint(fi('Paketissa oli valitettavasti väärän mallinen laturi. Oikea on jo matkalla.'), 'fi')).toHaveLength(1);
    expect(lint(en('A late fee applies to invoices paid after the due date.'), 'en')).toEqual([]);
    expect(lint(en('It is too late to change the delivery address now, but the courier can redirect it.'), 'en')).toEqual([]);
  });

  it('reads our mistake told as what we did wrongly, but not a guess about someone else or a customer’s typo', () => {
    expect(flagged(fi('Kirjasimme osoitteeseesi väärän postinumeron. Korjasimme sen.'), 'fi')).toEqual(['Kirjasimme osoitteeseesi väärän']);
    expect(flagged(fi('Tilauksesi peruttiin tiistaina vahingossa. Se on palautettu voimaan.'), 'fi')).toEqual(['peruttiin tiistaina vahingossa']);
    expect(lint(en('We put the wrong expiry date on your membership card. A new card is in the post.'), 'en')).toHaveLength(1);
    expect(lint(en('Your standing order was stopped by mistake. It has been set up again.'), 'en')).toHaveLength(1);
    expect(lint(en('Our courier wrongly marked your parcel as delivered. It goes out again today.'), 'en')).toHaveLength(1);
    expect(lint(fi('Sähköpostiosoitteesi on saatettu syöttää vahingossa, joten voit jättää viestin huomiotta.'), 'fi')).toEqual([]);
    expect(lint(fi('Huomasimme, että syötit väärän postinumeron. Voit korjata sen omilla sivuillasi.'), 'fi')).toEqual([]);
    expect(lint(en('Someone may have typed your address by mistake. If you feel this was done in error, ignore this email.'), 'en')).toEqual([]);
  });

  it('reads a service out of use for a while, but not planned maintenance', () => {
    expect(lint(fi('Sähkönne oli kaksi vuorokautta poissa käytöstä myrskyn jälkeen. Hyvitys näkyy laskulla.'), 'fi')).toHaveLength(1);
    expect(lint(fi('Jäit koko viikoksi ilman puhelinta. Uusi SIM-kortti on matkalla.'), 'fi')).toHaveLength(1);
    expect(lint(en('The app was offline for most of Saturday. Your points have been added.'), 'en')).toHaveLength(1);
    expect(lint(en('You were without heating over the holiday. The engineer fitted the new pump today.'), 'en')).toHaveLength(1);
    expect(lint(fi('Verkkokauppa on poissa käytöstä sunnuntaina kello 1–3 päivityksen vuoksi.'), 'fi')).toEqual([]);
    expect(lint(en('The portal will be unavailable on Sunday night for an upgrade.'), 'en')).toEqual([]);
  });

  it('reads a booked service that was not delivered, but not a cancellation the customer asked for', () => {
    expect(lint(fi('Konsertti peruuntui esiintyjän sairastumisen vuoksi. Liput hyvitetään.'), 'fi')).toHaveLength(1);
    expect(lint(fi('Jouduimme siirtämään huoltokäyntisi ensi viikolle. Uusi aika on tiistaina.'), 'fi')).toHaveLength(1);
    expect(lint(en('The cabin you reserved was not available on arrival, because the site had overbooked.'), 'en')).toHaveLength(1);
    expect(lint(en('Your tour was cancelled due to high winds. The full fare is refunded.'), 'en')).toHaveLength(1);
    expect(lint(en('We have cancelled your subscription as you asked, and no further payments will be taken.'), 'en')).toEqual([]);
    expect(lint(fi('Peruimme tilauksesi pyyntösi mukaisesti, ja rahat palautuvat tilillesi.'), 'fi')).toEqual([]);
  });

  it('reads a loss told as what did not arrive', () => {
    expect(lint(fi('Laukkusi ei saapunut samalla lennolla. Toimitamme sen hotelliin huomenna.'), 'fi')).toHaveLength(1);
    expect(lint(fi('Lähettämämme kortti ei mennyt perille, joten tilasimme uuden.'), 'fi')).toHaveLength(1);
    expect(lint(en('Your cheque book did not arrive, so a new one has been ordered.'), 'en')).toHaveLength(1);
    expect(lint(fi('Vastauksesi ei saapunut odottamastamme osoitteesta, joten lähetä se uudelleen.'), 'fi')).toEqual([]);
  });

  it('takes the family of empathetic acknowledgements as empathy', () => {
    expect(lint(en('The parcel arrived damaged, and I completely get why that is so annoying. A new one ships today.'), 'en')).toEqual([]);
    expect(lint(en('I get it: a week late is a long time. Your order ships today.'), 'en')).toEqual([]);
    expect(lint(en('I can see how the mix-up with your order made a mess of your weekend. A new one ships today.'), 'en')).toEqual([]);
    expect(lint(fi('Ymmärrän täysin. Lähetys on myöhässä, mutta lähtee tänään.'), 'fi')).toEqual([]);
    expect(lint(fi('Tiedämme, kuinka turhauttavaa pitkä odotus on. Lähetys lähtee tänään.'), 'fi')).toEqual([]);
    expect(lint(fi('Minuakin harmittaisi, jos paketti olisi viikon myöhässä. Lähetys lähtee tänään.'), 'fi')).toEqual([]);
  });

  it('applies to complaint, apology and delay kinds even without bad-experience words, reporting at the greeting', () => {
    const text = en('Your order will now ship on Friday.', 'delay');
    expect(flagged(text, 'en')).toEqual(['Hi Priya,']);
    expect(lint(en('Your order will now ship on Friday.'), 'en')).toEqual([]);
  });

  it('suggests an empathy sentence after the greeting in the reply’s register', () => {
    const informal = fi('tilauksesi on myöhässä, ja se lähtee maanantaina.');
    const [sinä] = lint(informal, 'fi');
    expect(tester.applySuggestion(informal, sinä)).toBe(fi('Ymmärrän hyvin, miten harmilliselta tämä tuntuu, ja olen todella pahoillani. Tilauksesi on myöhässä, ja se lähtee maanantaina.'));
    const formal = fi('tilauksenne on myöhässä, ja toimitamme sen teille maanantaina.');
    const [te] = lint(formal, 'fi');
    expect(tester.applySuggestion(formal, te)).toContain('miten harmilliselta tämä teistä tuntuu');
  });
});
