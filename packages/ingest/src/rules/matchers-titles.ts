// The title matchers: a role phrase (head, modifiers, status, body, place) and the name it binds to,
// found by the holder finders of `matchers-holders.ts`.

import { nameKey, type RoleClass, type RoleStatus, type UnitKind, roleOfUnitHead } from '@shabaka/model';
import {
  DEPUTY_OF,
  ROLE_HEADS,
  ROLE_MODIFIERS,
  STATUS_WORDS,
  TRAILING_ADJECTIVES,
} from '../gazetteer/words.ts';
import type { Mention } from '../stages/recognize.ts';
import { type Entity, pastParenthesis } from '../stages/resolve.ts';
import type { Found, Phrase } from './context.ts';
import { isWord, stemIn } from '../text/tokens.ts';

import {
  AREA_WORDS,
  COPULA,
  DEPUTY_HEADS,
  FILLERS,
  GOVERNMENT_WORDS,
  IN,
  IN_IT,
  ONE_OF,
  PRESIDING,
  SECTOR_WORDS,
  WHOLE_WORDS,
  FORMATIONS,
} from '../lexicon/titles-legacy.ts';
import { ATTACHED } from '../lexicon/relations-legacy.ts';
import { HolderFinders, ROLE_HEAD_SET } from './matchers-holders.ts';
import type { Triggers } from './trigger-index.ts';

const LED_KINDS = new Set<string>(['government', 'armed_group', 'party']);
/** A definite nisba adjective, folded: `الفنلندي`, `اليمني`. */
const NATIONALITY = /^ال\p{L}{2,}ي$/u;
/** The lists a reading of token i must be in for each matcher to act at i (see TriggerIndex). */
export const TITLE_TRIGGERS = { role: [ROLE_HEAD_SET] } satisfies Triggers;

export class TitleMatchers extends HolderFinders {
  /** The body the last defection left and its sentence, for `بعد انشقاق X وY` later in it. */
  protected lastDefection: { body: Found; sentence: number } | undefined;

  /** The last person said to be killed, for `تقف وراء` and `تبنتها` that name only the killer. */
  protected lastVictim: Found | undefined;

  /** The person each role phrase was bound to, by the phrase's first and head token. */
  protected readonly boundAt = new Map<number, Found>();

  // ---- roles ----

