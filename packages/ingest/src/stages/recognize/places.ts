// Places: gazetteer entries (ambiguous ones kept until a place word or list confirms them), directions
// (`جنوب دمشق`), place words before names (`بلدة سبينة`) and lists of places.
import { nameKey, type PlaceKind } from '@shabaka/model';
import { compoundPlace } from '../../compound-places.ts';
import { COMPOUND_PLACE_STARTS, DIRECTIONS } from '../../gazetteer/places.ts';
import { LEXICON } from '../../lexicon/index.ts';
import { ordinary } from '../recognize-titled.ts';
import { stemIn, WordList } from '../../text/tokens.ts';
import { MentionSite, ORG_HEAD_SET, PLACE_WORD_KEYS, PLACE_WORD_SET } from './site.ts';

const PLACE_LIST_JOINERS = new Set(['،', ',', 'و']);
const COMPOUND_STARTS = new WordList([...COMPOUND_PLACE_STARTS].map(nameKey));
const DIRECTION_SET = new WordList([...DIRECTIONS.keys()].map(nameKey));

export class PlaceReader extends MentionSite {
  /** Cities the article named as a club (`فريق برشلونة`): their later bare mentions are the club too. */
  private readonly clubs = new Set<string>();

  protected gazetteer(i: number): number | undefined {
    const hit = this.gazetteerAt(i);
    if (!hit) return undefined;
    for (let k = i; k <= hit.last; k++) if (!this.free(k)) return undefined;
    // `ريال مدريد`, `مانشستر يونايتد`, `فريق برشلونة`: a club named after its city is no place, nor
    // is the city of a clock (`بتوقيت مكة المكرمة`).
    if (hit.entry.type === 'place') {
      const club =
        stemIn(this.tokens[i - 1], LEXICON.clubBefore) ||
        stemIn(this.tokens[hit.last + 1], LEXICON.clubAfter);
      if (club) this.clubs.add(hit.entry.name);
      // `في مدريد` after `ريال مدريد`: behind a preposition of place it is the city again.
      const clubAgain = this.clubs.has(hit.entry.name) && !stemIn(this.tokens[i - 1], LEXICON.toPlace);
      if (club || clubAgain || stemIn(this.tokens[i - 1], LEXICON.clockTime)) return undefined;
    }
    if (hit.ambiguous) {
      this.pendingAmbiguous.push({ hit, first: i });
      return hit.last + 1;
    }
    this.addGazetteer(hit, i);
    return hit.last + 1;
  }

  protected acceptAmbiguousPlaces(from: number, to: number): void {
    let changed = true;
    while (changed && this.pendingAmbiguous.length > 0) {
      changed = false;
      for (const [n, { hit, first }] of this.pendingAmbiguous.entries()) {
        if (first < from || first >= to) continue;
        const before = this.tokens[first - 1];
        const joined = hit.stem.prefix > 0 && this.tokens[first]!.key.startsWith('و');
        const prevMention = this.at[first - 1] ?? (before?.text === '،' ? this.at[first - 2] : undefined);
        const afterToken = this.tokens[hit.last + 1];
        const nextMention =
          afterToken && (afterToken.key.startsWith('و') || afterToken.text === '،')
            ? this.at[afterToken.text === '،' ? hit.last + 2 : hit.last + 1]
            : undefined;
        const context =
          stemIn(before, PLACE_WORD_SET) !== undefined ||
          (prevMention?.type === 'place' && (joined || before?.text === '،')) ||
          nextMention?.type === 'place';
        if (context && this.free(first)) {
          this.addGazetteer(hit, first);
          this.pendingAmbiguous.splice(n, 1);
          changed = true;
          break;
        }
      }
    }
    for (let n = this.pendingAmbiguous.length - 1; n >= 0; n--) {
      const first = this.pendingAmbiguous[n]!.first;
      if (first >= from && first < to) this.pendingAmbiguous.splice(n, 1);
    }
  }

