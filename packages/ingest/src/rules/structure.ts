// Rows of organizational structure: which unit or body belongs to which.
import { armedWing, comprisesList, joinedTo } from './structure-match.ts';
import type { RuleInput } from './types.ts';

export const STRUCTURE_RULES: RuleInput[] = [
  {
    id: 'part-of.attached-to',
    kind: 'relation',
    phase: 'structure',
    description:
      'A unit or body named just before `التابع لـ` (past an adjective) belongs to the body after it.',
    trigger: { lexicon: 'attached' },
    subject: { find: 'adjacentBefore', types: ['unit', 'organization'], within: 3 },
    object: { find: 'objectAfter', through: 'attachedTo', types: ['organization', 'unit'], within: 2 },
    predicate: 'part_of',
    confidence: 0.8,
    examples: [
      {
        text: 'وأعلن المكتب الأمني التابع لهيئة تحرير الشام اعتقال خلية في إدلب.',
        relations: [{ subject: 'المكتب الأمني', predicate: 'part_of', object: 'هيئة تحرير الشام' }],
      },
      {
        text: 'ونشرت وكالة أعماق الإخبارية التابعة لتنظيم داعش صوراً من الهجوم.',
        relations: [{ subject: 'وكالة أعماق', predicate: 'part_of', object: 'داعش' }],
      },
      {
        text: 'وانتشر "الفيلق الثاني" التابع لـ"الجيش الوطني" في البلدة بعد انسحاب القوات.',
        relations: [{ subject: 'الفيلق الثاني', predicate: 'part_of', object: 'الجيش الوطني السوري' }],
      },
    ],
  },
  {
    id: 'part-of.within',
    kind: 'relation',
    phase: 'structure',
    description: 'A unit named shortly before `ضمن` is part of the body named right after it.',
    trigger: { lexicon: 'within' },
    subject: { find: 'nearestBefore', types: ['unit'], within: 5 },
    object: { find: 'firstAfter', types: ['unit', 'organization'], within: 1 },
    predicate: 'part_of',
    confidence: 0.7,
    examples: [
      {
        text: 'وقتل قائد وحدة الهندسة العسكرية، ضمن قوة الرضوان، في غارة جنوب لبنان.',
        relations: [{ subject: 'وحدة الهندسة', predicate: 'part_of', object: 'قوة الرضوان' }],
      },
    ],
  },
  {
    id: 'part-of.armed-wing',
    kind: 'matcher',
    phase: 'structure',
    description:
      'A body in apposition with `الجناح المسلح/العسكري لـY`, before it or after it, is part of Y.',
    match: armedWing,
    triggers: ['wing'],
    examples: [
      {
        text: 'وتبنت سرايا القدس، الجناح العسكري لحركة الجهاد الإسلامي، الهجوم على الحاجز.',
        relations: [{ subject: 'سرايا القدس', predicate: 'part_of', object: 'حركة الجهاد الإسلامي' }],
      },
      {
        text: 'وأعلن الجناح المسلح لحركة حماس، كتائب القسام، مقتل ثلاثة من عناصره.',
        relations: [{ subject: 'كتائب القسام', predicate: 'part_of', object: 'حركة حماس' }],
      },
    ],
  },
  {
    id: 'part-of.comprises',
    kind: 'matcher',
    phase: 'structure',
    description: 'Each body listed after `Y التي تضم` is part of the coalition Y.',
    match: comprisesList,
    triggers: ['comprises'],
    examples: [
      {
        text: 'وأعلنت الجبهة الشامية التي تضم جيش الثوار، ولواء الفتح، وفرقة المعتصم حل نفسها.',
        relations: [
          { subject: 'جيش الثوار', predicate: 'part_of', object: 'الجبهة الشامية' },
          { subject: 'لواء الفتح', predicate: 'part_of', object: 'الجبهة الشامية' },
          { subject: 'فرقة المعتصم', predicate: 'part_of', object: 'الجبهة الشامية' },
        ],
      },
    ],
  },
  {
    id: 'part-of.joined-to',
    kind: 'matcher',
    phase: 'structure',
    description: 'Bodies listed after `ضم` or `انضمام` and before `إلى Y` become part of Y.',
    match: joinedTo,
    triggers: ['joining'],
    examples: [
      {
        text: 'وأعاد الجيش الوطني ضم فرقة الحمزة المعروفة بـ"الحمزات" وجيش الشرقية إلى الفيلق الأول.',
        relations: [
          { subject: 'فرقة الحمزة', predicate: 'part_of', object: 'الفيلق الأول' },
          { subject: 'جيش الشرقية', predicate: 'part_of', object: 'الفيلق الأول' },
        ],
      },
    ],
  },
];
