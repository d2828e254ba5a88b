import { describe, it, expect } from 'vitest';
import { detectLanguage } from '../../src/language/detect.js';

const both = ['fi', 'en'] as const;

describe('detectLanguage', () => {
  it('tells Finnish from English on realistic replies', () => {
    expect(detectLanguage('Hei Matti, kiitos viestistäsi. Tarkistamme asian ja palaamme asiaan pian.', both)).toBe('fi');
    expect(detectLanguage('Pahoittelemme viivästystä, tilauksesi lähtee huomenna.', both)).toBe('fi');
    expect(detectLanguage('Hi Matti, thanks for your message. We will look into it and get back to you soon.', both)).toBe('en');
    expect(detectLanguage('Hei! Your order ships tomorrow, sorry about the delay.', both)).toBe('en');
  });

  it('gives up on short text, where detectors guess', () => {
    expect(detectLanguage('Kiitos!', both)).toBeUndefined();
    expect(detectLanguage('Hello Matti', both)).toBeUndefined();
    expect(detectLanguage('', both)).toBeUndefined();
    expect(detectLanguage('   {{ }} 123 456 789 012 345 678', both)).toBeUndefined();
  });

  it('gives up when the text is in neither candidate language', () => {
    expect(detectLanguage('Tack för ditt meddelande, vi återkommer så snart vi kan.', both)).toBeUndefined();
    expect(detectLanguage('Vielen Dank für Ihre Nachricht, wir melden uns bald.', both)).toBeUndefined();
  });

  it('keeps a short sign-off that only the candidates explain', () => {
    expect(detectLanguage('Best regards, Customer Service team', both)).toBe('en');
    expect(detectLanguage('Ystävällisin terveisin, Asiakaspalvelu', both)).toBe('fi');
  });

  it('returns the candidate tag as given', () => {
    expect(detectLanguage('Your order ships tomorrow. Sorry for the delay!', ['fi-FI', 'en-GB'])).toBe('en-GB');
  });

  it('never answers outside the candidates', () => {
    expect(detectLanguage('Your order ships tomorrow. Sorry for the delay!', ['fi'])).toBeUndefined();
    expect(detectLanguage('Tack för ditt meddelande, vi återkommer så snart vi kan.', ['fi'])).toBeUndefined();
    expect(detectLanguage('Kiitos tilauksestasi! Lähetämme sen huomenna.', ['fi'])).toBe('fi');
    expect(detectLanguage('Your order ships tomorrow. Sorry for the delay!', [])).toBeUndefined();
  });
});
