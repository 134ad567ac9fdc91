// The sample's reports on one man (sample-stories.ts) with their extraction written out by hand,
// for the tests of republished copies and contradictions: they do not move when the rule engine
// changes.
import { STORY_SAMPLE, type SampleStory } from './sample-stories.ts';
import type { HandArticle } from './test-articles.ts';

const LEADER = 'حازم الديري';
const GROUP = 'كتائب الجبل';

const leaderReport = ({ text, meta }: SampleStory, words: string, status = 'current'): HandArticle => ({
  text,
  meta,
  persons: [LEADER],
  organizations: [GROUP],
  roles: [[LEADER, 'leader', GROUP, words, status]],
});

export const WIRE_STORY = leaderReport(STORY_SAMPLE.wire, 'قائد كتائب الجبل');
/** The wire story as an aggregator republished it a day later. */
export const REPUBLISHED_COPY = leaderReport(STORY_SAMPLE.copy, 'قائد كتائب الجبل');
/** Another outlet's own report of the same role, in its own words. */
export const OTHER_REPORT = leaderReport(STORY_SAMPLE.other, 'قائد كتائب الجبل');
export const DISMISSAL_REPORT = leaderReport(
  STORY_SAMPLE.dismissal,
  'بإعفاء قائد كتائب الجبل حازم الديري',
  'dismissed',
);
/** A month after the dismissal, another outlet still calls him the group's leader. */
export const LATER_CURRENT = leaderReport(STORY_SAMPLE.laterCurrent, 'قائد كتائب الجبل');
