// Stage 3: sentences with offsets. Paragraph breaks always end a sentence; `. ! ? ؟ …` end one
// unless they close an abbreviation (`د.`, `أ.ف.ب`). Datelines (`دمشق - (رويترز) -`) and
// bylines (`صوت العاصمة – خاص`) are their own segments, never read for claims.

export type SentenceKind = 'title' | 'byline' | 'dateline' | 'body';

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  kind: SentenceKind;
}

/** What the opening lines say about the article: title, outlet of a `Outlet – خاص` byline. */
export interface Masthead {
  title?: string;
  outlet?: string;
  /** The agency of a dateline (`الرمادي - (الرافدين) -`). */
  agency?: string;
}

const TERMINATOR = /[.!?\u061F\u2026]+["'\u201D\u00BB\u2019)\]]*(?=\s|$)/gu;
/** Latin abbreviations that end in a dot without ending a sentence (single letters always do). */
const ABBREVIATIONS = new Set(['mr', 'mrs', 'dr', 'st', 'no', 'vs', 'inc', 'co', 'gen', 'col']);
const DASH = '[-\u2013\u2014]';
const DATELINE = new RegExp(
  `^([\\p{L}\\s]{2,30}?)\\s*(?:${DASH}\\s*)?\\(([^()]{2,30})\\)\\s*${DASH}\\s*|^([\\p{L}\\s]{2,25}?)\\s*${DASH}\\s*([\\p{L}\\s]{2,20})\\s*${DASH}\\s+`,
  'u',
);
const BYLINE_EXCLUSIVE = new RegExp(`^(.{2,40}?)\\s*${DASH}\\s*(خاص|متابعات|وكالات|خاص بها|خاص به)$`, 'u');
/** `الموصل – نينوى برس`: a short line of place and outlet under the title. */
const BYLINE_PLACE_OUTLET = new RegExp(`^([\\p{L}\\s]{2,25}?)\\s+${DASH}\\s+([\\p{L}\\s]{2,30})$`, 'u');
const BYLINE_AUTHOR = /^(?:كتب|كتبت|بقلم|إعداد|اعداد|تحرير|ترجمة)\s*[:：]?\s*\S/u;

export function splitSentences(text: string): { sentences: Sentence[]; masthead: Masthead } {
  const sentences: Sentence[] = [];
  const masthead: Masthead = {};
  const push = (start: number, end: number, kind: SentenceKind) => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start)
      sentences.push({ index: sentences.length, start, end, text: text.slice(start, end), kind });
  };

  const paragraphs = [...text.matchAll(/[^\n]+/g)];
  for (const [p, match] of paragraphs.entries()) {
    const line = match[0];
    let start = match.index;
    const end = start + line.length;

    const exclusive = BYLINE_EXCLUSIVE.exec(line.trim());
    if (exclusive && line.length <= 60) {
      masthead.outlet ??= exclusive[1]!.trim();
      push(start, end, 'byline');
      continue;
    }
    const placeOutlet = p <= 2 ? BYLINE_PLACE_OUTLET.exec(line.trim()) : null;
    if (placeOutlet && line.split(/\s+/).length <= 7 && sentences.length > 0) {
      masthead.outlet ??= placeOutlet[2]!.trim();
      push(start, end, 'byline');
      continue;
    }
    if (BYLINE_AUTHOR.test(line) && line.length <= 80) {
      push(start, end, 'byline');
      continue;
    }
    if (p === 0 && paragraphs.length > 1 && line.split(/\s+/).length <= 25) {
      masthead.title = line.trim().replace(/[.\u061F!]+$/u, '');
      push(start, end, 'title');
      continue;
    }
    const dateline = DATELINE.exec(line);
    if (dateline) {
      const agency = dateline[2] ?? dateline[4];
      if (agency) masthead.agency ??= agency.trim();
      push(start, start + dateline[0].length, 'dateline');
      start += dateline[0].length;
    }
    let from = start;
    TERMINATOR.lastIndex = 0;
    const body = text.slice(0, end);
    TERMINATOR.lastIndex = start;
    for (let m = TERMINATOR.exec(body); m; m = TERMINATOR.exec(body)) {
      if (m[0].startsWith('.') && endsAbbreviation(text, from, m.index)) continue;
      push(from, m.index + m[0].length, 'body');
      from = m.index + m[0].length;
    }
    push(from, end, 'body');
  }
  return { sentences, masthead };
}

/** Whether the word before a dot at `dot` is an abbreviation (`د.`, `أ.ف.ب.`, `هـ.`). */
function endsAbbreviation(text: string, from: number, dot: number): boolean {
  let i = dot;
  while (i > from && /[\p{L}\p{M}\u0640.]/u.test(text[i - 1]!)) i--;
  const word = text.slice(i, dot);
  if (word.includes('.')) return word.split('.').every((part) => part.length <= 2);
  const bare = word.replace(/\u0640/g, '');
  return bare.length === 1 || ABBREVIATIONS.has(word.toLowerCase());
}
