// The English engine's word lists (english/): titles and the class of post each names, the verbs
// of the relations it reads, and the capitalized words that never start or continue a name.
// Keys are lower case, as english/tokens.ts folds a word.
import type { RoleClass } from '@shabaka/model';

const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/));

/** Title words, with the class of the post (`security chief`, `emir`). Two-word titles first. */
export const ENGLISH_TITLES: ReadonlyMap<string, RoleClass> = new Map([
  ['security chief', 'security_chief'],
  ['security official', 'security_chief'],
  ['intelligence chief', 'security_chief'],
  ['media chief', 'media_chief'],
  ['media official', 'media_chief'],
  ['military commander', 'military_commander'],
  ['field commander', 'military_commander'],
  ['military chief', 'military_commander'],
  ['sharia official', 'sharia_official'],
  ['religious official', 'sharia_official'],
  ['religious leader', 'sharia_official'],
  ['general commander', 'leader'],
  ['senior leader', 'senior_member'],
  ['senior commander', 'military_commander'],
  ['senior official', 'senior_member'],
  ['senior member', 'senior_member'],
  ['prime minister', 'leader'],
  ['secretary-general', 'leader'],
  ['co-chair', 'leader'],
  ['wali', 'leader'],
  ['leader', 'leader'],
  ['chief', 'leader'],
  ['head', 'leader'],
  ['emir', 'leader'],
  ['amir', 'leader'],
  ['founder', 'other'],
  ['president', 'leader'],
  ['chairman', 'leader'],
  ['commander', 'military_commander'],
  ['spokesman', 'spokesperson'],
  ['spokeswoman', 'spokesperson'],
  ['spokesperson', 'spokesperson'],
  ['minister', 'minister'],
  ['governor', 'official'],
  ['official', 'official'],
  ['mufti', 'sharia_official'],
  ['judge', 'sharia_official'],
  ['member', 'member'],
  ['fighter', 'member'],
  ['militant', 'member'],
  ['bodyguard', 'member'],
]);

/** Words a title may open with that change nothing (`its overall leader`, `the new spokesman`). */
export const ENGLISH_TITLE_MODIFIERS = words(
  'the a an its their his her new top current overall acting interim general',
);
/** Ranks between a title and the name it gives (`the branch's head, Brigadier General X`). */
export const ENGLISH_RANKS = words(`
  general gen lieutenant lt brigadier colonel col major maj captain capt sergeant admiral staff
  field marshal commander dr sheikh shaikh
`);
/** A `member of` one of these bodies is one of a group's senior members (`its shura council`). */
export const ENGLISH_LEADERSHIP_BODIES = words('council committee shura bureau politburo');
/** Pronouns standing for a person named before (`He was previously`, `his brother`). */
export const ENGLISH_PERSON_PRONOUNS = words('he she him her his');
/** A `senior` before a title makes an official or a member a senior member (`a senior HTS official`). */
export const ENGLISH_SENIOR = words('senior veteran prominent');
/** After `member of`, a body that is no group's (`a member of parliament`): no post in a group. */
export const ENGLISH_NOT_GROUP_BODIES = words('parliament congress cabinet family tribe clan');
/** A `deputy` before a title makes its holder the deputy of the one who holds it. */
export const ENGLISH_DEPUTY = words('deputy vice assistant');
/** Before a title: the post is no longer held. */
export const ENGLISH_FORMER = words('former ex late then erstwhile');
/** What a unit does decides what its head is (`head of the media office`: the media chief). */
export const ENGLISH_UNIT_HEAD_CLASS: ReadonlyMap<string, RoleClass> = new Map([
  ['security', 'security_chief'],
  ['intelligence', 'security_chief'],
  ['media', 'media_chief'],
  ['military', 'military_commander'],
  ['sharia', 'sharia_official'],
  ['religious', 'sharia_official'],
  ['hisbah', 'hisbah'],
]);
/** Words that make a unit of a group when they precede an office word (`media office`). */
export const ENGLISH_UNIT_DOMAINS = words(
  'security intelligence media military sharia religious hisbah political economic shura',
);
export const ENGLISH_UNIT_WORDS = words(
  'office council committee wing department apparatus bureau commission police courts',
);
/** A word that may stand between a unit's domain and its office word (`media relations office`). */
export const ENGLISH_UNIT_INFIXES = words('relations affairs operations');

