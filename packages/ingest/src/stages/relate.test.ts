import { describe, expect, it } from 'vitest';
import { extractArticle } from '../pipeline.ts';

function extract(text: string) {
  return extractArticle({ text }).extraction;
}
const roles = (text: string) => extract(text).roles.map((r) => `${r.person} ${r.role} ${r.org} ${r.status}`);
const relations = (text: string) =>
  extract(text).relations.map((r) => `${r.subject} ${r.predicate} ${r.object}`);

describe('roles', () => {
  it('gives a title in parentheses after a name, and the accusative title after them, to that name', () => {
    const found = roles('وشمل القرار تعيين حمدان محمد عباس (وزير النقل السابق) محافظاً للبيضاء.');
    expect(found).toContain('حمدان محمد عباس minister null former');
    expect(found).toContain('حمدان محمد عباس official null appointed');
  });

  it('gives the title a relative clause says a name became, or was, to that name, with its status', () => {
    expect(roles('وجاء القرار خلفاً للواء (ماهر خالد سلوم) الذي بات وزيرا للداخلية.')).toContain(
      'ماهر خالد سلوم minister null current',
    );
    expect(roles('وجرى تعيين ماهر الصالح، الذي كان رئيساً لحكومة الإنقاذ، محافظاً لإدلب.')).toContain(
      'ماهر الصالح leader حكومة الإنقاذ former',
    );
  });

  it('gives an accusative title after `تعيينه` to the one named before, and a post led before to him', () => {
    const found = roles(
      'وذكرت مصادر موالية أن العميد (سامر دياب) تم تعيينه رسمياً رئيسا لشعبة الأمن السياسي، وكان قبلها يرأس فرع الأمن العسكري في حماة.',
    );
    expect(found).toContain('سامر دياب security_chief الأمن السياسي appointed');
    expect(found).toContain('سامر دياب security_chief الأمن العسكري former');
  });

  it('gives a title labelled `ويعرف بأنه` or `ما يسمى` to the name before the label', () => {
    expect(roles('وقالت الشرطة إن الموقوف هو سامي أحمد الزعبي، ويُعرف بأنه “والي حمص” في داعش.')).toContain(
      'سامي أحمد الزعبي leader داعش current',
    );
    expect(roles('وألقت الشرطة القبض على المكنى (أبو علي الجميلي) ما يسمى والي الفلوجة في داعش.')).toContain(
      'أبو علي الجميلي leader داعش current',
    );
  });

  it('reads a post held in a body named between the verb and the post, and drops the generic title then', () => {
    expect(
      roles('وقتل القيادي في داعش "أبو ياسين العراقي"، وكان يشغل في التنظيم منصب "أمير قاطع الجزيرة".'),
    ).toEqual(['أبو ياسين العراقي leader قاطع الجزيرة former']);
  });

  it('reads a spokesman of the body a pronoun stands for, named in quotes after his title', () => {
    expect(roles('وبث التنظيم كلمة مسجلة للمتحدث باسمه "أبو عمر الحلبي" يتوعد فيها خصومه.')).toEqual([
      'أبو عمر الحلبي spokesperson null current',
    ]);
  });

  it('binds a title to the name a nickname cue after it gives, and reads `قاد` with its subject after it', () => {
    expect(roles('ورثت الحركة الناطق باسمها المعروف باسم أبو حمزة في بيان.')).toContainEqual(
      expect.stringMatching(/^أبو حمزة spokesperson /),
    );
    expect(roles('وقاد سامر الورفلي ميليشيا "الأمن المركزي" في طرابلس سنوات.')).toEqual([
      'سامر الورفلي leader الأمن المركزي current',
    ]);
  });

  it('gives the title after an aside set off by commas, or after `يعد`, to the name before the aside', () => {
    expect(roles('وكان سامي خطاب، المعروف أيضا باسم أبو أحمد، مسؤولا كبيرا في هيئة تحرير الشام.')).toContain(
      'سامي خطاب senior_member هيئة تحرير الشام current',
    );
    expect(roles('وأوضح أن عبدالله مبارك، المكنى أبو حبة، يعد قيادياً بارزاً في تنظيم القاعدة.')).toContain(
      'عبدالله مبارك senior_member تنظيم القاعدة current',
    );
  });

  it('keeps the generic title of a body beside a post the same sentence gives in another', () => {
    const found = roles('وسمت الإدارة القيادي السابق في “جيش الإسلام” ماهر الشيخ محافظاً لحمص.');
    expect(found).toContain('ماهر الشيخ senior_member جيش الإسلام former');
    expect(found.some((r) => r.startsWith('ماهر الشيخ official'))).toBe(true);
  });

  it('reads the holder of a post through a relative clause, a future verb, and `برئاسة`', () => {
    expect(roles('وعين سامر العلي، الذي بات يشغل منصب وزير الزراعة، مستشاراً.')).toContainEqual(
      expect.stringMatching(/^سامر العلي minister /),
    );
    expect(roles('وقال إن أبو مهدي الحلبي سيشغل منصب رئيس أركان هيئة الحشد الشعبي.')).toContainEqual(
      expect.stringMatching(/^أبو مهدي الحلبي military_commander الحشد الشعبي/),
    );
    expect(roles('وأعلنت الحكومة السورية الانتقالية برئاسة محمد البشير أمس خطتها.')).toContainEqual(
      expect.stringMatching(/^محمد البشير leader /),
    );
  });

  it('refines a title by its modifiers but not by the adjective of a region, nor one governed by another', () => {
    expect(roles('وتم تكليف هاشم الكزة آمراً لمنطقة طبرق العسكرية.')).toContainEqual(
      expect.stringMatching(/^هاشم الكزة leader /),
    );
    expect(roles('وتم تعيين فهيم العيسى قائداً عاماً للفيلق الثاني.')).toContainEqual(
      expect.stringMatching(/^فهيم العيسى leader /),
    );
    expect(roles('وقتل أبو حمزة المقدسي أحد القادة الميدانيين لتنظيم داعش.')).toEqual([
      'أبو حمزة المقدسي military_commander داعش current',
    ]);
    // `نائب معاون رئيس الهيئة`: he is not the head of the body.
    expect(roles('وقال أبو علي البصري نائب معاون رئيس هيئة الحشد الشعبي إن الهجوم صد.')).not.toContainEqual(
      expect.stringMatching(/ leader /),
    );
  });

  it('reads the leader of a group named after an attribute clause and before his quoted name', () => {
    expect(
      roles('ولقي قائد جماعة “حراس الدين” المرتبطة بتنظيم القاعدة “سامي العتوم” حتفه في قصف.'),
    ).toContainEqual('سامي العتوم leader حراس الدين current');
  });

  it('binds a head of state named by nationality to the name set off by commas after it', () => {
    expect(roles('أصدر الرئيس اليمني، سامي منصور الهادي، مساء اليوم قرارات.')).toEqual([
      'سامي منصور الهادي leader null current',
    ]);
  });

  it('gives an accusative title after a relative clause to the name before the clause', () => {
    expect(roles('وتم تعيين نزار الحموي، الذي كان مديراً للمعبر، محافظاً لحماة.')).toContainEqual(
      expect.stringMatching(/^نزار الحموي official .* appointed$/),
    );
  });

  it('gives each name of a list its own title after it, and a brigade its leader', () => {
    const found = roles(
      'وأعلنت الهيئة تعيين أبو سالم الديري قائد لواء الفتح، وأبو عمر الحلبي قائد لواء النصر.',
    );
    expect(found).toContain('أبو سالم الديري leader لواء الفتح appointed');
    expect(found.some((r) => r.startsWith('أبو عمر الحلبي leader لواء النصر'))).toBe(true);
  });

  it('binds a title that names its body to the name set off by commas after it', () => {
    expect(roles('وقال المتحدث باسم حركة طالبان، زرداد مجاهد، إن القصف توقف.')).toEqual([
      'زرداد مجاهد spokesperson حركة طالبان current',
    ]);
  });

  it('binds a title to the name the pronoun after it gives (`، هو X`)', () => {
    expect(roles('وأضاف أن قيادياً بارزاً في حركة الشباب، هو عبد الكريم محمد حرسي، قتل أيضاً.')).toContain(
      'عبد الكريم محمد حرسي senior_member حركة الشباب current',
    );
  });

  it('reads a president, a prime minister and the head of a group as leaders', () => {
    expect(roles('وقال الرئيس الفنلندي ماتي كورهونن إن بلاده ستساعد.')).toEqual([
      'ماتي كورهونن leader null current',
    ]);
    expect(roles('وقال رئيس الوزراء العراقي حيدر الفلاحي إن القوات تقدمت.')).toEqual([
      'حيدر الفلاحي leader الحكومة العراقية current',
    ]);
    expect(roles('وقال رئيس المكتب الإعلامي في المحافظة سامر الخطيب إن الطرق مغلقة.')).not.toContainEqual(
      expect.stringContaining('leader'),
    );
  });

  it('binds a title before or after the name, within the clause', () => {
    expect(roles('وقال القيادي في جيش الإسلام “محمد علوش” إن المفاوضات فشلت.')).toEqual([
      'محمد علوش senior_member جيش الإسلام current',
    ]);
    expect(
      roles('وظهر “سعيد الخطيب” الأمير العسكري السابق لتنظيم داعش في الرقة، بينما غاب المتحدث.'),
    ).toEqual(['سعيد الخطيب military_commander داعش former']);
  });

  it('reads appointment and dismissal, and a title after a comma and a rank', () => {
    expect(roles('وأعلن التنظيم تعيين “ابو خالد الحمصي” أميراً أمنياً لحمص بعد مقتل سلفه.')).toEqual([
      'ابو خالد الحمصي security_chief null appointed',
    ]);
    expect(roles('وقال وزير الدفاع العراقي، الفريق “جمعة عناد”، إن القوات تقدمت.')).toEqual([
      'جمعة عناد minister الحكومة العراقية current',
    ]);
  });

  it('gives the head of a security office or branch the security_chief class', () => {
    expect(
      roles('وكان المكتب الأمني لحركة أحرار الشام، الذي يقوده “أبو عمر الحلبي”، قد اعتقل شاباً.'),
    ).toEqual(['أبو عمر الحلبي security_chief المكتب الأمني current']);
    expect(roles('ويرأس فرع الأمن السياسي في حماة العميد “نزار الأحمد” منذ عامين.')[0]).toMatch(
      /^نزار الأحمد security_chief/,
    );
  });

  it('does not read a quantity of fighters or a title without a name as a role', () => {
    expect(roles('اعتقل التنظيم أكثر من 30 عنصراً من عناصره، بأمر من أمير التنظيم في المنطقة.')).toEqual([]);
  });
});

