// `--shard i/n`: n processes (on n machines) split one archive without talking to each other.
// Each takes the items whose source name hashes to its share, so every item is read by all but
// extracted and written by exactly one; deterministic ids and the uniqueness constraints make
// the graph the same as one process's (but for what depends on the order articles arrive in:
// which SAME_AS candidates a weak name gets, a name's spelling among forms of equal length, and
// which of undated near-duplicates is their story's original).
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { ReadItem } from './stages/read.ts';

export interface Shard {
  /** 1-based: `--shard 1/4` … `--shard 4/4`. */
  index: number;
  count: number;
}

export const ShardSchema = z
  .string()
  .regex(/^\d+\/\d+$/, 'takes i/n, such as 2/4 (the second of four processes)')
  .transform((value) => {
    const [index, count] = value.split('/').map(Number) as [number, number];
    return { index, count };
  })
  .refine(({ index, count }) => count >= 1 && index >= 1 && index <= count, {
    message: 'takes i/n with 1 ≤ i ≤ n',
  });

/** Parses `i/n`; the error says what is expected. */
export function parseShard(value: string | undefined): Shard {
  const parsed = ShardSchema.safeParse(value ?? '');
  if (!parsed.success) throw new Error(`--shard ${parsed.error.issues[0]!.message}`);
  return parsed.data;
}

/** Whether the item of this source name belongs to the shard. */
export function inShard(source: string, { index, count }: Shard): boolean {
  const bucket = createHash('sha256').update(source).digest().readUInt32BE(0) % count;
  return bucket === index - 1;
}

/** The items of one shard; the others pass by unread by the rest of the pipeline. */
export async function* shardOf(items: AsyncIterable<ReadItem>, shard: Shard): AsyncGenerator<ReadItem> {
  for await (const item of items) if (inShard(item.source, shard)) yield item;
}

/** Takes `--shard i/n` (or `--shard=i/n`) out of the arguments. */
export function shardFromArgs(argv: readonly string[]): { shard?: Shard; rest: string[] } {
  const rest: string[] = [];
  let shard: Shard | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--shard') shard = parseShard(argv[++i]);
    else if (arg.startsWith('--shard=')) shard = parseShard(arg.slice('--shard='.length));
    else rest.push(arg);
  }
  return { ...(shard ? { shard } : {}), rest };
}
