import { describe, expect, it } from 'vitest';
import { extractArticle } from '../pipeline.ts';
import { mentionList, recognized } from '../test-helpers.ts';

const persons = (text: string) =>
  extractArticle({ text }).extraction.persons.map((p) => [p.name, ...p.aliases].join(' = '));

// One-paragraph articles: the first line of a longer text would be read as its title.
describe('recognize', () => {
  it('reads an unlisted name after its title, and a speaker named before the title', () => {
    expect(mentionList('وقال المتحدث باسم حركة طالبان زرداد مجاهد إن القصف توقف.')).toContain(
      'person:زرداد مجاهد',
    );
    expect(mentionList('وقال الرئيس الفنلندي ماتي كورهونن إن بلاده ستساعد.')).toContain(
      'person:ماتي كورهونن',
    );
    expect(mentionList('وقال فرهاد عيسى مدير المركز الإعلامي إن الهجوم صد.')).toContain('person:فرهاد عيسى');
  });

  it('takes no ordinary word, verb or prepositional phrase after a title for a name', () => {
    const found = mentionList('وعين وزير الموارد المائية خلفا لنبيل الحسن، ثم قال إنه سيكون رئيساً.');
    // The one replaced is a person; the preposition and the word of succession are not his name.
    expect(found.filter((m) => m.startsWith('person:'))).toEqual(['person:نبيل الحسن']);
    expect(mentionList('ويشغل نائب رئيس الهيئة منصب المستشار.').some((m) => m.startsWith('person:'))).toBe(
      false,
    );
  });

  it('joins a real name or a nickname given after a cue to the person just named', () => {
    expect(persons('وقتل القيادي أبو هاجر الديري، واسمه الحقيقي منذر العلوش، في غارة.')).toEqual([
      'أبو هاجر الديري = منذر العلوش',
    ]);
    expect(persons('وقتل أبو أحمد الدغيم الملقب بـ"أبو دجانة" في غارة.')).toEqual([
      'أبو أحمد الدغيم = أبو دجانة',
    ]);
  });

  it('leaves the preposition of a nickname cue out of the name', () => {
    expect(mentionList('وعرف من بينهم القيادي المكنى بـأبو سالم.')).toContain('person:أبو سالم');
  });

  it('finds kunyas, names after المدعو and quoted names next to a title', () => {
    expect(
      mentionList('اعتقلت الشرطة المدعو خالد العلي، كما فر أبو محمد الشامي القيادي في التنظيم.'),
    ).toEqual(['person:خالد العلي', 'person:أبو محمد الشامي', 'organization:التنظيم']);
    expect(mentionList('وعين التنظيم “سعيد البري” أميراً على الحسبة.')).toContain('person:سعيد البري');
  });

  it("reads a quoted kunya after the word of a body as a person, not as the body's name", () => {
    const found = mentionList('وطالب نواب بمحاسبة القيادي في الكتائب “أبو باقر العلي” أمس.');
    expect(found).toContain('person:أبو باقر العلي');
    expect(found.some((m) => m.startsWith('organization:أبو'))).toBe(false);
  });

  it('knows bodies of the wider region: Libyan, Somali and Yemeni services, a faction coalition', () => {
    expect(
      mentionList(
        'وقال الجيش الوطني الليبي إن جهاز الاستخبارات الصومالية تبادل معلومات مع الجهاز المركزي للأمن السياسي وحركة التحرير والبناء.',
      ),
    ).toEqual([
      'organization:الجيش الوطني الليبي',
      'organization:الوكالة الوطنية للاستخبارات والأمن',
      'organization:الجهاز المركزي للأمن السياسي',
      'organization:حركة التحرير والبناء',
    ]);
  });

  it('builds names of a sector by its place, a national branch, a numbered division and a service', () => {
    const mentions = recognized(
      'وقتل أمير قاطع الرطبة في الفرع العراقي للتنظيم، واشتبكت الفرقة 25 مع جهاز الاستخبارات الأردني.',
    ).mentions.map((m) => `${m.type}:${m.name}`);
    expect(mentions).toEqual([
      'unit:قاطع الرطبة',
      'unit:الفرع العراقي',
      'organization:التنظيم',
      'organization:الفرقة 25',
      'organization:جهاز الاستخبارات الأردني',
    ]);
  });

  it('reads a brigade named after a historic figure as a unit, not as that person', () => {
    expect(
      mentionList('وعُين أبو مسلم قائد لواء علي بن أبي طالب، وقائد آخر على لواء طلحة بين عبيد الله.'),
    ).toEqual(['person:أبو مسلم', 'unit:لواء علي بن أبي طالب', 'unit:لواء طلحة بين عبيد الله']);
  });

  it('reads a state body by its country adjective, and a quoted government with its head word', () => {
    expect(
      mentionList('وسلمت السلطات الصومالية المتهم إلى المخابرات الأفغانية، بينما رحبت حكومة “الإنقاذ” بذلك.'),
    ).toEqual([
      'organization:السلطات الصومالية',
      'organization:المخابرات الأفغانية',
      'organization:حكومة الإنقاذ',
    ]);
  });

  it('reads `قيادة الهيئة` as the leadership of a body named before, not as a body of its own', () => {
    expect(mentionList('وتفاوضت قيادة الهيئة مع الفصائل.')).toEqual(['organization:الهيئة']);
  });

  it('reads a quoted name whose opening quote was lost, and a given name after a rank', () => {
    expect(mentionList('ضمت الخلية المدعو “عمر الحسن” ويوسف الحلبي” في صفوفها.')).toEqual([
      'person:عمر الحسن',
      'person:يوسف الحلبي',
    ]);
    // أمير is a given name after a rank, a title elsewhere.
    expect(mentionList('وقال العقيد “أمير حسن الجبوري” إن الوضع مستقر.')).toEqual([
      'person:أمير حسن الجبوري',
    ]);
  });

  it('reads the name after `خلفاً لـ` and ends a name before the strike that killed him', () => {
    expect(mentionList('وعين الفصيل قائداً جديداً خلفاً لخالد سعيد الحمد.')).toContain('person:خالد سعيد الحمد');
    expect(mentionList('وقتل أبو خالد الشامي بغارة جوية قرب الرقة.')).toContain('person:أبو خالد الشامي');
  });

  it('reads a kunya with `بـ` attached after المكنى without the preposition', () => {
    expect(mentionList('واعتقلت الشرطة القيادي المكنى بـأبو همام في المدينة.')).toContain('person:أبو همام');
  });

  it('does not take quoted common words, numbers of fighters or salaries for people', () => {
    const mentions = mentionList(
      'دعا المنشور إلى الهجرة نحو “ارض الخلافة” بعد انقطاع راتب 45 عنصر منذ أشهر.',
    );
    expect(mentions.filter((m) => m.startsWith('person'))).toEqual([]);
  });

  it('maps the aliases of an organization to one canonical name', () => {
    expect(mentionList('هاجم تنظيم الدولة الإسلامية مواقع لقوات النظام وقسد.')).toEqual([
      'organization:داعش',
      'organization:النظام السوري',
      'organization:قوات سوريا الديمقراطية',
    ]);
  });

  it('names collectives by head word, with the place that qualifies them', () => {
    expect(mentionList('وكانت فصائل المعارضة في محافظة إدلب قد أعلنت النفير.')).toEqual([
      'organization:فصائل المعارضة في محافظة إدلب',
    ]);
  });

  it('finds places by gazetteer and by pattern, and common-word places only in context', () => {
    expect(mentionList('انسحبت القوات من بلدة كفرعويد نحو ريف إدلب الجنوبي ومخيم الركبان.')).toEqual([
      'place:كفرعويد',
      'place:ريف إدلب الجنوبي',
      'place:مخيم الركبان',
    ]);
    expect(mentionList('وتقدمت إلى أحياء الميدان والقدم والتضامن.')).toEqual([
      'place:الميدان',
      'place:القدم',
      'place:التضامن',
    ]);
    expect(mentionList('أعرب عن التضامن مع الأهالي.')).toEqual([]);
  });

  it('does not take a second place word or a direction for the name the first one heads', () => {
    expect(mentionList('وانتشرت الفصائل في قرى ناحية شران.')).toEqual(['place:شران']);
    expect(mentionList('وخرجت مظاهرات في بلدات ريف حماة.')).toEqual(['place:ريف حماة']);
  });

  it('finds units with the organization that owns them', () => {
    const { mentions } = recognized('أصدر المكتب الأمني لهيئة تحرير الشام قراراً بحل ديوان الحسبة.');
    expect(mentions.map((m) => `${m.type}:${m.canonical ?? m.name}`)).toEqual([
      'unit:المكتب الأمني',
      'organization:هيئة تحرير الشام',
      'unit:الحسبة',
    ]);
  });

  it('keeps every mention span on the words it names, clitics left out', () => {
    const { mentions, text } = recognized('ونقل التنظيم عناصره إلى مخيم اليرموك وللحجر الأسود.');
    expect(mentions.map((m) => text.slice(m.start, m.end))).toEqual([
      'التنظيم',
      'مخيم اليرموك',
      'لحجر الأسود',
    ]);
  });

  it('reads a name in parentheses after a body as its alias, here and later in the article', () => {
    expect(
      mentionList('وقالت “وحدات حماية الشعب” (YPG) إن مقاتليها انسحبوا. وأكدت YPG أن الهجوم فشل.'),
    ).toEqual([
      'organization:وحدات حماية الشعب',
      'organization:وحدات حماية الشعب',
      'organization:وحدات حماية الشعب',
    ]);
    expect(mentionList('أعلنت قوى الأمن الداخلي (الأسايش) اعتقال شابين.')).toEqual([
      'organization:قوى الأمن الداخلي',
      'organization:قوى الأمن الداخلي',
    ]);
  });

  it('reads `الهيئة` before a quoted name or a title word as the body, and `الشيخ` there as a title', () => {
    const text = 'وكان “حسين الشيخ” هناك. وقال الشرعي في الهيئة الشيخ “انس الحماده” إن الاتفاق قريب.';
    expect(mentionList(text)).toEqual(['person:حسين الشيخ', 'organization:الهيئة', 'person:انس الحماده']);
    expect(mentionList('وقال المتحدث باسم الفيلق، اللواء “ياسر عبد الرحيم”، إن القوات تقدمت.')).toEqual([
      'organization:الفيلق',
      'person:ياسر عبد الرحيم',
    ]);
  });

  it('reads a quoted `علي` as the given name, unlike the preposition `على`', () => {
    expect(mentionList('وقال المتحدث باسم الحركة، “علي الحسن”، إن الوضع هادئ.')).toContain(
      'person:علي الحسن',
    );
    expect(mentionList('وكتب الناشطون “على الطريق” شعاراً للحملة.')).toEqual([]);
  });

  it('reads a name whole through its connectors, and a given name no list holds before a known one', () => {
    expect(mentionList('وعين سامي صالح بن حبتور محافظاً لعدن.')).toContain('person:سامي صالح بن حبتور');
    expect(mentionList('كما تم تعيين حمدان محمد عباس مديراً للمعبر.')).toContain('person:حمدان محمد عباس');
    // A word before `عبد` is not a given name: `مصادقة عبد المهدي` is the ratification by him.
    expect(mentionList('وجاء ذلك بعد مصادقة عادل عبد المهدي على القرار.')).not.toContain(
      'person:مصادقة عادل عبد المهدي',
    );
  });

  it('joins the preposition or conjunction of an unlisted given name to it in a succession or a list', () => {
    const found = mentionList(
      'ونص المرسوم على تعيين سامي الرازي محافظاً لتعز، خلفاً لوحيد ناصر رشدي، وعادل أحمد باسل محافظاً لمأرب.',
    );
    expect(found).toContain('person:وحيد ناصر رشدي');
    expect(found).toContain('person:عادل أحمد باسل');
    // A trade after the preposition describes the one named next; it is no name.
    const described = mentionList('وعين سامي الرازي محافظاً لصعدة، خلفاً لتاجر السلاح، فارس منير.');
    expect(described.filter((m) => m.startsWith('person:'))).toEqual([
      'person:سامي الرازي',
      'person:فارس منير',
    ]);
  });

  it("reads a rank before a name in parentheses as the name's title, not a brigade", () => {
    const found = mentionList('وأكدت مصادر أن اللواء (سامر لوقا) وصل إلى حمص.');
    expect(found).toContain('person:سامر لوقا');
    expect(found.some((m) => m.startsWith('organization:'))).toBe(false);
  });

  it('joins a kunya given in parentheses after a nickname cue to the person named', () => {
    expect(persons('وقبض على سامي حمد نجرس المكنى (أبو جمال) في الموصل.')).toEqual([
      'سامي حمد نجرس = أبو جمال',
    ]);
  });

  it('reads no name from a title after a conjunction in a list of posts, nor from `رئيس أركان`', () => {
    const found = mentionList(
      'وذكر المصدر أن ماجد الأسدي (الأمين العام لكتائب النصر، والناطق السابق باسم الحشد، وقيادي حالي في ائتلاف دولة القانون) غادر بغداد.',
    );
    expect(found.filter((m) => m.startsWith('person:'))).toEqual(['person:ماجد الأسدي']);
    expect(mentionList('وعين رئيس أركان هيأة الحشد الشعبي.')).toEqual(['organization:الحشد الشعبي']);
  });

  it('reads a name after `يدعى` and after `اسمه الحقيقي`, and no verb of leading after a kunya', () => {
    expect(mentionList('وقتل إرهابي سعودي يدعى سيف الشهري في غارة.')).toContain('person:سيف الشهري');
    expect(mentionList('وقالت الجماعة إن اسمه الحقيقي حذيفة سالم النجار.')).toContain(
      'person:حذيفة سالم النجار',
    );
    expect(mentionList('وكان أبو عبيدة قاد المنظومة الإعلامية.')).toContain('person:أبو عبيدة');
  });

  it('reads a cue word that closes a name as its family name, and no year word in a name', () => {
    expect(mentionList('وكشف عضو اتحاد القوى حيدر الملا أن الخلاف انتهى.')).toContain('person:حيدر الملا');
    expect(mentionList('واستقبل محمد الشيخ أحمد الوفد.')).not.toContain('person:محمد الشيخ');
    expect(mentionList('وأسسه المجلس بقيادة فايز السراج عام 2021.')).toContain('person:فايز السراج');
  });

  it('ends a name before `باسم` that gives another name in quotes', () => {
    expect(mentionList('ويعرف أبو سلمى باسم “أبو الحسن الإدلبي” بين عناصره.')).toContain('person:أبو سلمى');
  });

  it('takes no noun with a possessive pronoun, nor `أحد`, into a name', () => {
    expect(mentionList('وأعلنت الحكومة برئاسة محمد البشير خطتها.')).toContain('person:محمد البشير');
    expect(mentionList('وقتل أبو حمزة المقدسي أحد القادة.')).toContain('person:أبو حمزة المقدسي');
  });

  it('reads a kunya written as one word, and no verb or preposition after a cue for a name', () => {
    const found = mentionList('وقال إن القتلى هم سامي مبارك، وأبوخالد العولقي، وأبوكعب.');
    expect(found).toContain('person:أبوخالد العولقي');
    expect(found).toContain('person:أبوكعب');
    expect(
      mentionList('وقالت مصادر إن الشاب يعمل في الحلاقة وإنه اتهم الشاب بالتعامل مع قسد.'),
    ).not.toContainEqual(expect.stringMatching(/^person:/));
  });

  it('opens no name with the family name of someone already named', () => {
    const found = mentionList(
      'وقال خليفة حفتر إن القرارات نافذة، كما كلف حفتر صالح عبودة برئاسة الأكاديمية.',
    );
    expect(found).not.toContainEqual(expect.stringMatching(/^person:حفتر صالح/));
  });

  it('reads countries and cities of the world, and a common word that is also one only in context', () => {
    const found = mentionList('وزار الوفد الصين واليابان ثم البرتغال قبل أن يعود إلى بكين.');
    expect(found).toEqual(
      expect.arrayContaining(['place:الصين', 'place:اليابان', 'place:البرتغال', 'place:بكين']),
    );
    expect(mentionList('وعاد إلى مسقط رأسه بعد سنوات.')).toEqual([]);
  });

  it('ends a name after the family that follows آل, and at a word with a pronoun suffix', () => {
    expect(mentionList('وهنأ الشيخ محمد بن راشد آل مكتوم مبتهلين إلى الله.')).toContain(
      'person:محمد بن راشد آل مكتوم',
    );
    expect(mentionList('ومن القضايا التي ناقشها حسين فهمي في البرنامج.')).toContain('person:حسين فهمي');
  });

  it('reads no name from a team after الفريق, nor from the preposition على written علي', () => {
    const found = mentionList('ويستقبل الفريق الضيف في المطار، وبدأ تدريب علي الطرق الحديثة.');
    expect(found.filter((m) => m.startsWith('person:'))).toEqual([]);
  });

  it("reads a foreign name after a spokesman's title, its first letter only looking like a preposition", () => {
    expect(mentionList('وأكد البنتاغون، على لسان المتحدث الرسمي باسمه، بيتر كوك، أن الغارة نجحت.')).toContain(
      'person:بيتر كوك',
    );
    expect(mentionList('وقال المتحدث باسم حركة طالبان بيتر مجاهد إن القصف توقف.')).toContain(
      'person:بيتر مجاهد',
    );
  });

  it('reads no name after الفريق as the team, nor from a quoted saying near a title', () => {
    expect(mentionList('وأكد المدرب أن الفريق جاهز تماماً للمباراة.')).toEqual([]);
    expect(mentionList('وقال الوزير إن بلاده ستبقى « شريكا متفانيا » في المنطقة.')).toEqual([]);
    expect(mentionList('وقال الفريق محمد الغريبي إن القوات جاهزة.')).toContain('person:محمد الغريبي');
  });

  it('reads no place in a sports club named after its city', () => {
    expect(mentionList('وفاز ريال مدريد على مانشستر يونايتد في مدريد.')).toEqual(['place:مدريد']);
  });

  it('reads علي before a noun and its genitive as the preposition, and علي before a family name as Ali', () => {
    expect(mentionList('وحرص الجهاز الفني علي شرح الأخطاء للاعبين.')).toEqual([]);
    expect(mentionList('وقال علي مملوك رئيس مكتب الأمن الوطني إن الوضع هادئ.')).toContain('person:علي مملوك');
  });

  it('reads a foreign given name whole, not as a clitic on a word (كوفي is not ك + وفي)', () => {
    expect(mentionList('وقال كوفي مارتنز إن المحادثات ستستأنف الأسبوع المقبل.')).toContain(
      'person:كوفي مارتنز',
    );
  });

  it('reads a nationality after a verb or a preposition as the person named next, not after a noun', () => {
    expect(mentionList('وسجل البرازيلي ماركوس لينو الهدف الأول.')).toContain('person:ماركوس لينو');
    expect(mentionList('وتابعها الهولندي روبن فان هوفين برأسه.')).toContain('person:روبن فان هوفين');
    const army = mentionList('وقصف الجيش السوري مواقع في ريف إدلب.');
    expect(army.some((m) => m.startsWith('person:'))).toBe(false);
  });

  it('reads an occupation before a name as its cue, unless an ordinary word follows it', () => {
    expect(mentionList('وأدى الممثل كريستيان دوفال دور البطولة.')).toContain('person:كريستيان دوفال');
    const number = mentionList('وقال المدرب إن اللاعب رقم عشرة في الفريق مصاب.');
    expect(number.some((m) => m.startsWith('person:'))).toBe(false);
  });

  it('reads علي inside a run of words as the preposition when a noun and its genitive follow', () => {
    expect(mentionList('وسيكون للقرار أثر تخفيضي علي أرباح الشركة هذا العام.')).toEqual([]);
  });

  it('takes no honorific or God for a surname met again', () => {
    const found = mentionList('واستقبل الشيخ حمدان بن راشد سموه الوفد، وأكد سموه أن الله يحفظ البلاد.');
    expect(found.filter((m) => m.startsWith('person:'))).toEqual(['person:حمدان بن راشد']);
  });

  it('reads a city named as a club, or as the time of a clock, as no place, and the club again later', () => {
    const club = mentionList('وتعادل فريق برشلونة مع ضيفه، ثم أنقذ الحارس برشلونة من هزيمة ثانية.');
    expect(club.some((m) => m.startsWith('place:'))).toBe(false);
    expect(mentionList('ويبث البرنامج في الثامنة مساء بتوقيت دمشق.')).toEqual([]);
  });

  it('reads an everyday word after a place word as no place name, but a name with the article as one', () => {
    expect(mentionList('ومن ناحية أخرى، اتفق الطرفان على هدنة.')).toEqual([]);
    expect(mentionList('وهو من أبناء بلدة الجديد في ريف دير الزور.')).toContain('place:الجديد');
  });

  it('reads the name a stadium, an airport or a prize bears as no person there', () => {
    const found = mentionList('وهبطت الطائرة في مطار رفيق سعادة بعد أن أقيمت المباراة على ملعب حمد بن خالد.');
    expect(found.some((m) => m.startsWith('person:'))).toBe(false);
  });

  it('keeps a name whose part follows عبد when an occupation cues it', () => {
    expect(mentionList('وقدم الفنان حسام عبد العظيم عرضه الأول.')).toContain('person:حسام عبد العظيم');
  });
});