describe('relations', () => {
  it('reads control from verbs, nouns and `الخاضعة لسيطرة`, listing every place', () => {
    const found = relations(
      'ويسيطر جيش الإسلام على مدن دوما وحرستا. وتقع بلدة جيرود، الخاضعة لسيطرة النظام، شرق العاصمة.',
    );
    expect(found).toEqual([
      'جيش الإسلام controls دوما',
      'جيش الإسلام controls حرستا',
      'النظام السوري controls جيرود',
    ]);
  });

  it('does not read `areas under its control in X` as controlling X', () => {
    expect(relations('وشهدت مناطق سيطرة داعش جنوب دمشق انهيارات.')).toEqual([]);
  });

  it('reads arrests of named people and of the members of a cell, who are members of its group', () => {
    expect(
      relations(
        'واعتقلت هيئة تحرير الشام خلية تابعة لداعش في إدلب، كانت تضم المدعو “عمر الشامي” و“بكر الحموي”.',
      ),
    ).toEqual([
      'هيئة تحرير الشام arrested عمر الشامي',
      'هيئة تحرير الشام arrested بكر الحموي',
      'عمر الشامي member_of داعش',
      'بكر الحموي member_of داعش',
    ]);
  });

  it('reads who replaced whom, closeness, kinship and statements to an outlet', () => {
    const found = relations(
      [
        'وعين التنظيم “أبو حفص الأنصاري” قائداً عسكرياً خلفاً لـ“أبو عمر الشيشاني”.',
        'ويعد الأنصاري من المقربين من “أبو بكر البغدادي”. والأنصاري هو ابن عم “صالح الأنصاري”.',
        'وقال “ياسر عبد الرحيم” لقناة “الجزيرة” إن المعارك مستمرة.',
      ].join(' '),
    );
    expect(found).toEqual([
      'أبو حفص الأنصاري replaced أبو عمر الشيشاني',
      'أبو حفص الأنصاري close_to أبو بكر البغدادي',
      'أبو حفص الأنصاري relative_of صالح الأنصاري',
      'ياسر عبد الرحيم stated_to الجزيرة',
    ]);
  });

  it('marks denial, hedging and attribution where the sentence says so', () => {
    const x = extract(
      'ونفى المتحدث أن تكون قوات النظام قد اعتقلت “مازن الحمود”. ويُرجح أن الفرقة الرابعة اعتقلت “سامي العلي”، بحسب مصادر محلية.',
    );
    expect(
      x.relations.map((r) => [r.object, r.negated ?? false, r.hedged ?? false, r.attributedTo ?? '']),
    ).toEqual([
      ['مازن الحمود', true, false, ''],
      ['سامي العلي', false, true, 'مصادر محلية'],
    ]);
  });

  it('puts the sentence and the span that state each claim in its evidence', () => {
    const text = 'قال الناشط إن الوضع سيئ.\nويسيطر جيش الإسلام على دوما.';
    const x = extractArticle({ text });
    const [claim] = x.extraction.relations;
    expect(claim?.evidence).toMatchObject({ sentence: 1, text: 'ويسيطر جيش الإسلام على دوما.' });
    expect(x.article.text.slice(claim!.evidence!.start, claim!.evidence!.end)).toBe(
      'ويسيطر جيش الإسلام على دوما',
    );
  });
});

