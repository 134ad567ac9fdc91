// Bodies: organizations and units after their head word (`تنظيم داعش`, `جهاز “الحسبة”`), bodies built
// from the text, short names in parentheses and the anaphors `التنظيم`, `الهيئة`, `المخيم`.
import { nameKey } from '@shabaka/model';
import { ORGANIZATION_HEADS, WEAK_ORGANIZATION_HEADS } from '../../gazetteer/organizations.ts';
import { builtBody, coordinatedUnitEnd, isAttachedFormation } from '../recognize-bodies.ts';
import { PERSON_CUES, STOP_WORDS, TRAILING_ADJECTIVES } from '../../gazetteer/words.ts';
import { isWord, type Stem, stemIn, WordList } from '../../text/tokens.ts';
import {
  BRIGADE_HEADS,
  CAMP_ANAPHORS,
  COLLECTIVE_HEADS,
  GROUP_ANAPHORS,
  HEAD_ANAPHORS,
  LEADERSHIP,
  OWNING_HEADS,
  PREPOSITION_IN,
} from '../../lexicon/recognize-legacy.ts';
import {
  ORG_HEAD_KEYS,
  ORG_HEAD_SET,
  PLACE_WORD_SET,
  ROLE_KEYS,
  UNIT_HEAD_KEYS,
  UNIT_HEAD_SET,
} from './site.ts';
import { PlaceReader } from './places.ts';

const WEAK_HEAD_KEYS = new WordList([...WEAK_ORGANIZATION_HEADS].map(nameKey));
const MEDIA_HEAD_KEYS = new WordList(
  [...ORGANIZATION_HEADS].filter(([, k]) => k === 'media').map(([w]) => nameKey(w)),
);

export class BodyReader extends PlaceReader {
  /**
   * `قوات سوريا الديمقراطية (قسد)`, `وحدات حماية الشعب (YPG)`: the words in parentheses right after a
   * body are another name of it, here and wherever the article uses them again.
   */
  protected parenthesisedAliases(from: number, to: number): void {
    for (let i = from + 1; i < to; i++) {
      if (this.tokens[i]!.text !== '(') continue;
      let before = i - 1;
      if (this.tokens[before]!.kind === 'quote') before--;
      const body = this.at[before];
      if (!body || body.last !== before || (body.type !== 'organization' && body.type !== 'unit')) continue;
      let close = i + 1;
      while (close < to && close <= i + 4 && this.tokens[close]!.text !== ')') close++;
      if (this.tokens[close]?.text !== ')' || close === i + 1) continue;
      const inner = this.at[i + 1];
      if (inner) {
        // Two names the gazetteer may know apart: the one it knows names both.
        if (inner.first === i + 1 && inner.last === close - 1 && inner.type === body.type) {
          if (inner.canonical && !body.canonical) body.canonical = inner.canonical;
          else if (body.canonical && !inner.canonical) inner.canonical = body.canonical;
        }
        continue;
      }
      const words = this.tokens.slice(i + 1, close);
      if (!words.every((t) => t.kind === 'word')) continue;
      const alias = {
        type: body.type,
        canonical: body.canonical ?? body.name,
        ...(body.kind ? { kind: body.kind } : {}),
      };
      this.add(body.type, i + 1, close - 1, 'pattern', alias, 0);
      this.articleAliases.set(words.map((t) => t.key).join(' '), alias);
    }
  }

  /** `الجناح العسكري والعمليات`, `الفيلق الثاني التابع لـ`: units, see recognize-bodies.ts. */
  protected coordinatedUnits(from: number, to: number): void {
    const opensName = (i: number) => {
      const bare = this.tokens[i]!.stems.find((s) => s.prefix === 1);
      const head = bare?.key.replace(/^ال/, '') ?? '';
      return ORG_HEAD_SET.has(head) || UNIT_HEAD_SET.has(head) || ORG_HEAD_SET.has(bare?.key ?? '');
    };
    for (const m of this.mentions) {
      if (m.first < from || m.last >= to) continue;
      const built = m.type === 'organization' && !m.canonical && m.source !== 'anaphor';
      if (built && isAttachedFormation(this, m.first, m.last))
        Object.assign(m, { type: 'unit', kind: 'military' });
      // A head and its domain (`قسم الشورى`) coordinate a second domain; `الحسبة والجهاد` is two things.
      if (m.type !== 'unit' || m.last >= to - 1 || m.last === m.first) continue;
      const last = coordinatedUnitEnd(this, m.last, opensName);
      if (last === m.last) continue;
      this.at[last] = m;
      m.last = last;
      m.end = this.tokens[last]!.end;
      m.name = `${m.name} ${this.tokens[last]!.text}`;
      m.canonical = m.name; // a unit of its own, not the listed one whose name it extends
    }
  }

