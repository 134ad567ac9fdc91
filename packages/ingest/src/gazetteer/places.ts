// Places of Syria, Iraq and their neighbours from public knowledge. One line per place:
// `name|alias|alias`. A leading `?` marks a name that is also a common word (التضامن "solidarity",
// الباب "the door"): it counts as a place only after a place word (`حي`, `بلدة`...) or beside
// another place in a list.
import type { PlaceKind } from '@shabaka/model';
import { keys } from './words.ts';
import { IRAQ_PLACES } from './places-iraq.ts';
import { REGION_PLACES } from './places-region.ts';
import { SYRIA_PLACES } from './places-syria.ts';
import { WORLD_PLACES } from './places-world.ts';

export interface PlaceEntry {
  name: string;
  aliases: readonly string[];
  kind: PlaceKind;
  ambiguous: boolean;
  /** Aliases that are common words too (`اليرموك`): places only in context, like `ambiguous` names. */
  ambiguousAliases: readonly string[];
  /** The nisba adjective for `الجنوب الدمشقي`-style regions. */
  adjective?: string;
}

const RAW: Record<PlaceKind, string> = {
  country: `سوريا|سورية@السوري
العراق@العراقي
لبنان@اللبناني
تركيا@التركي
الأردن@الأردني
إيران@الإيراني
روسيا@الروسي
مصر@المصري
ليبيا@الليبي
اليمن@اليمني
السعودية|المملكة العربية السعودية@السعودي
قطر@القطري
الإمارات@الإماراتي
الكويت@الكويتي
البحرين
الولايات المتحدة|أمريكا|أميركا|واشنطن@الأمريكي
فرنسا@الفرنسي
بريطانيا@البريطاني
ألمانيا@الألماني
إسرائيل@الإسرائيلي
فلسطين@الفلسطيني
أفغانستان@الأفغاني
باكستان@الباكستاني
السودان@السوداني
الصومال@الصومالي
تونس@التونسي
الجزائر@الجزائري
المغرب@المغربي
مالي
نيجيريا@النيجيري`,
  governorate: `دمشق|مدينة دمشق|العاصمة دمشق|العاصمة السورية@الدمشقي
ريف دمشق
حلب@الحلبي
حمص@الحمصي
حماة@الحموي
اللاذقية
طرطوس
إدلب@الإدلبي
درعا
السويداء
القنيطرة
دير الزور
الرقة@الرقاوي
الحسكة
بغداد|العاصمة العراقية@البغدادي
نينوى
الأنبار
صلاح الدين
كركوك
ديالى
أربيل
دهوك
السليمانية
البصرة
النجف
كربلاء
بابل
واسط
ميسان
ذي قار
المثنى
القادسية`,
  region: `البادية السورية
?البادية
الجزيرة السورية
شرق الفرات
الساحل السوري
جبل الزاوية
سهل الغاب
الغوطة الشرقية|الغوطة
الغوطة الغربية
القلمون|القلمون الشرقي|القلمون الغربي
حوض اليرموك
اللجاة
وادي بردى
سهل نينوى
جرف الصخر|جرف النصر
الجنوب السوري`,
  city: `الموصل
الفلوجة
الرمادي
تكريت
سامراء
بعقوبة
الحويجة
تلعفر|تل عفر
سنجار
بيجي
الشرقاط
?القائم
?حديثة
راوة
عانة
هيت
الرطبة
الكوت
?العمارة
الناصرية
السماوة
الديوانية
?الحلة
منبج
?الباب
جرابلس
أعزاز|اعزاز
عفرين
تل رفعت
عين العرب|كوباني
تل أبيض
رأس العين
القامشلي
عامودا
المالكية
الشدادي
البوكمال|أبو كمال
?الميادين
هجين
الشحيل
الباغوز
مسكنة
دير حافر
?السفيرة
الأتارب
دارة عزة
سرمدا
الدانا
معرة النعمان
سراقب
أريحا
جسر الشغور
خان شيخون
كفرنبل
حارم
سلقين
تدمر
القريتين
السخنة
الرستن
تلبيسة
القصير
تلكلخ
الحولة
مصياف
السلمية
محردة
صوران
مورك
كفرزيتا
اللطامنة
جبلة
بانياس
القرداحة
?نوى
?جاسم
إنخل
الصنمين
بصرى الشام
طفس
داعل
?الحراك
الشيخ مسكين
إزرع
شهبا
صلخد
خان أرنبة
دوما
حرستا
عربين
زملكا
عين ترما
سقبا
كفربطنا
حمورية
المليحة
داريا
معضمية الشام|المعضمية
قدسيا
?الهامة
?التل
الزبداني
مضايا
بقين
سرغايا
يبرود
النبك
?الضمير
?الرحيبة
جيرود
القطيفة
?الكسوة
جرمانا
صحنايا
السيدة زينب
ببيلا
يلدا
بيت سحم
سبينة|السبينة
?حجيرة
عرسال
الهرمل
بعلبك
صيدا
بيروت|العاصمة اللبنانية بيروت|العاصمة اللبنانية
طرابلس|العاصمة الليبية طرابلس|العاصمة الليبية
غازي عنتاب|عنتاب
إسطنبول|اسطنبول
أنقرة
شانلي أورفة|أورفة
كلس
الريحانية
أنطاكيا
عمان|عمّان
الزرقاء
إربد
الرمثا
المفرق
موسكو
طهران`,
  town: `خان الشيح
?الحسينية`,
  village: ``,
  camp: `مخيم اليرموك|?اليرموك
مخيم الهول|?الهول
مخيم الركبان|الركبان
مخيم خان الشيح
مخيم الزعتري|الزعتري
مخيم عين الحلوة|عين الحلوة
مخيم أطمة`,
  neighbourhood: `الحجر الأسود
?التضامن
?العسالي
?القدم
?الميدان
المزة
كفرسوسة
برزة
القابون
ركن الدين
باب توما
الشاغور
?الزاهرة
نهر عيشة
دمر
جوبر
?المهاجرين
?التقدم
?العروبة`,
  crossing: `معبر نصيب
معبر باب الهوى|باب الهوى
معبر باب السلامة|باب السلامة
معبر البوكمال|معبر القائم
معبر التنف|التنف
معبر كسب`,
  street: ``,
  other: ``,
};