describe('contact, attribution and succession', () => {
  it('reads meetings with a direct object, with مع, as a noun, and whoever was present', () => {
    expect(
      relations('والتقى محافظ حماة “محمود زكريا” القيادي في حركة أحرار الشام “أبو علي الساحلي”.'),
    ).toContain('محمود زكريا met_with أبو علي الساحلي');
    expect(relations('وعقد “سامي العمر” اجتماعاً مع “فراس الديب” في مدينة حمص، بحضور “نادر الحسين”.')).toEqual(
      expect.arrayContaining(['سامي العمر met_with فراس الديب', 'سامي العمر met_with نادر الحسين']),
    );
  });

  it('reads negotiations past the envoys named before the other party', () => {
    expect(relations('وقال المصدر إن “ياسر العلي” فاوض قيادة “جيش الإسلام” قبل أسبوع.')).toContain(
      'ياسر العلي negotiated_with جيش الإسلام',
    );
  });

  it('attributes a killing to the group said to stand behind it or to claim it', () => {
    const text =
      'اغتال مسلحون مجهولون “سامر الحلبي” في بلدة طفس. ويرجح ناشطون أن تكون خلايا تابعة لتنظيم “داعش” تقف وراء عملية الاغتيال.';
    expect(relations(text)).toContain('داعش killed سامر الحلبي');
    expect(
      relations(
        'وتأتي الحملة بعد مقتل “عبد الله الشمري” في عملية تبنتها خلايا تنظيم “داعش” عبر قنوات مقربة منه.',
      ),
    ).toContain('داعش killed عبد الله الشمري');
  });

  it('does not give a killing to a group said to be behind other acts, to claim another attack, or to plan it', () => {
    const behindOther =
      'وقتل “سامر الحلبي” بغارة قرب المطار. وتتهم الحكومة “حزب الله” بالوقوف وراء هجمات صاروخية على القواعد.';
    expect(relations(behindOther).filter((r) => r.includes('killed'))).not.toContain(
      'حزب الله killed سامر الحلبي',
    );
    const otherAttack =
      'وقتل “سامر الحلبي” في عملية أمنية. وقُتل سبعة أشخاص في هجوم انتحاري تبنته “حركة الشباب” في مقديشو.';
    expect(relations(otherAttack)).not.toContain('حركة الشباب killed سامر الحلبي');
    expect(relations('وأضاف أن “خالد العمر” خطط لخطف القنصل “محمد العلي” في عدن.')).not.toContain(
      'خالد العمر arrested محمد العلي',
    );
  });

  it('gives the one replaced the role of his successor, dismissed when the text says so', () => {
    expect(
      roles('وعُيّن العميد “كمال حسن” رئيساً لفرع الأمن السياسي خلفاً للعميد “رامي يوسف” الذي أُعفي من منصبه.'),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/^رامي يوسف security_chief .* dismissed$/)]));
  });

  it('reads the places given as examples of a controlled area', () => {
    expect(relations('ويسيطر “لواء الشمال” منذ عام 2016 على عدة بلدات، أبرزها تل رفعت ومنبج.')).toEqual(
      expect.arrayContaining(['لواء الشمال controls تل رفعت', 'لواء الشمال controls منبج']),
    );
  });

  it('resolves a subjectless movement to the person named just before', () => {
    expect(relations('وأفرجت الكتيبة عن “منذر الصالح” أمس، مؤكدة أنه وصل إلى مدينة إدلب.')).toContain(
      'منذر الصالح moved_to إدلب',
    );
  });
});