  /** A later use of a name the article gave in parentheses. */
  protected articleAlias(i: number): number | undefined {
    for (const [key, alias] of this.articleAliases) {
      const words = key.split(' ');
      const first = this.tokens[i]!.stems.find((stem) => stem.key === words[0]);
      if (!first) continue;
      if (!words.every((w, k) => k === 0 || (this.tokens[i + k]?.key === w && this.free(i + k)))) continue;
      this.add(alias.type, i, i + words.length - 1, 'pattern', alias, first.prefix);
      return i + words.length;
    }
    return undefined;
  }

  /** `تنظيم داعش`, `فصائل المعارضة في محافظة درعا`, `ميليشيات النظام`, `لراديو شام اف ام`. */
  protected organizationPattern(i: number, to: number): number | undefined {
    const head = this.tokens[i]!;
    const stem = stemIn(head, ORG_HEAD_SET);
    if (stem) return this.headedOrganization(i, to, stem);
    return this.possessedOrganization(i);
  }

  protected headedOrganization(i: number, to: number, stem: Stem): number | undefined {
    const kind = ORG_HEAD_KEYS.get(stem.key)!;
    const next = this.tokens[i + 1];
    if (!next || i + 1 >= to || next.kind === 'quote') return undefined;
    const known = this.gazetteerAt(i + 1);
    if (known?.entry.type === 'organization' && known.stem.prefix === 0) {
      if (OWNING_HEADS.has(stem.key)) {
        const genitive = this.wordsText(i + 1, known.last);
        const name = `${this.wordsText(i, i, stem.prefix)} ${genitive}`;
        this.add('organization', i, known.last, 'pattern', { kind, genitive, name }, stem.prefix);
        return known.last + 1;
      }
      this.addGazetteer(known, i, i + 1, stem.prefix);
      return known.last + 1;
    }
    if (WEAK_HEAD_KEYS.has(stem.key)) return undefined;
    if (!isWord(next) || STOP_WORDS.has(next.key)) return undefined;
    // `قيادة الهيئة`: the leadership of a body named before, not a body of its own.
    if (LEADERSHIP.has(stem.key) && (stemIn(next, HEAD_ANAPHORS) || stemIn(next, GROUP_ANAPHORS)))
      return undefined;
    const definiteHead = stem.key.startsWith('ال');
    const indefiniteOk = MEDIA_HEAD_KEYS.has(stem.key) || (kind === 'armed_group' && !definiteHead);
    if (!next.key.startsWith('ال') && (!indefiniteOk || /^[وفبلك]/.test(next.key))) return undefined;
    // `لواء رفح` is a brigade named after its city; `قوات دمشق` is no body's name.
    if (known && (known.entry.type !== 'place' || !BRIGADE_HEADS.has(stem.key))) return undefined;
    if (stemIn(next, ROLE_KEYS)) return undefined;
    let last = i + 1;
    const media = MEDIA_HEAD_KEYS.has(stem.key);
    for (let j = i + 2; j < to && j <= i + 4; j++) {
      const t = this.tokens[j]!;
      if (t.kind === 'quote' && this.tokens[j + 2]?.kind === 'quote' && isWord(this.tokens[j + 1])) {
        last = j + 2;
        j += 2;
        continue;
      }
      const fm = media && t.key === 'ام'; // `راديو شام إف إم`
      if (
        !isWord(t) ||
        (STOP_WORDS.has(t.key) && !fm) ||
        (/^[وفبل]/.test(t.key) && t.stems.length > 1 && !media)
      )
        break;
      if (media && TRAILING_ADJECTIVES.has(t.key)) break;
      if (!media && !t.key.startsWith('ال')) break;
      if (stemIn(t, ROLE_KEYS) || this.gazetteerAt(j) || stemIn(t, PERSON_CUES) || !this.free(j)) break;
      last = j;
    }
    // `فصائل المعارضة في محافظة درعا`: a collective named by where it is.
    if (COLLECTIVE_HEADS.has(stem.key) && PREPOSITION_IN.has(this.tokens[last + 1]?.key ?? '')) {
      let j = last + 2;
      if (stemIn(this.tokens[j], PLACE_WORD_SET) && !this.gazetteerAt(j)) j++;
      const place = this.gazetteerAt(j);
      if (place?.entry.type === 'place' && place.stem.prefix === 0 && !place.ambiguous) last = place.last;
    }
    this.add(
      'organization',
      i,
      last,
      'pattern',
      { kind, genitive: this.wordsText(i + 1, last) },
      stem.prefix,
    );
    return last + 1;
  }

