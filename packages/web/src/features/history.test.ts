import { expect, test } from 'vitest';
import { QueryList } from './history.ts';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

test('history keeps the newest first, moves a repeated query to the top and searches every word', () => {
  const list = new QueryList(memoryStorage(), 'h');
  list.add({ query: 'MATCH (a) RETURN a', params: {}, at: '1' });
  list.add({ query: 'MATCH (p:Person) WHERE p.name = $name RETURN p', params: { name: 'أبو نجم' }, at: '2' });
  list.add({ query: 'MATCH (a) RETURN a', params: {}, at: '3' });
  expect(list.all().map((e) => e.at)).toEqual(['3', '2']);
  expect(list.search('person نجم').map((e) => e.at)).toEqual(['2']);
  expect(list.search('person missing')).toEqual([]);
  // Arabic spelling is folded: no hamza, or diacritics, still find the saved `أبو نجم`.
  expect(list.search('ابو نجم').map((e) => e.at)).toEqual(['2']);
  expect(list.search('أبُو نَجم').map((e) => e.at)).toEqual(['2']);
  list.remove(0);
  expect(list.all().map((e) => e.at)).toEqual(['2']);
});

test('damaged storage reads as an empty list', () => {
  const storage = memoryStorage();
  storage.setItem('h', '{oops');
  expect(new QueryList(storage, 'h').all()).toEqual([]);
});
