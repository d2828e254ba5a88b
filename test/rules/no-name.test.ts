// The no-name rule: its fixtures, what counts as a person's name in a sign-off, and its suggestion and fix.
import { describe, expect, it } from 'vitest';
import { loadCatalog, prepareRule } from '../../src/catalog/load-catalog.js';
import type { Rule } from '../../src/engine/rule.js';
import { loadStemmer } from '../../src/language/stemmer.js';
import { RuleTester } from '../../src/testing/rule-tester.js';
import noName from '../../rules/no-name/index.js';
import { itMatchesFixtures } from './rule-fixtures.js';

const stems = new Map([['fi', await loadStemmer('fi')], ['en', await loadStemmer('en')]]);
const rule = prepareRule(noName as unknown as Rule, 'rules/no-name', stems);
const tester = new RuleTester((await loadCatalog()).languages);

const fi = (signOff: string) => `Hei Laura,\n\nvaihdoin toimitusosoitteen, ja paketti lähtee huomenna.\n\nYstävällisin terveisin,\n${signOff}\n`;
const en = (signOff: string) => `Hi Sam,\n\nYour order ships tomorrow.\n\nBest regards,\n${signOff}\n`;
const lint = (text: string, lang: string, run: { platform?: string; signature?: string } = {}) => tester.lint(rule, text, { lang, ...run });

describe('no-name fixtures', () => itMatchesFixtures(tester, rule));

