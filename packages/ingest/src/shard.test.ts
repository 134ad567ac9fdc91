import { describe, expect, it } from 'vitest';
import { inShard, parseShard, shardFromArgs } from './shard.ts';

describe('--shard i/n', () => {
  it('puts every source in exactly one of n shards, spread about evenly', () => {
    const sources = Array.from({ length: 4000 }, (_, i) => `archive/2019/article-${i}.txt`);
    const shards = [1, 2, 3, 4].map((index) => ({ index, count: 4 }));
    const sizes = shards.map((shard) => sources.filter((s) => inShard(s, shard)).length);
    expect(sizes.reduce((a, b) => a + b)).toBe(4000);
    for (const s of sources) expect(shards.filter((shard) => inShard(s, shard))).toHaveLength(1);
    for (const n of sizes) expect(n).toBeGreaterThan(850);
  });

  it('reads i/n from the arguments and refuses what is not a share', () => {
    expect(shardFromArgs(['--shard', '2/4', 'dir'])).toEqual({
      shard: { index: 2, count: 4 },
      rest: ['dir'],
    });
    expect(shardFromArgs(['--shard=1/1', 'a'])).toEqual({ shard: { index: 1, count: 1 }, rest: ['a'] });
    expect(shardFromArgs(['a'])).toEqual({ rest: ['a'] });
    expect(() => parseShard('0/4')).toThrow('1 ≤ i ≤ n');
    expect(() => parseShard('5/4')).toThrow('1 ≤ i ≤ n');
    expect(() => parseShard('two')).toThrow('takes i/n');
    expect(() => shardFromArgs(['--shard'])).toThrow('takes i/n');
  });
});
