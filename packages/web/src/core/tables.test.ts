import { expect, test } from 'vitest';
import { cellText, toCsv } from './tables.ts';

test('cells show nodes by name, relationships by type and role, anything else as JSON', () => {
  expect(cellText({ _type: 'node', properties: { name: 'داعش' } })).toBe('داعش');
  expect(
    cellText({ _type: 'relationship', type: 'HOLDS_ROLE', properties: { role: 'leader', status: 'former' } }),
  ).toBe('leader (former)');
  expect(cellText([1, 'a'])).toBe('1, a');
  expect(cellText({ a: 1 })).toBe('{"a":1}');
  expect(cellText(null)).toBe('');
});

test('CSV quotes what needs quoting and starts with a byte-order mark', () => {
  const csv = toCsv({
    caption: '',
    headers: ['name', 'note'],
    rows: [['راتب طيّارة', 'said "yes", then left\nlater']],
  });
  expect(csv).toBe('\uFEFFname,note\r\nراتب طيّارة,"said ""yes"", then left\nlater"\r\n');
});

test('CSV cells that a spreadsheet would run as formulas start with a quote mark', () => {
  const csv = toCsv({
    caption: '',
    headers: ['outlet', 'n'],
    rows: [
      ['=HYPERLINK("http://example.invalid","click")', '-5'],
      ['+1+1', '@SUM(A1)'],
      ['\tx', '\r=1'],
      ['a=b', 'مصدر - محلي'],
    ],
  });
  expect(csv.split('\r\n').slice(1, 5)).toEqual([
    `"'=HYPERLINK(""http://example.invalid"",""click"")",'-5`,
    "'+1+1,'@SUM(A1)",
    `'\tx,"'\r=1"`,
    'a=b,مصدر - محلي',
  ]);
});
