// Quotes: what a quoted name is (an outlet, a body, a list of places, a nickname or a person) from the
// words around it.
import { nameKey } from '@shabaka/model';
import { entryNamed } from '../../gazetteer/index.ts';
import { KIN, NICKNAME_CUES, PERSON_CUES, ROLE_HEADS, STOP_WORDS } from '../../gazetteer/words.ts';
import { CLOSING_QUOTES, isWord, OPENING_QUOTES, stemIn, type Token } from '../../text/tokens.ts';
import {
  GOVERNMENT_HEAD,
  LONE_PREPOSITIONS,
  MEDIA_SOURCE,
  QUOTED_KUNYA,
  UNIT_LIKE,
} from '../../lexicon/recognize-legacy.ts';
import {
  CONNECTORS,
  GIVEN,
  ORG_HEAD_KEYS,
  ORG_HEAD_SET,
  PLACE_WORD_KEYS,
  PLACE_WORD_SET,
  ROLE_KEYS,
  UNIT_HEAD_KEYS,
  UNIT_HEAD_SET,
} from './site.ts';
import { BodyReader } from './bodies.ts';
import { ordinary } from '../recognize-titled.ts';
import { STATEMENT_NOUNS } from '../../lexicon/acts-legacy.ts';
import { LEXICON } from '../../lexicon/index.ts';

export class QuoteReader extends BodyReader {
  protected quotes(from: number, to: number): void {
    let open = -1;
    let boundary = from - 1;
    for (let i = from; i < to; i++) {
      const t = this.tokens[i]!;
      if (t.kind === 'punct' && open < 0) boundary = i;
      if (t.kind !== 'quote') continue;
      const opening = OPENING_QUOTES.has(t.text) || (t.text === '"' && open < 0);
      const closing = CLOSING_QUOTES.has(t.text) || (t.text === '"' && open >= 0);
      if (opening && open < 0) {
        open = i;
      } else if (closing && open >= 0) {
        if (i - open > 1 && i - open <= 9) this.quoted(open + 1, i - 1);
        open = -1;
        boundary = i;
      } else if (closing) {
        // A closing quote with no opening one: the name runs back to the last boundary.
        const first = Math.max(boundary + 1, i - 4);
        if (i - first >= 1) this.quoted(first, i - 1, true);
        boundary = i;
      }
    }
  }

  protected quoted(first: number, last: number, stray = false): void {
    for (let i = first; i <= last; i++) if (!this.free(i)) return;
    const words = this.tokens.slice(first, last + 1).filter(isWord);
    if (words.length === 0) return;
    // `بـ“X”`, `لـ“X”`: a preposition written apart governs the quote.
    const lone = !stray && LONE_PREPOSITIONS.has(this.tokens[first - 2]?.key ?? '');
    const governor = stray ? undefined : this.tokens[lone ? first - 3 : first - 2];
    const beforeStem = lone ? undefined : governor;
    const content = nameKey(words.map((w) => w.text).join(' '));

    if (this.outlets.has(content) || (lone && this.spokenBefore(first - 2))) {
      this.add('organization', first, last, 'quote', { kind: 'media' }, 0);
      return;
    }
    const nickname = stemIn(governor, NICKNAME_CUES);
    if (nickname) {
      const named = this.at[(governor?.index ?? 0) - 1] ?? this.at[(governor?.index ?? 0) - 2];
      if (named?.type === 'person') {
        this.add('person', first, last, 'quote', { aliasOf: named.aliasOf ?? named }, 0);
        return;
      }
    }
    const headWord = words[0]!;
    const bareHead = headWord.key.startsWith('ال') ? headWord.key.slice(2) : headWord.key;
    const innerHead =
      stemIn(headWord, ORG_HEAD_SET) ??
      stemIn(headWord, UNIT_LIKE) ??
      (ORG_HEAD_SET.has(bareHead) ? { key: bareHead, prefix: 0 } : undefined);
    const startsWithHead = headWord.stems[0]!.key === innerHead?.key || bareHead === innerHead?.key;
    if (innerHead && words.length >= 2 && startsWithHead && !this.gazetteerAt(first)) {
      // `“لواء طلحة”`, `“خلية الصواريخ”`: the quote names a body, not a person.
      const unit = UNIT_LIKE.has(innerHead.key);
      const kind = unit ? 'other' : (ORG_HEAD_KEYS.get(innerHead.key) ?? 'other');
      this.add(unit ? 'unit' : 'organization', first, last, 'quote', { kind }, 0);
      return;
    }

    // `بلدات “يلدا، ببيلا، بيت سحم”`: a list of places.
    const placeWord = stemIn(beforeStem, PLACE_WORD_SET);
    if (placeWord) {
      const info = PLACE_WORD_KEYS.get(placeWord.key)!;
      if (info.plural || this.tokens.slice(first, last + 1).some((t) => t.text === '،')) {
        this.placeList(first, last, info.kind);
        return;
      }
      this.claimPlace(first - 2, first, last, info, placeWord.prefix);
      return;
    }
    const whole = this.gazetteerAt(first);
    const orgHead = stemIn(beforeStem, ORG_HEAD_SET) ?? stemIn(beforeStem, MEDIA_SOURCE);
    if (whole && whole.last === last && whole.entry.type !== 'place' && this.free(first - 2) && orgHead) {
      this.addGazetteer(whole, first - 2, first, orgHead.prefix);
      return;
    }
    if (whole && whole.last === last) {
      // `تنظيم “داعش”`: the head belongs to the name.
      const headed = whole.entry.type === 'organization' && orgHead && this.free(first - 2);
      if (headed) this.addGazetteer(whole, first - 2, first, orgHead.prefix);
      else this.addGazetteer(whole, first);
      return;
    }
    // `القيادي في الكتائب “أبو باقر”`: a quoted kunya after a body's word is a person, not its name.
    const kunya = QUOTED_KUNYA.has(words[0]!.key) && words.length >= 2;
    if (orgHead && !stray && !kunya) {
      // `لقناة “الاتجاه”`: the outlet's name is the quote; the head word joins the span. A government
      // keeps its head in its name (`حكومة “الإنقاذ”`), the form the gazetteer knows it by.
      const kind = ORG_HEAD_KEYS.get(orgHead.key) ?? 'media';
      const head = this.free(first - 2) && !MEDIA_SOURCE.has(orgHead.key) ? first - 2 : first;
      const named = GOVERNMENT_HEAD.has(orgHead.key) ? this.wordsText(head, last, orgHead.prefix) : undefined;
      const name = named ?? this.wordsText(first, last);
      const canonical = named ? entryNamed(named)?.name : undefined;
      this.add(
        'organization',
        head,
        last,
        'quote',
        { kind, name, ...(canonical ? { canonical } : {}) },
        orgHead.prefix,
      );
      return;
    }
    const unitHead = stemIn(beforeStem, UNIT_HEAD_SET);
    if (unitHead && !stray) {
      const known = this.gazetteerAt(first);
      if (known?.entry.type === 'unit') this.addGazetteer(known, first);
      else this.add('unit', first, last, 'quote', { kind: UNIT_HEAD_KEYS.get(unitHead.key)! });
      return;
    }
    if (this.looksLikePersonInQuotes(first, last, words, stray)) {
      this.add('person', first, last, 'quote', {}, stray ? this.namePrefix(this.tokens[first]!) : 0);
    }
  }

