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
]);

/** Words a title may open with that change nothing (`its overall leader`, `the new spokesman`). */
export const ENGLISH_TITLE_MODIFIERS = words(
  'the a an its their his her new top current overall acting interim general',
);
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
  'security intelligence media military sharia religious hisbah political economic',
);
export const ENGLISH_UNIT_WORDS = words(
  'office council committee wing department apparatus bureau commission',
);

/** Capitalized names that end with one of these are organizations (`General Intelligence Service`). */
export const ENGLISH_ORG_HEADS = words(`
  forces army service services ministry council front movement party agency directorate command
  committee police guard guards authority government coalition organization organisation group
  apparatus
`);
/** Capitalized names that end with one of these are units of a group. */
export const ENGLISH_UNIT_HEADS = words('brigade brigades division battalion regiment corps');

/** Capitalized words that are not names: sentence openers, titles, days, months, nationalities. */
export const ENGLISH_NOT_NAMES = words(`
  the a an in on at of for from by with to and or but as after before during since while when
  this that these those it its he she they his her their we our i you there here then
  monday tuesday wednesday thursday friday saturday sunday january february march april may june
  july august september october november december
  mr mrs ms dr gen general col colonel maj major lt sheikh shaikh president prime minister
  commander leader chief emir spokesman spokeswoman deputy minister governor official officials
  syrian iraqi turkish kurdish lebanese iranian american russian israeli palestinian yemeni
  afghan somali saudi egyptian jordanian arab western islamic islamist jihadist local security
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
  enKin: words('son daughter brother sister father mother nephew cousin uncle wife husband'),
  enStrike: words('strike airstrike drone raid attack bombing'),
} as const;

/** Words that make a claim uncertain, deny it, or introduce who said it. */
export const ENGLISH_HEDGES = words(
  'reportedly allegedly believed thought suspected likely possibly probably unconfirmed rumoured rumored purportedly said-to',
);
export const ENGLISH_NEGATIONS = words('not never denied denies deny no neither nor');
export const ENGLISH_REPORTERS = words(
  'sources source activists officials residents witnesses observatory monitor',
);
