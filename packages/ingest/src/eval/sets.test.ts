import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultSets, folderSet, listAnnotatedFolder, loadAnnotated } from './sets.ts';
import { writeAnnotatedFolder } from './test-folder.ts';

const work = mkdtempSync(join(tmpdir(), 'shabaka-sets-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('annotated folders', () => {
  it('read <slug>.ar.txt beside <slug>.gold.json, in slug order', () => {
    const dir = writeAnnotatedFolder(join(work, 'flat'), ['b-second', 'a-first']);
    expect(listAnnotatedFolder(dir)).toEqual([
      { slug: 'a-first', textFile: join(dir, 'a-first.ar.txt'), goldFile: join(dir, 'a-first.gold.json') },
      { slug: 'b-second', textFile: join(dir, 'b-second.ar.txt'), goldFile: join(dir, 'b-second.gold.json') },
    ]);
  });

  it('read articles/NN.ar.txt with gold/NN.gold.json, and gold whose predicates the graph does not store', () => {
    const dir = writeAnnotatedFolder(join(work, 'split'), ['02', '01'], 'split');
    const files = listAnnotatedFolder(dir);
    expect(files.map((f) => f.slug)).toEqual(['01', '02']);
    expect(files[0]?.textFile).toBe(join(dir, 'articles', '01.ar.txt'));
    expect(loadAnnotated(files[0]!).gold.relations.map((r) => r.predicate)).toContain('left_to');
  });

  it('read an English article, <slug>.en.txt, beside its gold', () => {
    const dir = writeAnnotatedFolder(join(work, 'english'), ['a-first']);
    writeFileSync(join(dir, 'b-english.en.txt'), 'Khaled Hamad was appointed head of the media office.\n');
    writeFileSync(join(dir, 'b-english.gold.json'), '{}');
    expect(listAnnotatedFolder(dir).map((f) => f.textFile)).toEqual([
      join(dir, 'a-first.ar.txt'),
      join(dir, 'b-english.en.txt'),
    ]);
  });

  it('name a text without gold and a gold without text instead of dropping them', () => {
    const dir = writeAnnotatedFolder(join(work, 'unpaired'), ['paired']);
    writeFileSync(join(dir, 'lonely.ar.txt'), 'نص');
    writeFileSync(join(dir, 'orphan.gold.json'), '{}');
    expect(() => listAnnotatedFolder(dir)).toThrow(/lonely\.ar\.txt[\s\S]*orphan\.gold\.json/);
  });

  it('say when a folder holds no annotated article, or is not a folder', () => {
    mkdirSync(join(work, 'empty'));
    expect(() => listAnnotatedFolder(join(work, 'empty'))).toThrow(/holds no annotated article/);
    expect(() => listAnnotatedFolder(join(work, 'absent'))).toThrow(/absent is not a folder/);
  });

  it('name the gold file and the field of a bad gold', () => {
    const dir = writeAnnotatedFolder(join(work, 'bad-gold'), ['x']);
    writeFileSync(join(dir, 'x.gold.json'), JSON.stringify({ persons: [{ aliases: [] }] }));
    expect(() => loadAnnotated(listAnnotatedFolder(dir)[0]!)).toThrow(
      /x\.gold\.json: not a gold annotation[\s\S]*persons\.0\.name/,
    );
  });
});

describe('the default sets', () => {
  const repo = (name: string) => {
    const root = join(work, name, 'repo');
    writeAnnotatedFolder(join(root, 'packages', 'ingest', 'fixtures', 'articles'), ['own']);
    writeAnnotatedFolder(join(root, 'packages', 'ingest', 'fixtures', 'articles-en'), ['english']);
    return root;
  };

  it('skip the seed and corpus-dev, saying why, where ../shared is absent', () => {
    const root = repo('no-shared');
    const sets = defaultSets(root);
    expect(sets.map((s) => s.name)).toEqual(['fixtures', 'fixtures-en', 'seed', 'corpus-dev']);
    expect(sets[0]).toMatchObject({ files: [{ slug: 'own' }] });
    expect(sets[1]).toMatchObject({ files: [{ slug: 'english' }] });
    expect(sets[2]).toMatchObject({ skipped: expect.stringMatching(/shared.fixtures does not exist/) });
    expect(sets[3]).toMatchObject({ skipped: expect.stringMatching(/shared.corpus-dev does not exist/) });
  });

  it('read the shared sets where they exist, and know them by name when a folder is given', () => {
    const root = repo('with-shared');
    writeAnnotatedFolder(join(root, '..', 'shared', 'corpus-dev'), ['01'], 'split');
    writeAnnotatedFolder(join(root, '..', 'shared', 'fixtures'), ['seed-article']);
    expect(defaultSets(root).map((s) => ('files' in s ? s.files.length : s.skipped))).toEqual([1, 1, 1, 1]);
    const shared = join(root, '..', 'shared');
    expect(folderSet('corpus-dev', root, shared).name).toBe('corpus-dev');
    expect(folderSet('fixtures', root, shared).name).toBe('seed');
    expect(folderSet('articles', root, join(root, 'packages', 'ingest', 'fixtures')).name).toBe('fixtures');
    writeAnnotatedFolder(join(root, 'mine'), ['a']);
    expect(folderSet('mine', root, root).name).toBe('mine');
    expect(folderSet(join(root, 'mine'), root, shared).name).toBe(join(root, 'mine'));
  });
});
