// Rows of organizational structure: which unit belongs to which body.
import type { RuleInput } from './types.ts';

export const STRUCTURE_RULES: RuleInput[] = [
  {
    id: 'part-of.attached-to',
    kind: 'relation',
    phase: 'structure',
    description: 'A unit named just before `التابع لـ` belongs to the body after it.',
    trigger: { lexicon: 'attached' },
    subject: { find: 'nearestBefore', types: ['unit'], within: 3, sameClause: true },
    object: { find: 'objectAfter', through: 'attachedTo', types: ['organization', 'unit'], within: 2 },
    predicate: 'part_of',
    confidence: 0.8,
    examples: [
      {
        text: 'وأعلن المكتب الأمني التابع لهيئة تحرير الشام اعتقال خلية في إدلب.',
        relations: [{ subject: 'المكتب الأمني', predicate: 'part_of', object: 'هيئة تحرير الشام' }],
      },
    ],
  },
];
