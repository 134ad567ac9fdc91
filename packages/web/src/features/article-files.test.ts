import { expect, test } from 'vitest';
import { readArticleFile, withDefaults } from './article-files.ts';

test("a JSONL file gives one draft a line, a bad line saying why, and the CLI's metadata", () => {
  const content = [
    JSON.stringify({
      text: 'The council named a new mayor.',
      id: 7,
      outlet: 'Plain Radio',
      url: 'https://a.example/1',
    }),
    '',
    '{ broken',
    JSON.stringify({ text: 'x', url: 'javascript:alert(1)' }),
    JSON.stringify({ text: '   ' }),
  ].join('\n');
  const drafts = readArticleFile('day.jsonl', content);
  expect(drafts.map((d) => d.source)).toEqual(['day.jsonl:1', 'day.jsonl:3', 'day.jsonl:4', 'day.jsonl:5']);
  expect(drafts[0]!.article).toEqual({
    text: 'The council named a new mayor.',
    outlet: 'Plain Radio',
    url: 'https://a.example/1',
  });
  expect(drafts[1]!.problem).toBe('not JSON');
  expect(drafts[2]!.problem).toMatch(/^not an article: url /);
  expect(drafts[3]!.problem).toBe('no text');
});

test("the form's metadata fill in only what a draft lacks, blanks counting as unset", () => {
  expect(
    withDefaults(
      { text: 't', outlet: 'Own outlet', title: ' ' },
      { outlet: 'Form outlet', title: 'Form title', url: '' },
    ),
  ).toEqual({ text: 't', outlet: 'Own outlet', title: 'Form title' });
  expect(readArticleFile('notes.pdf', 'x')[0]!.problem).toBe('not a .txt, .html or .jsonl file');
});
