// Shared by the stage tests: an article through clean, split and recognize.
import { cleanText } from './stages/clean.ts';
import { type Recognized, recognize } from './stages/recognize.ts';
import { splitSentences } from './stages/split.ts';

export function recognized(raw: string): Recognized & { text: string } {
  const { text } = cleanText(raw);
  const { sentences } = splitSentences(`\n${text}`.slice(1));
  return { ...recognize(text, sentences), text };
}

/** `type:name` of every mention, in text order. */
export function mentionList(raw: string): string[] {
  return recognized(raw).mentions.map((m) => `${m.type}:${m.canonical ?? m.name}`);
}
