/** The shapes of follow-up items (整改) as the back office reads them, derived from the contract's schemas (types only). */
import type { Static } from '@sinclair/typebox';
import type { RectificationAction } from '../contract/constants.js';
import type * as R from '../contract/schemas-ratings.js';

export type FollowUpRow = Static<typeof R.Rectification>;
export type FollowUpDetail = Static<typeof R.RectificationDetail>;
export type FollowUpStepRecord = FollowUpDetail['steps'][number];
export type Finding = 'founded' | 'unfounded';

/** What a step's form sends: a note always; the finding for 核实; consent and the visitor's answer for 回访. */
export interface StepInput {
  action: RectificationAction;
  note: string;
  finding?: Finding;
  consent?: boolean;
  result?: string;
}
