import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language.ts';

describe('detectLanguage', () => {
  it('tells a short English sentence from French', () => {
    expect(detectLanguage('The group named Rami Nasr as its new emir, succeeding Abu Khalil Sheikh.')).toBe(
      'en',
    );
    expect(detectLanguage("L'armée a annoncé lundi qu'elle avait arrêté le chef de la cellule.")).toBe('und');
  });
  it('reads a page mostly in Arabic script as Arabic, and an English page quoting Arabic as English', () => {
    expect(detectLanguage('قال زعيم هيئة تحرير الشام إن الهيئة ستواصل عملياتها في ريف إدلب.')).toBe('ar');
    expect(detectLanguage('Hamas (حماس) said its spokesman spoke to reporters in Gaza on Monday.')).toBe(
      'en',
    );
  });
});
