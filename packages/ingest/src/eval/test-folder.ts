// For tests: a small annotated article of our own wording, written into a folder in either
// layout `pnpm eval` reads.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const APPOINTMENT_TEXT =
  'أعلنت هيئة تحرير الشام يوم الثلاثاء تعيين خالد الحمد قائداً عسكرياً لقطاع إدلب، خلفاً لسامر العلي الذي غادر إلى تركيا الأسبوع الماضي.\n';

export const APPOINTMENT_GOLD = {
  about: 'an appointment, written for the tests',
  source: { outlet: 'نشرة الاختبار', title: null },
  persons: [
    { name: 'خالد الحمد', aliases: [] },
    { name: 'سامر العلي', aliases: [] },
  ],
  organizations: [{ name: 'هيئة تحرير الشام', aliases: [], kind: 'armed_group' }],
  units: [],
  places: [
    { name: 'إدلب', aliases: [] },
    { name: 'تركيا', aliases: [] },
  ],
  roles: [
    {
      person: 'خالد الحمد',
      role: 'military_commander',
      role_text: 'قائداً عسكرياً لقطاع إدلب',
      org: 'هيئة تحرير الشام',
      place: 'إدلب',
      status: 'appointed',
    },
  ],
  relations: [
    { subject: 'خالد الحمد', predicate: 'replaced', object: 'سامر العلي', evidence: 'خلفاً لسامر العلي' },
    { subject: 'سامر العلي', predicate: 'left_to', object: 'تركيا', evidence: 'غادر إلى تركيا' },
    {
      subject: 'هيئة تحرير الشام',
      predicate: 'appointed',
      object: 'خالد الحمد',
      evidence: 'تعيين خالد الحمد',
    },
  ],
};

/** Writes the articles as `<slug>.ar.txt` beside `<slug>.gold.json`, or (split) under articles/ and gold/. */
export function writeAnnotatedFolder(
  dir: string,
  slugs: string[],
  layout: 'flat' | 'split' = 'flat',
): string {
  const textDir = layout === 'split' ? join(dir, 'articles') : dir;
  const goldDir = layout === 'split' ? join(dir, 'gold') : dir;
  mkdirSync(textDir, { recursive: true });
  mkdirSync(goldDir, { recursive: true });
  for (const slug of slugs) {
    writeFileSync(join(textDir, `${slug}.ar.txt`), APPOINTMENT_TEXT);
    writeFileSync(join(goldDir, `${slug}.gold.json`), JSON.stringify(APPOINTMENT_GOLD));
  }
  return dir;
}
