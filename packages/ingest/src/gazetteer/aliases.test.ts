import { nameKey } from '@shabaka/model';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../pipeline.ts';
import { planGraphWrite } from '../stages/plan.ts';
import { CROSS_SCRIPT_ORGANIZATIONS, crossScriptAliases, crossScriptEntry } from './aliases.ts';
import { ORGANIZATIONS } from './organizations.ts';

const orgsOf = (text: string) => extractArticle({ text }).extraction.organizations.map((o) => o.name);

describe('the cross-script table of organizations', () => {
  it('names each group by the canonical name the Arabic gazetteer gives it, so the nodes meet', () => {
    for (const entry of CROSS_SCRIPT_ORGANIZATIONS) {
      const arabic = ORGANIZATIONS.find((o) =>
        [o.name, ...o.aliases].some((n) => nameKey(n) === nameKey(entry.arabic)),
      );
      if (arabic) expect(arabic.name, entry.latin[0]).toBe(entry.arabic);
    }
  });

  it('declares every spelling once', () => {
    const spellings = CROSS_SCRIPT_ORGANIZATIONS.flatMap((e) => [e.arabic, ...e.arabicAliases, ...e.latin]);
    expect(new Set(spellings.map(nameKey)).size).toBe(spellings.length);
  });

  it('reads every name and abbreviation of the Islamic State in English as داعش', () => {
    for (const name of ['ISIS', 'IS', 'ISIL', 'the Islamic State', 'Daesh'])
      expect(orgsOf(`Officials said ${name} fighters attacked the village on Monday.`), name).toEqual([
        'داعش',
      ]);
  });

  it('reads the Houthis, Ansar Allah, the SDF, the PMF and al-Shabaab by their Arabic names', () => {
    expect(orgsOf('The Houthis, who call themselves Ansar Allah, fired missiles on Sunday.')).toEqual([
      'جماعة الحوثي',
    ]);
    expect(orgsOf('The SDF and the PMF traded accusations, while al-Shabaab stayed silent.').sort()).toEqual(
      ['الحشد الشعبي', 'حركة الشباب', 'قوات سوريا الديمقراطية'].sort(),
    );
  });

  it('matches an abbreviation only in capitals: the verb `is` is not the Islamic State', () => {
    expect(orgsOf('The situation is calm and the road is open, officials said.')).toEqual([]);
  });

  it('finds the entry from any spelling in either script', () => {
    expect(crossScriptEntry('حزب الله')?.latin).toContain('Hezbollah');
    expect(crossScriptEntry('hayat tahrir al-sham')?.arabic).toBe('هيئة تحرير الشام');
    expect(crossScriptAliases('طالبان')).toContain('Taliban');
  });
});

describe('planning a group named in one script', () => {
  it('gives an Arabic-only group its Latin names, folded into searchText as Latin search folds a query', () => {
    const { write } = planGraphWrite(
      extractArticle({ text: 'وقالت مصادر إن عناصر من حزب الله وصلوا إلى المنطقة.' }),
    );
    const hezbollah = write.entities.find((e) => e.name === 'حزب الله');
    expect(hezbollah?.aliases).toContain('Hezbollah');
    expect(hezbollah?.searchText.split(' ')).toEqual(expect.arrayContaining(['hezbolah', 'حزب']));
  });
});
