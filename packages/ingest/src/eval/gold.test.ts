import { describe, expect, it } from 'vitest';
import { parseGold, phraseOccurs, phrasesNotInText } from './gold.ts';

const minimal = {
  about: 'test',
  source: { outlet: 'عنب بلدي', title: 'عنوان', publishedAt: '2024-01-31' },
  persons: [{ name: 'خالد الحمد', aliases: [] }],
  organizations: [{ name: 'هيئة تحرير الشام', aliases: [], kind: 'armed_group' }],
  places: [],
  roles: [
    {
      person: 'خالد الحمد',
      role: 'leader',
      role_text: 'قائد الهيئة',
      org: 'هيئة تحرير الشام',
      place: null,
      status: 'current',
    },
  ],
  relations: [],
};

describe('parseGold', () => {
  it('reads a valid gold file', () => {
    expect(parseGold(JSON.stringify(minimal), 'a.gold.json').roles[0]?.role).toBe('leader');
  });

  it('names the file and the field of a role class outside the vocabulary', () => {
    const bad = { ...minimal, roles: [{ ...minimal.roles[0], role: 'commander' }] };
    expect(() => parseGold(JSON.stringify(bad), 'bad.gold.json')).toThrow(
      /bad\.gold\.json[\s\S]*roles\.0\.role/,
    );
  });

  it('names a claim whose person the gold does not declare', () => {
    const bad = { ...minimal, roles: [{ ...minimal.roles[0], person: 'خالد الأحمد' }] };
    expect(() => parseGold(JSON.stringify(bad), 'bad.gold.json')).toThrow(/roles\.0\.person.*خالد الأحمد/);
  });

  it('rejects a misspelt qualifier instead of ignoring it', () => {
    const bad = { ...minimal, roles: [{ ...minimal.roles[0], hedge: true }] };
    expect(() => parseGold(JSON.stringify(bad), 'bad.gold.json')).toThrow(/roles\.0.*hedge/);
  });

  it('says when the file is not JSON', () => {
    expect(() => parseGold('{"about":', 'broken.gold.json')).toThrow(/broken\.gold\.json: not valid JSON/);
  });
});

describe('phraseOccurs', () => {
  const text = 'وتعيين “ابو نجم” اميراً إعلامياً للمنطقة، وكانت خلية تابعة للتنظيم\nتضم المدعو “صلاح قطيش”';

  it('ignores quotation marks and line breaks', () => {
    expect(phraseOccurs('تعيين ابو نجم اميراً إعلامياً', text)).toBe(true);
    expect(phraseOccurs('خلية تابعة للتنظيم تضم المدعو', text)).toBe(true);
  });

  it('reads ... as an elision between pieces that occur in order', () => {
    expect(phraseOccurs('تعيين ... خلية تابعة للتنظيم ... صلاح قطيش', text)).toBe(true);
    expect(phraseOccurs('صلاح قطيش ... تعيين', text)).toBe(false);
  });

  it('does not fold letters: a respelt phrase is not verbatim', () => {
    expect(phraseOccurs('أميراً إعلامياً', text)).toBe(false);
  });

  it('lists the fields whose phrases the text lacks', () => {
    const gold = parseGold(JSON.stringify(minimal), 'a.gold.json');
    expect(phrasesNotInText(gold, 'قائد الهيئة خالد الحمد')).toEqual([]);
    expect(phrasesNotInText(gold, 'خالد الحمد')).toEqual(['roles.0.role_text: "قائد الهيئة"']);
  });
});
