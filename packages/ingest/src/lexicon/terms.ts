// Words that state a claim's term (منذ 2019، بين عامي 2016 و2018، from 2015 to 2017), as the term
// rules read them: folded (alef forms to ا, ى to ي, ة to ه, no diacritics, lower case; see
// text/fold.ts), each list a space-separated string, each month its spellings apart by commas.
export const TERM_WORDS = {
  since: 'منذ since',
  from: 'من from',
  /** What closes a range opened by `from` (`من 2015 إلى 2017`, `from 2015 to 2017`). */
  rangeTo: 'الي حتي لغايه to until till through',
  /** What states an end alone (`حتى عام 2018`, `until 2018`): never `to`, `إلى`, which mean much else. */
  until: 'حتي لغايه until till',
  between: 'بين between',
  in: 'في in',
  /** Words between a preposition and its year: `عام 2019`, `عامي 2016 و2018`. */
  year: 'عام عامي العام العامين سنه سنتي',
} as const;

/** Month spellings, January first: Egyptian-Gulf, Levantine and English. */
export const MONTH_WORDS: readonly string[] = [
  'يناير,كانون الثاني,january,jan',
  'فبراير,شباط,february,feb',
  'مارس,اذار,march,mar',
  'ابريل,نيسان,april,apr',
  'مايو,ايار,may',
  'يونيو,يونيه,حزيران,june,jun',
  'يوليو,يوليه,تموز,july,jul',
  'اغسطس,اب,august,aug',
  'سبتمبر,ايلول,september,sept,sep',
  'اكتوبر,تشرين الاول,october,oct',
  'نوفمبر,تشرين الثاني,november,nov',
  'ديسمبر,كانون الاول,december,dec',
];