describe('roles with no body named', () => {
  it('gives a civil title the government its country adjective names, or the only government', () => {
    expect(roles('وقال وزير الداخلية العراقي “عثمان الغانمي” إن القوات تقدمت.')).toEqual([
      'عثمان الغانمي minister الحكومة العراقية current',
    ]);
    expect(extract('وقال وزير الداخلية العراقي “عثمان الغانمي” إن القوات تقدمت.').organizations).toEqual([
      { name: 'الحكومة العراقية', aliases: [], kind: 'government', mentions: [] },
    ]);
    expect(roles('والتقى محافظ حماة “محمد الحزوري” ضباطاً من قوات النظام في المدينة.')).toEqual([
      'محمد الحزوري official النظام السوري current',
    ]);
  });

  it('gives a minister the ministry of his domain, and leaves the org empty when nothing supports one', () => {
    expect(
      roles('وأعلنت وزارة الداخلية السورية أن وزير الداخلية “محمد الرحمون” زار المعبر.').find((r) =>
        r.startsWith('محمد الرحمون'),
      ),
    ).toBe('محمد الرحمون minister وزارة الداخلية السورية current');
    expect(roles('وقال وزير العدل “خالد شواني” إن المحاكمة ستبدأ قريباً.')).toEqual([
      'خالد شواني minister null current',
    ]);
  });
});