function parsePlaces(raw: Partial<Record<PlaceKind, string>>): PlaceEntry[] {
  return Object.entries(raw).flatMap(([kind, lines]) =>
    (lines ?? '')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => {
        const [names, adjective] = line.split('@');
        const [first, ...aliases] = names!.split('|');
        const ambiguous = first!.startsWith('?');
        return {
          name: first!.replace(/^\?/, ''),
          aliases: aliases.filter((alias) => !alias.startsWith('?')),
          ambiguousAliases: aliases.filter((alias) => alias.startsWith('?')).map((alias) => alias.slice(1)),
          kind: kind as PlaceKind,
          ambiguous,
          ...(adjective ? { adjective } : {}),
        };
      }),
  );
}

/** Neighbours and the larger places first, then the country files (`places-syria.ts`, `places-iraq.ts`, `places-region.ts`) and the world's (`places-world.ts`). */
export const PLACES: readonly PlaceEntry[] = [
  RAW,
  SYRIA_PLACES,
  IRAQ_PLACES,
  REGION_PLACES,
  WORLD_PLACES,
].flatMap(parsePlaces);

/**
 * Words that introduce a place name, with the kind of place and whether they stay in the name;
 * `definite` words name a place only with a definite name after them (`منطقة المعامل`, not
 * `منطقة عسكرية`).
 */
export const PLACE_WORDS: ReadonlyMap<
  string,
  { kind: PlaceKind; keep: boolean; plural?: boolean; definite?: boolean }
> = new Map([
  ['مخيم', { kind: 'camp', keep: true }],
  ['مخيمات', { kind: 'camp', keep: false, plural: true }],
  ['معبر', { kind: 'crossing', keep: true }],
  ['شارع', { kind: 'street', keep: true }],
  ['ساحة', { kind: 'street', keep: true }],
  ['جبل', { kind: 'region', keep: true }],
  ['مطار', { kind: 'other', keep: true }],
  ['سجن', { kind: 'other', keep: true }],
  ['بلدة', { kind: 'town', keep: false }],
  ['بلدات', { kind: 'town', keep: false, plural: true }],
  ['قرية', { kind: 'village', keep: false }],
  ['قرى', { kind: 'village', keep: false, plural: true }],
  ['مدينة', { kind: 'city', keep: false }],
  ['مدن', { kind: 'city', keep: false, plural: true }],
  ['حي', { kind: 'neighbourhood', keep: false }],
  ['أحياء', { kind: 'neighbourhood', keep: false, plural: true }],
  ['محافظة', { kind: 'governorate', keep: false }],
  ['محافظات', { kind: 'governorate', keep: false, plural: true }],
  ['ناحية', { kind: 'town', keep: false }],
  ['قضاء', { kind: 'region', keep: false }],
  ['العاصمة', { kind: 'city', keep: false }],
  ['منطقة', { kind: 'region', keep: false, definite: true }],
  ['إقليم', { kind: 'region', keep: false }],
  ['بلدتي', { kind: 'town', keep: false, plural: true }],
  ['مدينتي', { kind: 'city', keep: false, plural: true }],
  ['قريتي', { kind: 'village', keep: false, plural: true }],
  ['جبال', { kind: 'region', keep: true }],
  ['جزيرة', { kind: 'region', keep: true }],
]);

/** First words of two-word place names (`بيت سحم`, `دير حافر`, `تل رفعت`). */
export const COMPOUND_PLACE_STARTS = new Set([
  'بيت',
  'دير',
  'تل',
  'كفر',
  'عين',
  'رأس',
  'باب',
  'خان',
  'جسر',
  'معرة',
  'أبو',
  'بئر',
  'قصر',
  'سوق',
  'مزرعة',
  'أم',
  'بني',
  'جب',
  'حزرما',
  'وادي',
  'نهر',
]);

export const DIRECTIONS: ReadonlyMap<string, string> = new Map([
  ['جنوب', 'جنوب'],
  ['شمال', 'شمال'],
  ['شرق', 'شرق'],
  ['غرب', 'غرب'],
  ['الجنوب', 'جنوب'],
  ['الشمال', 'شمال'],
  ['الشرق', 'شرق'],
  ['الغرب', 'غرب'],
  ['جنوبي', 'جنوب'],
  ['شمالي', 'شمال'],
  ['شرقي', 'شرق'],
  ['غربي', 'غرب'],
  ['ريف', 'ريف'],
]);

/** Sides after `ريف X` (`ريف حلب الشمالي`): a part of the countryside, as written. */
export const RURAL_DIRECTIONS: ReadonlySet<string> = keys('الشمالي الجنوبي الشرقي الغربي');
