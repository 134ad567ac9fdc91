// One colour per claim type, shared by the article view and the evidence drawer: the model's.
import { CLAIM_TYPE_INFO, type ClaimType } from '@shabaka/model';

const UNKNOWN = '#7f7f7f';

export function claimColor(type: string): string {
  return CLAIM_TYPE_INFO[type as ClaimType]?.colour ?? UNKNOWN;
}