  protected looksLikePersonInQuotes(first: number, last: number, words: Token[], stray: boolean): boolean {
    if (words.length > 5) return false;
    // `الناشط الإعلامي “X”`: a cue, perhaps with an adjective, right before the quote.
    const cueAt = (i: number) => stemIn(this.tokens[i], PERSON_CUES) ?? stemIn(this.tokens[i], KIN);
    const cued = cueAt(first - 2) !== undefined || cueAt(first - 3) !== undefined;
    const namePart = (w: Token) =>
      this.isNameWord(w, 1) || CONNECTORS.has(w.key) || stemIn(w, PERSON_CUES) !== undefined;
    if (words.some((w, i) => i > 0 && !namePart(w))) return false;
    if (QUOTED_KUNYA.has(words[0]!.key) && words.length >= 2) return true;
    if (words.length === 1) return false; // one quoted word: a person only if it is a known surname
    if (cued) return true; // `العقيد “أمير حسن الجبوري”`: after a title even `أمير` is a name
    // `علي` folds to the key of `على`: spelled with ي it is the given name, not the preposition.
    const given = GIVEN.has(words[0]!.stems.at(-1)!.key) || GIVEN.has(words[0]!.key);
    if (given && !(STOP_WORDS.has(words[0]!.key) && words[0]!.text.endsWith('ى'))) return true;
    if (STOP_WORDS.has(words[0]!.key) || stemIn(words[0], ROLE_KEYS)) return false;
    if (stray && words.length <= 3) return true; // `وناصر حجيرة”`: a name whose opening quote was lost
    // `« إثارة متاعب »`, `“شريكاً متفانياً”`: a quoted phrase of ordinary words near a title is a saying.
    if (ordinary(words[0]!)) return false;
    return this.roleNear(first - 2, last + 2);
  }

  /** A speech verb shortly before `لـ“X”`: X is the outlet spoken to. */
  protected spokenBefore(i: number): boolean {
    for (let j = i - 1; j >= Math.max(0, i - 12); j--) {
      if (this.tokens[j]!.sentence !== this.tokens[i]!.sentence) return false;
      if (stemIn(this.tokens[j], LEXICON.quoting) || stemIn(this.tokens[j], STATEMENT_NOUNS)) return true;
    }
    return false;
  }

  /** A role head shortly before the quote (same clause) or right after it. */
  protected roleNear(before: number, after: number): boolean {
    const next = this.tokens[after];
    if (
      isWord(next) &&
      ROLE_KEYS.has(next.stems.at(-1)!.key) &&
      next.sentence === this.tokens[before + 1]?.sentence
    )
      return true;
    let commas = 0;
    for (let i = before; i >= Math.max(0, before - 8); i--) {
      const t = this.tokens[i]!;
      if (t.text === '،' && i === before && commas++ === 0) continue; // `وزير الداخلية، “X”`
      if (t.kind === 'punct') return false;
      if (t.kind === 'quote') continue;
      const role = stemIn(t, ROLE_KEYS);
      // A plural (`القياديين`) names people only right before them or after `أحد`.
      if (role) return !ROLE_HEADS.get(role.key)!.plural || this.tokens[i - 1]?.key === 'احد' || i === before;
    }
    return false;
  }
}
