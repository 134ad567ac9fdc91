import { describe, expect, it } from 'vitest';
import { resolve } from './resolve.ts';
import { recognized } from '../test-helpers.ts';

function entities(raw: string) {
  const res = resolve(recognized(raw));
  return {
    ...res,
    list: res.entities.map(
      (e) => `${e.type}:${e.name}${e.aliases.length ? ` (${e.aliases.join('، ')})` : ''}`,
    ),
  };
}

describe('resolve', () => {
  it('joins a surname and a shorter form to the full name, named by its fullest form', () => {
    const { list } = entities('وقال “ابو العز دهمان” إن الوضع هادئ. وأكد دهمان أن أبو العز لن يغادر.');
    expect(list.filter((e) => e.startsWith('person'))).toEqual(['person:ابو العز دهمان (دهمان، أبو العز)']);
  });

  it('reads التنظيم as the article’s main armed group', () => {
    const { list, mainGroup } = entities(
      'سيطر تنظيم داعش على البلدة. ثم انسحب التنظيم، وقصفت قوات النظام مواقع داعش.',
    );
    expect(mainGroup?.name).toBe('داعش');
    expect(list).toContain('organization:داعش (تنظيم داعش، التنظيم)');
  });

  it('gives a unit the organization named after it, else the main group', () => {
    const { entities: all } = entities(
      'أعلن المكتب الإعلامي لجيش الإسلام وفاة قائد. وتلاحق الحسبة التابعة لداعش المدخنين، ويقول داعش إن داعش باق.',
    );
    const units = all.filter((e) => e.type === 'unit').map((u) => `${u.name} → ${u.org?.name}`);
    expect(units).toEqual(['المكتب الإعلامي → جيش الإسلام', 'الحسبة → داعش']);
  });

  it('names a unit by the article’s words and gives a known province its group, not the main one', () => {
    const { entities: all } = entities(
      'قصفت حركة طالبان مواقع داعش، وقتلت حركة طالبان نائب ولاية خراسان. وكان الجهاز الأمني للحركة قد رصده.',
    );
    const units = all.filter((e) => e.type === 'unit').map((u) => `${u.name} → ${u.org?.name}`);
    expect(units).toEqual(['ولاية خراسان → داعش', 'الجهاز الأمني → حركة طالبان']);
  });

  it('leaves a department with no owner named unattached, and reads an intelligence service as a body', () => {
    const { entities: all } = entities(
      'هاجم تنظيم داعش البلدة، وقال قسم الإعلام إن جهاز المخابرات الوطني العراقي اعتقل أمير التنظيم.',
    );
    const department = all.find((e) => e.name === 'قسم الإعلام');
    expect([department?.type, department?.org]).toEqual(['unit', undefined]);
    const service = all.find((e) => e.name === 'جهاز المخابرات الوطني العراقي');
    expect([service?.type, service?.kind]).toEqual(['organization', 'security_branch']);
  });

  it('never takes the international coalition for the armed group an article is about', () => {
    const { mainGroup } = entities(
      'قصف التحالف الدولي مواقع للتنظيم، وقال التحالف الدولي إن قوات التحالف قتلت قيادياً في تنظيم داعش.',
    );
    expect(mainGroup?.name).toBe('داعش');
  });

  it('takes in a coordinated domain, and never reads a body joined by و as the owner', () => {
    const { entities: all } = entities(
      'أصيب مسؤول الجناح العسكري والعمليات في تنظيم داعش، ثم نقل المكتب الأمني والجناح العسكري للتنظيم ذخائر.',
    );
    const units = all.filter((e) => e.type === 'unit').map((u) => `${u.name} → ${u.org?.name}`);
    expect(units).toEqual([
      'الجناح العسكري والعمليات → داعش',
      'المكتب الأمني → داعش',
      'الجناح العسكري → داعش',
    ]);
  });

  it('reads a formation the text attaches to another body as a unit wherever it is named', () => {
    const { entities: all } = entities(
      'تقدم الفيلق الخامس نحو البلدة. وأعلن "الفيلق الخامس" التابع لـ"الجيش الوطني" سيطرته عليها.',
    );
    const named = all.filter((e) => e.name === 'الفيلق الخامس').map((e) => `${e.type} → ${e.org?.name}`);
    expect(named).toEqual(['unit → الجيش الوطني السوري']);
  });

  it('keeps two people with one surname apart, giving the bare surname to the one named last', () => {
    const { entities: all, entityOf } = entities(
      'التقى “محمد الزعبي” مع “خالد الزعبي” في درعا، وقال الزعبي إن اللقاء كان إيجابياً.',
    );
    const persons = all.filter((e) => e.type === 'person');
    expect(persons.map((p) => p.name)).toEqual(['محمد الزعبي', 'خالد الزعبي']);
    expect(persons[1]!.aliases).toEqual(['الزعبي']);
    expect(entityOf.size).toBeGreaterThan(0);
  });
  it('reads `التنظيم` as the group the article called `تنظيم X`, even when another is named more', () => {
    const { entities: all, entityOf } = entities(
      'شنت قوات سوريا الديمقراطية حملة في المخيم شاركت فيها قوات سوريا الديمقراطية ضد خلية تابعة لتنظيم “داعش”، وقال التنظيم إنه باق.',
    );
    const anaphor = [...entityOf.values()].find((e) => e.mentions.some((m) => m.anaphor === 'group'));
    expect(anaphor?.name).toBe('داعش');
    expect(all.some((e) => e.name === 'قوات سوريا الديمقراطية')).toBe(true);
  });

  it('joins a body named without its head word to the full name (`البراق` → `فرقة البراق`)', () => {
    const { list } = entities(
      'وتفاوضت الهيئة مع قيادة “البراق” أمس. وقال مسؤول في فرقة البراق إن الاتفاق قريب.',
    );
    expect(list).toContain('organization:فرقة البراق (البراق)');
    expect(list.filter((e) => e.includes('البراق'))).toHaveLength(1);
  });
});