/** Capitalized names that end with one of these are organizations (`General Intelligence Service`). */
export const ENGLISH_ORG_HEADS = words(`
  forces army service services ministry council front movement party agency directorate command
  committee police guard guards authority government coalition organization organisation group
  apparatus force task league network institute
`);
/** Capitalized names that end with one of these are units of a group (or a group, named alone). */
export const ENGLISH_UNIT_HEADS = words('brigade brigades division battalion regiment corps unit');

/**
 * `the coalition`, `the branch's head`: a body named again by its head word is the last body
 * before it whose name ends with that word; `branch` and `faction` stand for the last security
 * branch and armed group named.
 */
export const ENGLISH_BODY_ANAPHORS = words(
  'coalition government brigade division council ministry committee directorate front army forces movement service',
);
export const ENGLISH_KIND_ANAPHORS: ReadonlyMap<string, string> = new Map([
  ['branch', 'security_branch'],
  ['faction', 'armed_group'],
]);

/** News outlets and agencies English reporting names (`told Reuters`): media organizations. */
export const ENGLISH_OUTLETS: readonly string[] = [
  'Reuters',
  'AFP',
  'Agence France-Presse',
  'Associated Press',
  'Syria Direct',
  'Enab Baladi',
  'Rudaw',
  'Hawar news agency',
  'ANHA',
  'North Press',
  'SANA',
  'Al Jazeera',
  'Al Arabiya',
  'Asharq al-Awsat',
  'Shafaq News',
  'Kurdistan 24',
  'Suwayda 24',
  'Sweida 24',
  'Deir ez-Zor 24',
  'The National',
  'Long War Journal',
  'Middle East Eye',
  'BBC',
  'Step News',
  'Al Masirah',
  'Al-Masirah',
];

/** Words after a person that give another name of his (`X, whose real name is Y`, `known as Y`). */
export const ENGLISH_ALIAS_CUES: readonly (readonly string[])[] = [
  ['whose', 'real', 'name', 'is'],
  ['known', 'in', 'arabic', 'as'],
  ['also', 'known', 'as'],
  ['better', 'known', 'as'],
  ['known', 'as'],
  ['nicknamed'],
  ['dubbed'],
  ['alias'],
];

/** A lower-case word after a name that makes it a place (`the Shaddadi area`, `Shabwa province`). */
export const ENGLISH_PLACE_TYPES = words(`
  town village city camp district neighbourhood neighborhood region province governorate area
  countryside outskirts sector suburb square roundabout crossing desert valley
`);
/** Before an unknown capitalized name, these make it a place (`near Bab al-Hawa`, `in Azaz`). */
export const ENGLISH_PLACE_PREPOSITIONS = words('in near outside around into toward towards');

/** Capitalized words that are not names: sentence openers, titles, days, months, nationalities. */
export const ENGLISH_NOT_NAMES = words(`
  the a an in on at of for from by with to and or but as after before during since while when
  this that these those it its he she they his her their we our i you there here then
  monday tuesday wednesday thursday friday saturday sunday january february march april may june
  july august september october november december
  mr mrs ms dr gen general col colonel maj major lt lieutenant brigadier captain capt sergeant
  admiral staff sheikh shaikh president prime minister
  commander leader chief emir spokesman spokeswoman deputy minister governor official officials
  syrian iraqi turkish kurdish lebanese iranian american russian israeli palestinian yemeni
  afghan somali saudi egyptian jordanian arab western islamic islamist jihadist local security
  related share tags read comments advertisement analysis home subscribe
  sources source reuters afp ap according news agency state states united nations human rights
  watch observatory north south east west northern southern eastern western
  sunni shia shiite alawite christian druze
`);