describe('general relation patterns', () => {
  it('reads part_of from a parenthesised alias, `المنضوي تحت` and `إحدى فصائل`/`كبرى مكونات`', () => {
    expect(relations('وتسيطر قوى الأمن الداخلي (الأسايش) التابعة للإدارة الذاتية على مدينة الحسكة.')).toEqual(
      ['قوى الأمن الداخلي controls الحسكة', 'قوى الأمن الداخلي part_of الإدارة الذاتية'],
    );
    expect(relations('وقاتل “فيلق الشام” إلى جانب “لواء المعتصم” المنضوي تحت الجيش الوطني السوري.')).toEqual([
      'لواء المعتصم part_of الجيش الوطني السوري',
    ]);
    expect(
      relations('وقالت مصادر إن “فرقة السلطان مراد”، إحدى فصائل الجيش الوطني السوري، دخلت المدينة.'),
    ).toEqual(['فرقة السلطان مراد part_of الجيش الوطني السوري']);
  });

  it('reads movement nouns: `زيارة أجراها X إلى`, `دخول أرتال X إلى`', () => {
    expect(relations('وجاءت الخطوة بعد زيارة أجراها وزير الدفاع “علي عباس” إلى مدينة حلب.')).toContain(
      'علي عباس moved_to حلب',
    );
    expect(relations('وتزامن ذلك مع دخول أرتال هيئة تحرير الشام إلى مدينة إدلب فجر السبت.')).toContain(
      'هيئة تحرير الشام moved_to إدلب',
    );
  });

  it('reads `أعلن X مسؤوليته عن اغتيال Y` and control held by a group’s fighters', () => {
    expect(
      relations('أعلن “لواء شهداء اليرموك” مسؤوليته عن اغتيال القيادي “سامر العبدالله” في بلدة جاسم.'),
    ).toContain('لواء شهداء اليرموك killed سامر العبدالله');
    expect(relations('وتحدثت مصادر عن سيطرة عناصر تنظيم داعش على بلدة السخنة.')).toContain(
      'داعش controls السخنة',
    );
  });

  it('denies only the claim in the clause governed by نفى', () => {
    const found = extract(
      'نفت هيئة تحرير الشام اعتقال الناشط “محمود الحسن”، مؤكدة أن قوات النظام اعتقلت “خالد السعيد” في حماة.',
    ).relations.map((r) => `${r.subject} ${r.predicate} ${r.object} ${r.negated ? 'denied' : 'asserted'}`);
    expect(found).toEqual([
      'هيئة تحرير الشام arrested محمود الحسن denied',
      'النظام السوري arrested خالد السعيد asserted',
      // Where the asserted arrest happened (geo.event-place).
      'خالد السعيد located_in حماة asserted',
    ]);
  });

  it('reads `حل X محل Y` and `تسلم X قيادة ... من Y` as replacements, not any `تسلم ... من`', () => {
    expect(relations('وأعلن الفيلق أن العقيد “أحمد الحسين” حل محل “سامي العمر” في قيادة اللواء.')).toEqual([
      'أحمد الحسين replaced سامي العمر',
    ]);
    expect(relations('وتسلم “أحمد الحسين” قيادة اللواء من العقيد “سامي العمر” الأسبوع الماضي.')).toEqual([
      'أحمد الحسين replaced سامي العمر',
    ]);
    expect(relations('وتسلم “أحمد الحسين” رسالة من “سامي العمر” أمس.')).toEqual([]);
    expect(relations('وقرر التنظيم حل ديوان الحسبة في المدينة.')).not.toContain('replaced');
  });
});

