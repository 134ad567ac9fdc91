// Which language an article is in, as far as the engine cares: Arabic, English, or other.
import { isArabicScript } from '@shabaka/model';

export type DetectedLanguage = 'ar' | 'en' | 'und';

const ENGLISH_WORDS =
  /\b(the|and|of|to|in|is|was|were|for|that|said|with|by|on|as|at|its|his|from|has|had|who|after)\b/gi;

export function detectLanguage(text: string): DetectedLanguage {
  const sample = text.slice(0, 1500);
  if (isArabicScript(sample)) return 'ar';
  const words = sample.match(/\p{L}+/gu)?.length ?? 0;
  const english = sample.match(ENGLISH_WORDS)?.length ?? 0;
  return words > 0 && english / words > 0.08 ? 'en' : 'und';
}
