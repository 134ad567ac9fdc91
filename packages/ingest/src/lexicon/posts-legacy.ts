// Words the post matchers read: joining, charges, leading verbs.
import { keys } from '../gazetteer/words.ts';

/** `تكليف “X” بإدارة اللواء`: a charge to run a body. */
export const RUN = keys('بإدارة بقيادة لإدارة لقيادة');
/** `يدير عمليات التنظيم`: the work of a body stands for the body. */
export const JOIN = keys('انضم انضمت ينضم تنضم انضمام');
export const AFFAIRS = keys('عمليات شؤون نشاط أنشطة');
export const LEADS = keys('يرأس يقود قاد يتزعم يدير ترأس');