describe('no-name', () => {
  it('accepts a name written beside a team, a title or contact lines', () => {
    for (const signOff of ['Johanna / Asiakaskokemustiimi', 'Mikko Virtanen\nmyyntipäällikkö, Kodin Ilo Oy\npuh. 040 123 4567', 'Jukka\nHämeenkatu 5, 33100 Tampere']) {
      expect(lint(fi(signOff), 'fi'), signOff).toEqual([]);
    }
    for (const signOff of ['Jane Doe, Account Manager', 'Jane from the Acme team', 'Team Lead Jane Smith']) {
      expect(lint(en(signOff), 'en'), signOff).toEqual([]);
    }
  });

  it('reports a team, a department or a company alone, at the start of the sign-off', () => {
    for (const signOff of ['Asiakaspalvelu', 'Qredin tiimi', 'Kodin Ilon asiakaspalvelu', 'Laskutustiimi', 'KotiKone Oy']) {
      const text = fi(signOff);
      expect(lint(text, 'fi').map((m) => m.offset), signOff).toEqual([text.lastIndexOf(signOff)]);
    }
    for (const signOff of ['Customer Service', 'Billing Team', 'The Acme team', 'Team Acme', 'Customer Care\nAcme Outdoor Gear']) {
      expect(lint(en(signOff), 'en'), signOff).toHaveLength(1);
    }
  });

  it('tells "Mikko from customer service" from "Acme’s customer service"', () => {
    expect(lint('Moi!\n\nLahjakorttisi saldo on 35 euroa.\n\nMikko asiakaspalvelusta\n', 'fi')).toEqual([]);
    expect(lint('Moi!\n\nLahjakorttisi saldo on 35 euroa.\n\nAcmen asiakaspalvelu\n', 'fi')).toHaveLength(1);
  });

  it('counts an agent-name placeholder as a name, but not a shop or customer placeholder', () => {
    expect(lint(fi('{{current_user.first_name}}\nAsiakaspalvelu'), 'fi')).toEqual([]);
    expect(lint(fi('#{user.firstname}'), 'fi', { platform: 'zammad' })).toEqual([]);
    expect(lint(fi('{shop_name}'), 'fi')).toHaveLength(1);
    expect(lint(en('{{user.name}}'), 'en', { platform: 'intercom' })).toHaveLength(1);
  });

  it('finds the name above contact lines when no closing phrase is near the end', () => {
    const text = 'Hei!\n\nKiitos ostoksestasi!\n\nMervi\nSäröistä Valoon\n\n📧 myynti@example.fi\n📱 WhatsApp: 045 123 4567\n';
    expect(lint(text, 'fi')).toEqual([]);
  });

  it('suggests the platform’s agent-name placeholder on its own line after the closing', () => {
    const text = fi('Asiakaspalvelu');
    const [zendesk] = lint(text, 'fi');
    expect(tester.applySuggestion(text, zendesk)).toBe(fi('{{current_user.first_name}}\nAsiakaspalvelu'));
    const [helpScout] = lint(text, 'fi', { platform: 'helpscout' });
    expect(tester.applySuggestion(text, helpScout)).toBe(fi('{%user.firstName%}\nAsiakaspalvelu'));
    expect(zendesk.fix).toBeUndefined();
  });

  it('fixes the reply with the configured signature', () => {
    const text = en('Billing Team');
    const messages = lint(text, 'en', { signature: 'Jane Doe' });
    expect(tester.applyFixes(text, messages)).toBe(en('Jane Doe\nBilling Team'));
  });

  it('appends the name below a reply that ends without any sign-off', () => {
    const text = 'Hi Sam,\n\nYour order ships tomorrow. Let us know if anything else comes up.\n';
    const [message] = lint(text, 'en');
    expect(tester.applySuggestion(text, message)).toBe(`${text.trimEnd()}\n\n{{current_user.first_name}}\n`);
  });

  it('does not take a farewell or a wish above a team line for a name', () => {
    // No closing phrase: the sign-off is the short lines at the end.
    const fiEnd = (lines: string) => `Hei Laura,\n\nvarauksesi on vahvistettu.\n\n${lines}\n`;
    const enEnd = (lines: string) => `Hi Sam,\n\nYour booking is confirmed.\n\n${lines}\n`;
    for (const lines of ['Tervetuloa!\nKahvila Kulman tiimi', 'Nähdään\nKahvila Kulman tiimi', 'Rentouttavia lomapäiviä!\nHotelli Rannan vastaanotto']) {
      expect(lint(fiEnd(lines), 'fi'), lines).toHaveLength(1);
    }
    for (const lines of ['See you soon!\nCorner Café Team', 'Welcome\nCorner Café Team', 'Bon voyage!\nSeaside Tours Support']) {
      expect(lint(enEnd(lines), 'en'), lines).toHaveLength(1);
    }
  });

  it('still finds a name after a farewell, or in an exclamation that addresses with a comma', () => {
    expect(lint('Hei Laura,\n\nvarauksesi on vahvistettu.\n\nTervetuloa!\nMinna / Kahvila Kulma\n', 'fi')).toEqual([]);
    expect(lint('Hi Sam,\n\nYour booking is confirmed.\n\nSee you soon!\nPriya\n', 'en')).toEqual([]);
    expect(lint('Hi Sam,\n\nYour booking is confirmed.\n\nCheers, Ben!\n', 'en')).toEqual([]);
  });

  it('takes organisations and departments for teams, in compounds and after a slash or a comma', () => {
    for (const signOff of ['Säästöpankki Lumo', 'Kaupunginkirjasto / Lainaus', 'Hammaslääkäriasema Hymy\nAjanvaraus', 'Laskutus, Vakuutusyhtiö Turva',
      'Järvelän kunnan ympäristöpalvelut', 'Kylpylähotelli Kuohu', 'Jäte- ja kierrätyspalvelut']) {
      expect(lint(fi(signOff), 'fi'), signOff).toHaveLength(1);
    }
    for (const signOff of ['Harbourside Bank\nCard Services', 'Westfield Borough Council', 'Reservations, Skyline Hotels', 'Claims / Greenway Insurance',
      'Oakfield Surgery', 'Bank of Hartley']) {
      expect(lint(en(signOff), 'en'), signOff).toHaveLength(1);
    }
  });

  it('keeps a person’s name beside an organisation, or one that looks like an organisation word', () => {
    for (const signOff of ['Pekka Kunnas\nSäästöpankki Lumo', 'Liisa / Ajanvaraus', 'Jussi Säästöpankista']) expect(lint(fi(signOff), 'fi'), signOff).toEqual([]);
    for (const signOff of ['Jane Banks', 'Tom Hall, Westfield Borough Council', 'Sam and the Support Team']) expect(lint(en(signOff), 'en'), signOff).toEqual([]);
  });

  it('reads a team name joined by “and” or a hyphen as one team', () => {
    expect(lint(en('Sports and Leisure Team'), 'en')).toHaveLength(1);
    expect(lint(en('Arts & Culture Team'), 'en')).toHaveLength(1);
    expect(lint('Moi Petra!\n\nLiput tulevat viikkoa ennen lähtöä.\n\nTerveisin\nMatka-tiimi\n', 'fi')).toHaveLength(1);
  });

  it('judges what follows the short closing “t.” like a sign-off after “Terveisin”', () => {
    const end = (lines: string) => `Hei Aino,\n\nlahjakortin saldo on siirretty uudelle kortille.\n${lines}\n`;
    expect(lint(end('Uusi kortti tulee postissa\nt. Asiakaspalvelu'), 'fi')).toHaveLength(1);
    expect(lint(end('Uusi kortti tulee postissa\nT. Kassa-tiimi'), 'fi')).toHaveLength(1);
    expect(lint(end('t. Minna'), 'fi')).toEqual([]);
  });

  it('leaves snippets alone', () => {
    expect(lint('---\nkind: snippet\n---\nThe return form is under **Orders → Returns**.\n', 'en')).toEqual([]);
  });
});