describe('role recall: the ways a text phrases a title', () => {
  const has = (text: string, ...expected: string[]) => {
    const found = roles(text);
    for (const e of expected)
      expect(
        found.some((r) => r.startsWith(e)),
        `${e} in ${found.join(' / ')}`,
      ).toBe(true);
  };

  it('binds a title a relative clause describes to the name before it', () => {
    has(
      'واعتقلت القوات الأمنية “سالم النعيمي”، الذي وصفته بأنه “والي حلب” في تنظيم داعش، خلال مداهمة.',
      'سالم النعيمي leader داعش',
    );
    has(
      'وألقت الشرطة القبض على المدعوة “أم خالد الشامية” التي وصفتها بـ“القاضي الشرعي” للتنظيم.',
      'أم خالد الشامية sharia_official',
    );
    has(
      'واعتقل عناصر الأمن الشاب “فادي العمر”، الذي قالت إنه مسؤول المكتب الأمني في جيش الإسلام.',
      'فادي العمر security_chief',
    );
    has(
      'وكشفت التحقيقات ارتباط الخلية بالمدعو “ابو حمزة الديري”، الذي يُعتقد أنه يدير عمليات تنظيم داعش في البادية.',
      'ابو حمزة الديري leader داعش',
    );
  });

  it('follows a genitive chain to a name set off by a comma, a rank or a quote', () => {
    has('وقال قائد عمليات نينوى، الفريق الركن “ماجد الجبوري”، إن الوضع مستقر.', 'ماجد الجبوري leader');
    has(
      'وتابع مدير استخبارات قيادة عمليات البصرة، العقيد “حيدر الساعدي”، التحقيق بنفسه.',
      'حيدر الساعدي security_chief',
    );
    has('وأشرف مستشار رئيس الوزراء لشؤون الأمن “كاظم الياسري” على المفاوضات.', 'كاظم الياسري official');
    has(
      'أعلنت الوزارة إعفاء مدير شرطة البصرة، اللواء “جاسم الحلفي”، من منصبه.',
      'جاسم الحلفي security_chief null dismissed',
    );
  });

  it('does not give the title a deputy title governs to the deputy', () => {
    expect(roles('ويُعد المتهم من المقربين من نائب رئيس الفرع، العقيد “منذر الخطيب”، في حمص.')).toEqual([
      expect.stringMatching(/^منذر الخطيب deputy_leader/),
    ]);
  });

  it('does not run a chain past the verb of a new clause', () => {
    expect(roles('وكان رئيس المجلس الجديد التقى قائد “جيش الإسلام”، “أحمد الطه”، أمس.')).toEqual([
      'أحمد الطه leader جيش الإسلام current',
    ]);
  });

  it('gives a plural title to every name of the list after it', () => {
    expect(roles('وجاء ذلك بعد انشقاق القياديين “سامر العلي” و“حسين الخلف” عن الفصيل.')).toEqual([
      'سامر العلي senior_member null current',
      'حسين الخلف senior_member null current',
    ]);
  });

  it('reads a deputy named by a pronoun and the one charged with running a body', () => {
    has(
      'أصدرت الهيئة أمراً بإعفاء قائد محور الأنبار، “أبو علي البصري”، من منصبه، وتكليف معاونه “كريم الموسوي” بإدارة المحور خلفاً له.',
      'أبو علي البصري leader null dismissed',
      'كريم الموسوي leader null appointed',
      'كريم الموسوي deputy_leader',
    );
    has(
      'وكلف القائد “عمار الحسن”، وهو ابن عم سلفه، بقيادة “لواء الباقر” في دير الزور.',
      'عمار الحسن leader لواء الباقر appointed',
    );
  });

  it('gives the one replaced the post the successor took, named in an earlier sentence', () => {
    has(
      'وقالت مصادر إن “سعد الجنابي” هو أمير تنظيم داعش في ديالى. وتولى الجنابي منصبه مطلع العام خلفاً لـ“أبو بكر العزاوي”.',
      'سعد الجنابي leader داعش current',
      'أبو بكر العزاوي leader داعش former',
    );
  });

  it('reads joining a group, the group a relative clause describes, and a title on a pronoun', () => {
    has(
      'وكان “محمود الشيخ” قد أجرى تسوية مع النظام، لينضم بعدها إلى “لواء القدس” في حلب.',
      'محمود الشيخ member لواء القدس',
    );
    has(
      'وقاتل في مجموعة “أسود الشرقية” التابعة للفيلق الخامس في درعا، والتي يقودها المدعو “طلال العبد”.',
      'طلال العبد leader أسود الشرقية',
    );
    has(
      'وعقد اجتماعاً بحضور مسؤول “حزب الله” اللبناني في المنطقة المدعو “أبو علي رضا”.',
      'أبو علي رضا official حزب الله',
    );
    has(
      'واتهمت “قوات الكرامة” الفرع باغتيال القيادي فيها “سمير الحمد” الشهر الماضي.',
      'سمير الحمد senior_member',
    );
  });
});

