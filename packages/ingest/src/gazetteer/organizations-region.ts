// Organizations of the wider region — Syria's factions, Iraq's services and parties, Yemen, Lebanon,
// Palestine, Libya, Egypt, Somalia, Afghanistan — and outlets that report on them. Public
// knowledge; names that are also common words (`الشرق الأوسط`, `الميادين`) only with their head word.
import { armed, government, media, ngo, type OrganizationEntry, party, security } from './organizations.ts';

const SYRIA: OrganizationEntry[] = [
  armed('حركة التحرير والبناء'),
  armed('صقور الشام', 'ألوية صقور الشام'),
  armed('أحرار الشرقية', 'تجمع أحرار الشرقية'),
  armed('جيش الشرقية'),
  armed('فرقة السلطان سليمان شاه', 'العمشات'),
  armed('فرقة الحمزة', 'فرقة الحمزات', 'الحمزات'),
  armed('فرقة السلطان مراد'),
  armed('فرقة المعتصم'),
  armed('الجبهة الشامية'),
  armed('جيش النخبة'),
  armed('فيلق المجد'),
  armed('إدارة العمليات العسكرية'),
  armed('مجلس منبج العسكري'),
  armed('مجلس دير الزور العسكري'),
  armed('لواء الباقر'),
];

const IRAQ: OrganizationEntry[] = [
  security('جهاز المخابرات الوطني العراقي', 'جهاز المخابرات العراقي', 'المخابرات العراقية'),
  security('جهاز الأمن الوطني العراقي', 'جهاز الأمن الوطني', 'الأمن الوطني العراقي'),
  security('الشرطة الاتحادية'),
  armed('حركة النجباء', 'النجباء', 'حركة حزب الله النجباء'),
  armed('كتائب سيد الشهداء'),
  armed('كتائب الإمام علي'),
  armed('المقاومة الإسلامية في العراق'),
  party('تحالف الفتح'),
  party('ائتلاف دولة القانون', 'دولة القانون'),
  party('التيار الصدري'),
  party('الحزب الديمقراطي الكردستاني'),
  party('الاتحاد الوطني الكردستاني'),
  party('اتحاد القوى', 'اتحاد القوى الوطنية', 'تحالف القوى العراقية'),
];

const YEMEN: OrganizationEntry[] = [
  security('الجهاز المركزي للأمن السياسي'),
  security('جهاز الأمن القومي'),
  security('جهاز الأمن والمخابرات'),
  armed('المجلس الانتقالي الجنوبي', 'الانتقالي الجنوبي'),
  armed('قوات الحزام الأمني', 'الحزام الأمني'),
  armed('ألوية العمالقة', 'قوات العمالقة'),
  armed('قوات درع الوطن'),
  armed(
    'تنظيم القاعدة في جزيرة العرب',
    'القاعدة في جزيرة العرب',
    'قاعدة الجهاد في جزيرة العرب',
    'تنظيم قاعدة الجهاد في جزيرة العرب',
  ),
  party('حزب الإصلاح', 'التجمع اليمني للإصلاح'),
  party('المؤتمر الشعبي العام'),
  government('مجلس القيادة الرئاسي'),
];

const LEVANT: OrganizationEntry[] = [
  armed('كتائب القسام', 'كتائب عز الدين القسام', 'كتائب الشهيد عز الدين القسام'),
  armed('كتائب شهداء الأقصى'),
  // The Islamic Jihad's armed wing: a body of its own, that the text ties to the movement.
  armed('سرايا القدس'),
  armed('حركة أمل'),
  party('حركة فتح'),
  party('التيار الوطني الحر'),
  government('السلطة الفلسطينية'),
  government('الجيش اللبناني'),
  government('جيش الاحتلال الإسرائيلي', 'جيش الاحتلال', 'الجيش الإسرائيلي'),
  security('المديرية العامة للأمن العام', 'الأمن العام اللبناني'),
  security('شعبة المعلومات'),
];

const NORTH_AFRICA: OrganizationEntry[] = [
  armed('الجيش الوطني الليبي', 'القوات المسلحة العربية الليبية', 'القيادة العامة للقوات المسلحة الليبية'),
  government('المجلس الرئاسي الليبي', 'المجلس الرئاسي'),
  security('جهاز دعم الاستقرار'),
  armed('قوة الردع الخاصة', 'قوة الردع', 'جهاز الردع'),
  armed('البنيان المرصوص', 'عملية البنيان المرصوص'),
  armed('فجر ليبيا'),
  armed('مجلس شورى مجاهدي درنة'),
  security('قطاع الأمن الوطني', 'جهاز الأمن الوطني المصري'),
  armed('أنصار بيت المقدس', 'جماعة أنصار بيت المقدس'),
];

const HORN_AND_AFGHANISTAN: OrganizationEntry[] = [
  security(
    'الوكالة الوطنية للاستخبارات والأمن',
    'الوكالة الوطنية للاستخبارات والأمن الصومالية',
    'جهاز الاستخبارات الصومالية',
    'جهاز المخابرات الصومالية',
    'الاستخبارات الصومالية',
    'المخابرات الصومالية',
  ),
  government('الحكومة الصومالية', 'حكومة الصومال', 'الحكومة الفيدرالية الصومالية'),
  armed('حركة طالبان باكستان', 'طالبان باكستان'),
  armed('شبكة حقاني'),
];

const OUTLETS: OrganizationEntry[] = [
  media('أخبار الآن'),
  media('العربي الجديد'),
  media('قاسيون', 'وكالة قاسيون'),
  media('شبكة أخبار العراق'),
  media('تلفزيون سوريا'),
  media('نداء بوست'),
  media('وكالة الأناضول'),
  media('روسيا اليوم'),
  media('فرانس 24'),
  media('إرم نيوز'),
  media('وكالة الأنباء العراقية'),
  media('خدمة سايت', 'مجموعة سايت', 'سايت'),
];

const INTERNATIONAL: OrganizationEntry[] = [
  ngo('الاتحاد الأوروبي'),
  ngo('مجلس الأمن الدولي', 'مجلس الأمن'),
  ngo('جامعة الدول العربية', 'الجامعة العربية'),
];

export const REGION_ORGANIZATIONS: readonly OrganizationEntry[] = [
  ...SYRIA,
  ...IRAQ,
  ...YEMEN,
  ...LEVANT,
  ...NORTH_AFRICA,
  ...HORN_AND_AFGHANISTAN,
  ...OUTLETS,
  ...INTERNATIONAL,
];