  /** `جنوب دمشق`, `شمال غرب سورية`, `ريف دير الزور الشمالي`, `الجنوب الدمشقي` (compound-places.ts). */
  protected direction(i: number, to: number): number | undefined {
    const place = compoundPlace(this.tokens, i, to, (j) => this.gazetteerAt(j));
    if (!place) return undefined;
    const prefix = this.tokens[i]!.stems.find((s) => DIRECTION_SET.has(s.key))!.prefix;
    const name = place.canonical ?? this.wordsText(i, place.last, prefix);
    this.add(
      'place',
      i,
      place.last,
      'pattern',
      { canonical: name, kind: place.kind, within: place.within },
      prefix,
    );
    return place.last + 1;
  }

  /** `بلدة سبينة`, `مخيم اليرموك`, `أحياء مخيم اليرموك والحجر الأسود`, `معبر العروبة`. */
  protected placePattern(i: number, to: number): number | undefined {
    const stem = stemIn(this.tokens[i], PLACE_WORD_SET);
    if (!stem) return undefined;
    const info = PLACE_WORD_KEYS.get(stem.key)!;
    const next = this.tokens[i + 1];
    if (!next || i + 1 >= to) return undefined;
    if (next.kind === 'quote') return undefined; // the quote pass read it
    const hit = this.gazetteerAt(i + 1);
    let last: number | undefined;
    if (hit?.entry.type === 'place') {
      if (!this.free(i + 1)) return undefined;
      const m = this.addGazetteer(hit, info.keep ? i : i + 1, i + 1, stem.prefix);
      if (info.keep && hit.entry.kind !== info.kind) {
        // `معبر العروبة` is a crossing named after the neighbourhood, not the neighbourhood.
        m.canonical = `${info.word} ${hit.entry.name}`;
        m.kind = info.kind;
      }
      last = hit.last;
    } else if (
      this.isNameWord(next, 0) &&
      !hit &&
      // `ناحية أخرى`, `العاصمة بشكل خاص`: an everyday word after the place word names no place
      // (with the article it may: `بلدة الجديد`).
      (next.key.startsWith('ال') || !ordinary(next)) &&
      !stemIn(next, ORG_HEAD_SET) &&
      // `قرى ناحية جنديرس`: a second place word is the head of the name, not the name.
      !stemIn(next, PLACE_WORD_SET) &&
      !stemIn(next, DIRECTION_SET) &&
      next.stems[0]!.prefix === 0 &&
      (!info.definite || next.key.startsWith('ال'))
    ) {
      last = COMPOUND_STARTS.has(next.key) && this.isNameWord(this.tokens[i + 2], 0) ? i + 2 : i + 1;
      if (next.key === stem.key) return undefined;
      this.claimPlace(i, i + 1, last, info, stem.prefix);
    }
    if (last === undefined) return undefined;
    return info.plural ? this.continuePlaceList(last + 1, to) : last + 1;
  }

  protected claimPlace(
    wordIndex: number,
    first: number,
    last: number,
    info: { word: string; kind: PlaceKind; keep: boolean },
    wordPrefix = 0,
  ): void {
    const bare = this.wordsText(first, last);
    if (info.keep) {
      const word = this.wordsText(wordIndex, wordIndex, wordPrefix);
      this.add('place', wordIndex, last, 'pattern', { kind: info.kind, name: `${word} ${bare}` }, wordPrefix);
    } else {
      this.add('place', first, last, 'pattern', { kind: info.kind, name: bare }, 0);
    }
  }

  protected continuePlaceList(j: number, to: number): number {
    while (j < to) {
      const t = this.tokens[j]!;
      if (t.text === '،' || t.text === ',') {
        const hit = this.gazetteerAt(j + 1);
        if (hit?.entry.type !== 'place') return j;
        j++;
        continue;
      }
      const hit = this.gazetteerAt(j);
      if (hit?.entry.type !== 'place' || !t.key.startsWith('و') || !this.free(j)) return j;
      this.addGazetteer(hit, j);
      j = hit.last + 1;
    }
    return j;
  }

  protected placeList(first: number, last: number, kind: PlaceKind): void {
    let start = first;
    for (let i = first; i <= last + 1; i++) {
      const t = this.tokens[i];
      if (i <= last && t && !PLACE_LIST_JOINERS.has(t.text)) continue;
      if (i > start) {
        const hit = this.gazetteerAt(start);
        if (hit && hit.last === i - 1) this.addGazetteer(hit, start);
        else this.add('place', start, i - 1, 'pattern', { kind });
      }
      start = i + 1;
    }
  }
}