  /** A role phrase: head, modifiers, status, organization, place (`الأمير الإعلامي السابق للتنظيم في جنوب دمشق`). */
  protected phrase(h: number): Phrase | undefined {
    const t = this.tokens[h]!;
    const at = this.mention(h);
    if (at && at.type !== 'organization') return undefined;
    const stem = stemIn(t, ROLE_HEAD_SET);
    if (!stem) return undefined;
    const head = ROLE_HEADS.get(stem.key)!;
    let first = h;
    if (head.plural) {
      // `أحد القياديين`, or the list that follows it (`القياديين “X” و“Y”`).
      if (stemIn(this.tokens[h - 1], ONE_OF)) first = h - 1;
      else if (!this.entityStartingAt(h + 1, ['person'])) return undefined;
    }
    let role = head.role;
    let status: RoleStatus = 'current';
    let org: Entity | undefined;
    let place: Entity | undefined;
    let area = false;
    let last = h;
    let j = h + 1;
    if (role === 'deputy_leader' && !head.ofNamed) {
      // `نائب الأمير`, `نائباً لرئيس الهيئة`, `نائب ولاية خراسان` (the deputy of the province's head).
      const unit = this.mention(j);
      if (!stemIn(this.tokens[j], DEPUTY_OF) && !(unit?.first === j && unit.type === 'unit'))
        return undefined;
      last = j++;
    }
    for (let steps = 0; steps < 12 && j < this.tokens.length && this.sameSentence(h, j); steps++) {
      const tok = this.tokens[j]!;
      const m = this.mention(j);
      if (tok.kind === 'quote') {
        j++;
        continue;
      }
      if (m && m.first === j && (m.type === 'organization' || m.type === 'unit')) {
        // The first body named is the role's; a second (`في قوى الأمن`) is the first's owner.
        if (!org) {
          org = this.res.entityOf.get(m.id);
          if (head.refinable) role = refinedByBody(role, m, org);
        }
        last = m.last;
        j = m.last + 1;
        continue;
      }
      if (m && m.first === j && m.type === 'place' && !place) {
        place = this.res.entityOf.get(m.id);
        last = m.last;
        j = m.last + 1;
        continue;
      }
      if (!isWord(tok) || m) break;
      // `آمراً لمنطقة طبرق العسكرية`: an adjective right after a place names the region, not the post.
      const afterPlace = this.mention(j - 1)?.type === 'place';
      // `رئيساً لأركان القوات البحرية`: the modifier may carry the preposition.
      const modifier =
        ROLE_MODIFIERS.get(tok.key) ??
        (tok.key[0] === 'ل' ? ROLE_MODIFIERS.get(tok.stems[1]?.key ?? '') : undefined);
      if (modifier && head.refinable && !afterPlace) {
        role = modifier;
        last = j++;
        continue;
      }
      const s = STATUS_WORDS.get(tok.key);
      if (s) {
        status = s;
        last = j++;
        continue;
      }
      if (IN.has(tok.key)) {
        const at = this.tokens[j + 1]?.kind === 'quote' ? j + 2 : j + 1;
        const next = this.mention(at);
        if (
          next &&
          next.first === at &&
          (next.type === 'place' || next.type === 'organization' || next.type === 'unit')
        ) {
          j = at;
          continue;
        }
        if (stemIn(this.tokens[j + 1], AREA_WORDS)) {
          area = true;
          last = j + 1;
          j += 2;
          continue;
        }
        break;
      }
      if (stemIn(tok, AREA_WORDS)) {
        area = true;
        last = j++;
        continue;
      }
      if (tok.key === 'ل' && this.entityStartingAt(j + 1, ['organization', 'unit'])) {
        j++; // `الأمين العام لـ“كتائب حزب الله”`
        continue;
      }
      if (stemIn(tok, ATTACHED) && this.entityStartingAt(j + 1, ['organization', 'unit'])) {
        // `القيادي في “مجلس الرقة العسكري” التابع لقوات سوريا الديمقراطية (قسد)`
        const owner = this.entityStartingAt(j + 1, ['organization', 'unit'])!;
        last = owner.m.last;
        j = pastParenthesis(this.tokens, owner.m.last + 1);
        if (j > owner.m.last + 1) last = j - 1;
        continue;
      }
      if (FILLERS.has(tok.key) && ROLE_MODIFIERS.get(tok.key) === undefined) {
        last = j++;
        continue;
      }
      // `مسؤول “حزب الله” اللبناني`: a nationality after the body names no one.
      if (org && TRAILING_ADJECTIVES.has(tok.key)) {
        last = j++;
        continue;
      }
      // `القيادي فيها “X”`: the body is the one the clause before named.
      if (j === h + 1 && IN_IT.has(tok.key)) {
        org ??= this.nearestBefore(h, ['organization', 'unit'], 20)?.e;
        last = j++;
        continue;
      }
      if (stemIn(tok, SECTOR_WORDS) && this.mention(j + 1)?.type === 'place') {
        j++;
        continue;
      }
      if (WHOLE_WORDS.has(tok.key)) {
        last = j++;
        continue;
      }
      // `وزير المصالحة الوطنية`, `مدير الناحية`: the domain of a minister or official.
      if (
        (role === 'minister' || role === 'official') &&
        j <= h + 2 &&
        last === j - 1 &&
        tok.key.startsWith('ال')
      ) {
        last = j++;
        continue;
      }
      break;
    }
    const phrase: Phrase = {
      head: h,
      first,
      last,
      role,
      status,
      org,
      place,
      area,
      accusative: head.accusative ?? false,
    };
    if (role === 'official' && PRESIDING.has(stem.key) && this.presides(h, org)) {
      phrase.role = 'leader';
      phrase.org ??= this.governmentOf(phrase); // `رئيس الوزراء العراقي`: of the Iraqi government
    }
    return phrase;
  }

  /**
   * `الرئيس السوري`, `رئيس الوزراء`, `رئيس حكومة الإنقاذ`, `رئيس هيئة الحشد`: the head of a state, a
   * government or a group is its leader; the head of an office or a branch stays an official.
   */
  protected presides(h: number, org: Entity | undefined): boolean {
    const next = this.key(h + 1);
    if (GOVERNMENT_WORDS.has(next)) return true;
    // A nationality (`الرئيس الفنلندي`), known to the gazetteer or not, or the name itself.
    if (!org) {
      const country = this.entityStartingAt(h + 1, ['place']);
      if (country?.e.kind === 'country') return true; // `رئيساً للصومال`
      return NATIONALITY.test(next) || !!this.entityStartingAt(h + 1, ['person']);
    }
    return org.type === 'organization' && LED_KINDS.has(org.kind ?? 'other');
  }