  /** `ميليشيات النظام ومخابراته` → مخابرات النظام: a head with a pronoun after an owned organization. */
  protected possessedOrganization(i: number): number | undefined {
    const t = this.tokens[i]!;
    for (const stem of t.stems) {
      const bare = stem.key.replace(/(ه|ها)$/, '');
      if (bare === stem.key || !ORG_HEAD_KEYS.has(bare)) continue;
      const previous = [this.at[i - 1], this.at[i - 2]].find((m) => m?.type === 'organization' && m.genitive);
      if (!previous) return undefined;
      const head = [...ORGANIZATION_HEADS.keys()].find((w) => nameKey(w) === bare)!;
      const name = `${head} ${previous.genitive}`;
      const extra = { kind: ORG_HEAD_KEYS.get(bare)!, name, genitive: previous.genitive! };
      this.add('organization', i, i, 'pattern', extra, stem.prefix);
      return i + 1;
    }
    return undefined;
  }

  /** `جهاز “الحسبة”`, `ديوان الجند`, `كتيبة X`. */
  protected unitPattern(i: number, to: number): number | undefined {
    const stem = stemIn(this.tokens[i], UNIT_HEAD_SET);
    if (!stem) return undefined;
    const next = this.tokens[i + 1];
    if (!isWord(next) || i + 1 >= to || STOP_WORDS.has(next.key) || !this.free(i + 1)) return undefined;
    const known = this.gazetteerAt(i + 1);
    if (known?.entry.type === 'unit') {
      this.addGazetteer(known, i + 1);
      return known.last + 1;
    }
    if (!next.key.startsWith('ال') || known) return undefined;
    this.add('unit', i, i + 1, 'pattern', { kind: UNIT_HEAD_KEYS.get(stem.key)! }, stem.prefix);
    return i + 2;
  }

  /** `جهاز المخابرات العراقي`, `قاطع الشرقاط`, `الفرع المصري`, `الفرقة 20`: see recognize-bodies.ts. */
  protected builtBody(i: number, to: number): number | undefined {
    const body = builtBody(this, i, to);
    if (!body) return undefined;
    this.add(body.type, body.first, body.last, 'pattern', { kind: body.kind }, body.prefix);
    return body.last + 1;
  }

  /** `التنظيم`, `للتنظيم`: the article's main group; `المخيم`: its camp. */
  protected anaphor(i: number): number | undefined {
    const t = this.tokens[i]!;
    const group = stemIn(t, GROUP_ANAPHORS);
    const named = isWord(this.tokens[i + 1]) && !STOP_WORDS.has(this.tokens[i + 1]!.key);
    if (group && !(group.key === 'تنظيم' && (named || this.tokens[i + 1]?.kind === 'quote'))) {
      this.add('organization', i, i, 'anaphor', { anaphor: 'group', kind: 'armed_group' }, group.prefix);
      return i + 1;
    }
    const next = this.tokens[i + 1];
    // `اللواء (X)`: a rank before a name the text sets in parentheses.
    if (stemIn(t, PERSON_CUES) && next?.text === '(') return undefined;
    const head = stemIn(t, HEAD_ANAPHORS);
    // `في الهيئة “X”`, `في الهيئة الشيخ X`: a person after it, so not the body's own name. A rank
    // (`اللواء “X”`) is the person's title, not the brigade.
    const personAfter =
      !stemIn(t, PERSON_CUES) &&
      (next?.kind === 'quote' ? this.at[i + 2]?.type === 'person' : stemIn(next, PERSON_CUES) !== undefined);
    if (
      head &&
      (personAfter ||
        (!(isWord(next) && next.key.startsWith('ال') && !STOP_WORDS.has(next.key)) && next?.kind !== 'quote'))
    ) {
      this.add(
        'organization',
        i,
        i,
        'anaphor',
        { anaphor: 'head', genitive: head.key.slice(2) },
        head.prefix,
      );
      return i + 1;
    }
    const camp = stemIn(t, CAMP_ANAPHORS);
    if (camp) {
      this.add('place', i, i, 'anaphor', { anaphor: 'camp', kind: 'camp' }, camp.prefix);
      return i + 1;
    }
    return undefined;
  }
}
