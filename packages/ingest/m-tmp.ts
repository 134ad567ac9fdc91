import { readFileSync } from 'node:fs';
import { cleanText } from './src/clean.ts';
import { splitSentences } from './src/split.ts';
import { recognize } from './src/recognize.ts';
const { text } = cleanText(readFileSync(process.argv[2]!, 'utf8'));
const r = recognize(text, splitSentences(text).sentences);
for (const m of r.mentions)
  if (m.type === 'person')
    console.log(
      m.type,
      m.name,
      m.first,
      m.last,
      m.source,
      '|',
      r.tokens
        .slice(Math.max(0, m.first - 4), m.last + 3)
        .map((t) => t.text)
        .join(' '),
    );