describe('relations read from more phrasings', () => {
  it('reads an arrest by a force whose name opens with `قوات`, and fighters taken from a group', () => {
    expect(relations('واعتقلت قوات “الأسايش”، فجر الاثنين، “سالم العيسى” في حي غويران.')).toContain(
      'قوى الأمن الداخلي arrested سالم العيسى',
    );
    expect(relations('واحتجزت دورية تابعة لـ“الأمن العسكري” أربعة عناصر من “لواء القدس” في حلب.')).toContain(
      'الأمن العسكري arrested لواء القدس',
    );
  });

  it('reads each place of a control list, past a relative clause and words of quantity', () => {
    const found = relations(
      'ويسيطر “جيش الإسلام”، الذي تأسس عام 2013، على معظم مدينة دوما ومعظم قرى ناحية النشابية وحي جوبر.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'جيش الإسلام controls دوما',
        'جيش الإسلام controls النشابية',
        'جيش الإسلام controls جوبر',
      ]),
    );
  });

  it('reads a transfer to a branch in a city as a move there, and the branch as located in the city', () => {
    const found = relations(
      'وأفادت مصادر بأن المدعو “عادل الخطيب” نُقل قبل أيام إلى “فرع المداهمة” التابع للمخابرات الجوية في حلب.',
    );
    expect(found).toEqual(
      expect.arrayContaining(['عادل الخطيب moved_to حلب', 'فرع المداهمة located_in حلب']),
    );
    expect(
      relations('وقالت الشرطة إن “منذر الحاج” اعتقل أمس. ونُقل إلى إدارة الأمن العسكري في دمشق.'),
    ).toContain('منذر الحاج moved_to دمشق');
  });

  it('reads the kin of someone the article named under the same description', () => {
    expect(
      relations(
        'اعتقلت الشرطة الصحفي المستقل “رامي الجبوري” في الموصل. وقال “علي الجبوري”، شقيق الصحفي، إن التهم ملفقة.',
      ),
    ).toContain('علي الجبوري relative_of رامي الجبوري');
  });

  it('reads a defection from `صفوفها`, and from the body of an earlier defection in the sentence', () => {
    expect(
      relations(
        'انشق القائد في “جيش العزة” المدعو “عمار الحسن” الملقب بـ“أبو يزن”، عن صفوفه، وتوجه إلى تركيا.',
      ),
    ).toContain('عمار الحسن defected_from جيش العزة');
    const found = relations(
      'ويعد “فادي السليم” رابع قيادي ينشق عن “حركة أحرار الشام” هذا العام، بعد انشقاق القياديين “مازن العمر” و“زياد الحمصي” في الربيع.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'مازن العمر defected_from حركة أحرار الشام',
        'زياد الحمصي defected_from حركة أحرار الشام',
      ]),
    );
  });
});
