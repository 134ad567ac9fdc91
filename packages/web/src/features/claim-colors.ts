// One colour per claim type, shared by the article view and the evidence drawer.
import { CLAIM_TYPES } from '@shabaka/model';

const PALETTE = [
  '#1f77b4',
  '#d62728',
  '#2ca02c',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#17becf',
  '#bcbd22',
  '#ff7f0e',
  '#7f7f7f',
];

export function claimColor(type: string): string {
  const index = (CLAIM_TYPES as readonly string[]).indexOf(type);
  return PALETTE[(index < 0 ? CLAIM_TYPES.length : index) % PALETTE.length]!;
}
