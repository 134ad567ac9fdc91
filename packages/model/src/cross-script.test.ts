import { describe, expect, it } from 'vitest';
import { crossScriptKey } from './cross-script.ts';

describe('crossScriptKey', () => {
  it('gives an English spelling and the Arabic name one key', () => {
    expect(crossScriptKey('Abu Mohammed al-Julani')).toBe(crossScriptKey('أبو محمد الجولاني'));
    expect(crossScriptKey('Abu Muhammad al-Jolani')).toBe(crossScriptKey('أبو محمد الجولاني'));
    expect(crossScriptKey('Hussein')).toBe(crossScriptKey('حسين'));
    expect(crossScriptKey('Saleh al-Arouri')).toBe(crossScriptKey('صالح العاروري'));
  });
  it('runs words together, so Abdullah, Abdul Rahman and Abd al-Rahman meet their Arabic forms', () => {
    expect(crossScriptKey('Abdullah')).toBe(crossScriptKey('عبد الله'));
    expect(crossScriptKey('Abdul Rahman')).toBe(crossScriptKey('عبد الرحمن'));
    expect(crossScriptKey('Abd al-Rahman')).toBe(crossScriptKey('عبد الرحمن'));
  });
  it('keeps names with other consonants apart', () => {
    expect(crossScriptKey('Abu Omar al-Shami')).not.toBe(crossScriptKey('أبو محمد الجولاني'));
    expect(crossScriptKey('Khaled')).not.toBe(crossScriptKey('خليل'));
  });
});
