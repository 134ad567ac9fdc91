// Stage 2: normalize the text and strip site chrome. The cleaned text is what is stored as
// `Article.text` and what every offset points into; `toSource` maps an offset back to the input.

/** Whole lines that are site chrome, never reporting (navigation, share buttons, comment boxes). */
const BOILERPLATE_LINES = new Set(
  [
    'بحث',
    'ابحث',
    'اترك تعليقا',
    'اترك تعليقاً',
    'اترك تعليقك',
    'أضف تعليق',
    'أضف تعليقا',
    'التعليقات',
    'تعليقات',
    'شارك',
    'شارك المقال',
    'مشاركة',
    'شارك على فيسبوك',
    'شارك على تويتر',
    'اقرأ أيضا',
    'اقرأ أيضاً',
    'اقرأ ايضا',
    'مقالات ذات صلة',
    'أخبار ذات صلة',
    'الرئيسية',
    'القائمة',
    'إغلاق',
    'تابعونا',
    'تابعنا',
    'طباعة',
    'المزيد',
    'Share',
    'Tweet',
    'Search',
    'Menu',
    'Home',
  ].map((line) => line.toLowerCase()),
);

const INVISIBLES = /[\u200B\u200C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

export interface CleanedText {
  text: string;
  /** Lines dropped as site chrome, in order. */
  removed: string[];
  /** Maps an offset of `text` to the offset in the (NFC-normalized) input it came from. */
  toSource(offset: number): number;
}

interface Segment {
  cleanStart: number;
  sourceStart: number;
}

export function isBoilerplateLine(line: string): boolean {
  const bare = line
    .trim()
    .replace(/[:：.\s]+$/u, '')
    .toLowerCase();
  return BOILERPLATE_LINES.has(bare);
}

export function cleanText(input: string): CleanedText {
  const source = input.normalize('NFC');
  const lines: { text: string; start: number }[] = [];
  let at = 0;
  for (const raw of source.split(/\r\n|\r|\n/)) {
    lines.push({ text: raw, start: at });
    at += raw.length + 1;
    if (source[at - 1] === '\r' && source[at] === '\n') at += 1;
  }
  const removed: string[] = [];
  const kept = lines.filter((line) => {
    if (!isBoilerplateLine(line.text)) return true;
    removed.push(line.text.trim());
    return false;
  });

  let text = '';
  const segments: Segment[] = [];
  let blankRun = 0;
  for (const line of kept) {
    const leading = line.text.length - line.text.trimStart().length;
    const body = line.text.trim().replace(INVISIBLES, '');
    if (body === '') {
      blankRun += 1;
      continue;
    }
    if (text !== '') text += blankRun > 0 ? '\n\n' : '\n';
    blankRun = 0;
    segments.push({ cleanStart: text.length, sourceStart: line.start + leading });
    text += body;
  }
  return {
    text,
    removed,
    toSource(offset: number): number {
      let segment = segments[0];
      for (const s of segments) {
        if (s.cleanStart > offset) break;
        segment = s;
      }
      return segment ? segment.sourceStart + (offset - segment.cleanStart) : offset;
    },
  };
}
