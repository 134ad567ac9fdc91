// How roles, statuses and claim types read, in English or Arabic, from the labels the model
// declares (ROLE_CLASS_INFO, ROLE_STATUS_INFO, CLAIM_TYPE_INFO); a code outside them reads as itself.
import { CLAIM_TYPE_INFO, ROLE_CLASS_INFO, ROLE_STATUS_INFO } from '@shabaka/model';

export type LabelLanguage = 'en' | 'ar';

type Labelled = Record<string, { label: { en: string; ar: string } }>;

const reader =
  (table: Labelled) =>
  (code: string, language: LabelLanguage = 'en'): string =>
    Object.hasOwn(table, code) ? table[code]!.label[language] : code;

export const roleLabel = reader(ROLE_CLASS_INFO);
export const statusLabel = reader(ROLE_STATUS_INFO);
export const claimTypeLabel = reader(CLAIM_TYPE_INFO);