  protected role(h: number): void {
    const phrase = this.phrase(h);
    if (!phrase) return;
    // `نائب رئيس الفرع، العقيد “X”`: the title a deputy's title governs is not X's.
    if (stemIn(this.tokens[phrase.first - 1], DEPUTY_HEADS)) return;
    let end = phrase.last + 1;
    while (this.tokens[end]?.kind === 'quote') end++;
    // A deputy's title (`نائبه،`) or one that names its body (`المتحدث باسم حركة طالبان،`) is
    // complete: the name after the comma is the holder's.
    // `الرئيس اليمني، X،`: so is a head of state's, its nationality after it.
    const complete =
      ROLE_HEADS.get(stemIn(this.tokens[h], ROLE_HEAD_SET)!.key)?.ofNamed ||
      !!phrase.org ||
      (phrase.role === 'leader' && phrase.last > h && NATIONALITY.test(this.key(phrase.last)));
    const after =
      this.entityStartingAt(end, ['person']) ?? this.afterComma(end, complete) ?? this.knownAs(end);
    const before = this.subjectBefore(phrase.first);
    // `A قائد لواء X، وB قائد لواء Y`: in a list of names each with its title after it, the name
    // after the title opens the next item (`، وB`), so the title is the name's before it.
    const nextItem = after && (this.tokens[end]?.text === '،' || /^و/.test(this.tokens[after.m.first]!.key));
    let bound = phrase.accusative || (before && nextItem) ? (before ?? after) : (after ?? before);
    let confidence = 0.85;
    // `X، أمير التنظيم`, `X هو أمير التنظيم`
    if (!bound && (this.tokens[phrase.first - 1]?.text === '،' || COPULA.has(this.key(phrase.first - 1)))) {
      bound = this.entityEndingAt(phrase.first - 2, ['person']);
      confidence = 0.7;
    }
    if (!bound)
      bound =
        this.appointedByPronoun(phrase) ??
        this.holder(phrase) ??
        this.describedHolder(phrase) ??
        this.chainedName(phrase) ??
        this.namedAfter(end);
    if (!bound) return;
    if (
      bound === after &&
      ROLE_HEADS.get(stemIn(this.tokens[h], ROLE_HEAD_SET)!.key)?.plural &&
      phrase.first === h
    ) {
      // `انشقاق القياديين “صالح العبو” و“حسن البريج”`: every name of the list holds the title.
      for (const person of this.listFrom(bound))
        this.addRole(person.e, phrase, phrase.first, person.m.last, 0.75);
      return;
    }
    this.boundAt.set(phrase.first, bound);
    this.boundAt.set(phrase.head, bound);
    // `تعيين X، الذي كان رئيساً لحكومة الإنقاذ`: the post of the relative clause was held before.
    if (phrase.status === 'current' && this.wasBefore(bound.m.first, phrase.first)) phrase.status = 'former';
    phrase.status = this.statusAround(Math.min(bound.m.first, phrase.first), phrase.status);
    const from = Math.min(bound.m.first, phrase.first);
    const to = Math.max(bound.m.last, phrase.last);
    this.addRole(bound.e, phrase, from, to, confidence);
  }
}
/** Heading a security office or branch makes a security chief; a media office a media chief... */
export function refinedByBody(role: RoleClass, m: Mention, body: Entity | undefined): RoleClass {
  // The commander of a named brigade, division or force leads it; a military wing or staff
  // branch (`الجناح العسكري`, `ركن العمليات`) has a military commander.
  const head = nameKey(m.name.split(' ')[0] ?? '').replace(/^ال/, '');
  if (m.kind === 'military' && FORMATIONS.has(head)) return role;
  if (m.type === 'unit' && m.kind && m.kind !== 'other') return roleOfUnitHead(m.kind as UnitKind);
  if ((body?.kind ?? m.kind) === 'security_branch') return 'security_chief';
  return role;
}