/** Particles inside a name: a lower-case `bin` or `al-Julani` continues it, `Abu` opens one. */
export const ENGLISH_NAME_PARTICLES = words('abu abou umm bin ben ibn bint al el ad ar as ash at az an');

/** Verbs and phrases of the relation rows (english/relations.ts). */
export const ENGLISH_RELATION_WORDS = {
  enAppointed: words('appointed appointment named designated promoted chosen elected installed'),
  enDismissed: words('dismissed sacked removed fired ousted'),
  enSucceeds: words('succeeds succeeded replaces replaced replacing succeeding'),
  enKilled: words('killed assassinated'),
  enArrested: words('arrested detained captured apprehended'),
  /** Nouns of the same acts: `the arrest of X by Y`, `the capture of X`. */
  enKilling: words('killing assassination'),
  enArrest: words('arrest capture detention'),
  enKin: words(`
    son daughter brother sister father mother nephew niece cousin uncle wife husband
    brother-in-law son-in-law father-in-law grandson
  `),
  enStrike: words('strike airstrike drone raid attack bombing'),
  /** `X told Reuters`: a statement to an outlet. */
  enTold: words('told'),
  /** `backed by X`, `close to X`, `loyal to X`: a tie (the object follows `by`/`to`). */
  enClose: words('backed supported close loyal affiliated allied'),
  /** `X, a faction of Y`, `one of the factions within Y`, `part of Y`: Y is the body X belongs to. */
  enPartNouns: words('faction factions part branch branches wing wings affiliate affiliates'),
  enPlacedUnder: words('under'),
  enControl: words('control controls controlled'),
  enMoved: words('fled moved travelled traveled escaped relocated'),
  enMet: words('met meets'),
  enJoined: words('joined'),
  /** `his predecessor, X`; `as his successor`. */
  enPredecessor: words('predecessor'),
  enSuccessor: words('successor'),
} as const;

/** Verbs of leading a body (`he had commanded the group's fighters`), with the post they give. */
export const ENGLISH_LEADING_VERBS: ReadonlyMap<string, RoleClass> = new Map([
  ['led', 'leader'],
  ['leads', 'leader'],
  ['headed', 'leader'],
  ['heads', 'leader'],
  ['commanded', 'military_commander'],
  ['commands', 'military_commander'],
]);
/** After `led`, the body's fighters rather than the body: its military command (`led the group's forces`). */
export const ENGLISH_FIGHTING_FORCES = words('forces fighters troops units');
/** Verbs that give a post to the person they name (`described him as a member of`). */
export const ENGLISH_DESCRIBING_VERBS = words('described identified');
/** Verbs between a person and the post he holds (`X was the commander of`, `X remains the head of`). */
export const ENGLISH_COPULAS = words('is was remains remained became becomes serves served');
/** Words a copula may carry before the post (`had long been`, `was previously`, `is also`). */
export const ENGLISH_COPULA_FILLERS = words(`
  has had have been long also previously formerly once still now later then reportedly
  allegedly identified described as on in
`);

/** Adjectives of states whose forces strike (`an Israeli drone strike`), with their forces' Latin name. */
export const ENGLISH_STATE_ADJECTIVES: ReadonlyMap<string, string> = new Map([
  ['israeli', 'Israeli military'],
  ['us', 'US military'],
  ['u.s.', 'US military'],
  ['american', 'US military'],
  ['turkish', 'Turkish forces'],
  ['russian', 'Russian forces'],
  ['iranian', 'Iranian forces'],
  ['iraqi', 'Iraqi forces'],
  ['syrian', 'Syrian government forces'],
]);

/** Words that make a claim uncertain, deny it, or introduce who said it. */
export const ENGLISH_HEDGES = words(
  'reportedly allegedly believed thought suspected likely possibly probably unconfirmed rumoured rumored purportedly said-to',
);
export const ENGLISH_NEGATIONS = words('not never denied denies deny no neither nor');
export const ENGLISH_REPORTERS = words(
  'sources source activists officials residents witnesses observatory monitor',
);
