// One organization, many scripts: the Arabic canonical name the Arabic engine gives a group (its
// node's name key), and the Latin names and abbreviations English reporting uses for it. The
// English extractor names a group by its Arabic canonical name, so both articles meet on one node;
// the planner adds the Latin names as aliases, so a Latin search finds a node only Arabic named.
import { latinKey, nameKey, type OrganizationKind } from '@shabaka/model';

export interface CrossScriptOrganization {
  /** The canonical name in gazetteer/organizations.ts: the node's name key is made from it. */
  arabic: string;
  /** Other Arabic spellings sources use, beyond the Arabic gazetteer's own aliases. */
  arabicAliases: readonly string[];
  /** Latin names and abbreviations, the most usual first (it is the display name in English). */
  latin: readonly string[];
  kind: OrganizationKind;
}

const armed = (arabic: string, arabicAliases: string[], ...latin: string[]): CrossScriptOrganization => ({
  arabic,
  arabicAliases,
  latin,
  kind: 'armed_group',
});

const state = (kind: OrganizationKind, arabic: string, ...latin: string[]): CrossScriptOrganization => ({
  arabic,
  arabicAliases: [],
  latin,
  kind,
});

export const CROSS_SCRIPT_ORGANIZATIONS: readonly CrossScriptOrganization[] = [
  armed(
    'داعش',
    ['تنظيم الدولة', 'الدولة الإسلامية'],
    'Islamic State',
    'ISIS',
    'IS',
    'ISIL',
    'Daesh',
    'Daash',
    'Islamic State of Iraq and Syria',
    'Islamic State of Iraq and the Levant',
  ),
  armed(
    'هيئة تحرير الشام',
    ['تحرير الشام'],
    'Hayat Tahrir al-Sham',
    'HTS',
    'Hay’at Tahrir al-Sham',
    'Tahrir al-Sham',
    // The Arabic gazetteer reads جبهة النصرة as the same group, so its Latin names go here too.
    'Nusra Front',
    'al-Nusra Front',
    'Jabhat al-Nusra',
  ),
  armed('تنظيم القاعدة', ['القاعدة'], 'al-Qaeda', 'al-Qaida', 'Qaeda'),
  armed(
    'تنظيم القاعدة في جزيرة العرب',
    ['القاعدة في جزيرة العرب'],
    'al-Qaeda in the Arabian Peninsula',
    'AQAP',
  ),
  armed('قوات سوريا الديمقراطية', ['قسد'], 'Syrian Democratic Forces', 'SDF'),
  armed(
    'الحشد الشعبي',
    ['هيئة الحشد الشعبي'],
    'Popular Mobilization Forces',
    'PMF',
    'Hashd al-Shaabi',
    'PMU',
  ),
  armed('حزب الله', [], 'Hezbollah', 'Hizbollah', 'Hizballah'),
  armed('كتائب حزب الله', [], 'Kataib Hezbollah', "Kata'ib Hezbollah"),
  armed('حركة حماس', ['حماس'], 'Hamas'),
  armed('حركة الشباب', ['الشباب'], 'al-Shabaab', 'al-Shabab', 'Shabaab'),
  armed('جماعة الحوثي', ['الحوثي', 'أنصار الله'], 'Houthis', 'Houthi', 'Ansar Allah', 'Ansarallah'),
  armed('حركة طالبان', ['طالبان'], 'Taliban'),
  armed('حراس الدين', [], 'Hurras al-Din', 'Hurras al-Deen'),
  armed('البيشمركة', ['قوات البيشمركة'], 'Peshmerga', 'Peshmerga forces'),
  armed('الفرقة الرابعة', [], 'Fourth Division', '4th Division'),
  armed('حركة رجال الكرامة', ['رجال الكرامة'], 'Men of Dignity', 'Men of Dignity movement'),
  armed('حركة أحرار الشام', ['أحرار الشام'], 'Ahrar al-Sham'),
  armed('جيش الإسلام', [], 'Jaish al-Islam', 'Army of Islam'),
  armed('الجيش الوطني السوري', ['الجيش الوطني'], 'Syrian National Army', 'SNA'),
  armed('الجيش السوري الحر', ['الجيش الحر'], 'Free Syrian Army', 'FSA'),
  // A coalition of states, not a group: an English article's main group is never it.
  {
    arabic: 'التحالف الدولي',
    arabicAliases: ['قوات التحالف'],
    latin: ['US-led coalition', 'U.S.-led coalition', 'international coalition', 'anti-ISIS coalition'],
    kind: 'other',
  },
  state(
    'government',
    'النظام السوري',
    'Syrian regime',
    'Assad regime',
    'Syrian government',
    'Syrian government forces',
    'Syrian army',
    'regime forces',
  ),
  state(
    'government',
    'الحكومة العراقية',
    'Iraqi government',
    'Iraqi security forces',
    'Iraqi forces',
    'Iraqi army',
  ),
  state('government', 'الحكومة التركية', 'Turkish government', 'Turkish forces', 'Turkish army'),
  state('government', 'الحكومة الروسية', 'Russian government', 'Russian forces'),
  state('government', 'الحكومة الإيرانية', 'Iranian government', 'Iranian forces'),
  state(
    'government',
    'جيش الاحتلال الإسرائيلي',
    'Israeli military',
    'Israeli army',
    'Israeli forces',
    'Israel Defense Forces',
    'IDF',
  ),
  state(
    'government',
    'الجيش الأمريكي',
    'US military',
    'US forces',
    'U.S. military',
    'U.S. forces',
    'US Central Command',
    'CENTCOM',
    'US Africa Command',
    'United States Africa Command',
    'AFRICOM',
  ),
  state(
    'government',
    'الحكومة الصومالية',
    'Somali government',
    'Somali army',
    'Somali forces',
    'Somali special forces',
    'Somali National Army',
  ),
  state('other', 'التحالف العربي', 'Saudi-led coalition', 'Arab coalition'),
  state('government', 'الحكومة اليمنية', 'Yemeni government', 'Yemeni army', 'Yemeni forces'),
  state('government', 'حكومة الإنقاذ', 'Salvation Government', 'Syrian Salvation Government'),
  state('security_branch', 'جهاز مكافحة الإرهاب', 'Counter-Terrorism Service', 'CTS'),
  state('security_branch', 'قوى الأمن الداخلي', 'Asayish', 'Internal Security Forces'),
  state('security_branch', 'جهاز الأمن العام', 'General Security Service'),
  state(
    'security_branch',
    'الأمن العسكري',
    'Military Security',
    'Military Intelligence Directorate',
    'Military Intelligence',
  ),
  state(
    'security_branch',
    'المخابرات الجوية',
    'Air Force Intelligence',
    'Air Force Intelligence Directorate',
  ),
  state('security_branch', 'أمن الدولة', 'State Security', 'General Intelligence Directorate'),
  state('security_branch', 'الأمن السياسي', 'Political Security', 'Political Security Directorate'),
  state('ngo', 'المرصد السوري لحقوق الإنسان', 'Syrian Observatory for Human Rights', 'SOHR'),
];

/** Whether a Latin name is an abbreviation (ISIS, HTS): matched only in capitals, never as a word. */
export function isAbbreviation(name: string): boolean {
  return /^[A-Z]{2,5}$/.test(name);
}

const byKey = new Map<string, CrossScriptOrganization>();
for (const entry of CROSS_SCRIPT_ORGANIZATIONS)
  for (const name of [entry.arabic, ...entry.arabicAliases, ...entry.latin]) {
    byKey.set(nameKey(name), entry);
    byKey.set(latinKey(name), entry);
  }

/** The cross-script entry a name (in either script, any listed spelling) belongs to. */
export function crossScriptEntry(name: string): CrossScriptOrganization | undefined {
  return byKey.get(nameKey(name)) ?? byKey.get(latinKey(name));
}

/** Every name of the organization called `name` in the other script, for its aliases. */
export function crossScriptAliases(name: string): string[] {
  const entry = crossScriptEntry(name);
  return entry ? [entry.arabic, ...entry.arabicAliases, ...entry.latin].filter((n) => n !== name) : [];
}
