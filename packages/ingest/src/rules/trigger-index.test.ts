import { describe, expect, it } from 'vitest';
import { keys } from '../gazetteer/words.ts';
import { tokenize } from '../text/tokens.ts';
import { TriggerIndex } from './trigger-index.ts';

interface Row {
  id: string;
  triggers?: ReadonlySet<string>[];
}

const ROWS: Row[] = [
  { id: 'everywhere' },
  { id: 'meeting', triggers: [keys('اجتماع لقاء')] },
  { id: 'arrest', triggers: [keys('اعتقال'), keys('القبض')] },
  { id: 'also-meeting', triggers: [keys('لقاء')] },
];

const index = new TriggerIndex(ROWS, (row) => row.triggers);
const idsAt = (text: string) => tokenize(text).map((t) => index.rowsAt(t).map((row) => row.id));

describe('TriggerIndex', () => {
  it('gives a token the rows whose lists hold one of its readings, in declared order', () => {
    expect(idsAt('لقاء اعتقال القبض')).toEqual([
      ['everywhere', 'meeting', 'also-meeting'],
      ['everywhere', 'arrest'],
      ['everywhere', 'arrest'],
    ]);
  });

  it('reads a word with its proclitics off, as stemIn does', () => {
    expect(idsAt('وباعتقال')).toEqual([['everywhere', 'arrest']]);
  });

  it('gives any other token, punctuation too, only the rows that declare no trigger', () => {
    expect(idsAt('المدينة ،')).toEqual([['everywhere'], ['everywhere']]);
  });
});
