import { z } from 'zod';
import type { Insights } from '../../logic/insights';
import type { ServiceContext } from '../../services/context';
import * as insights from '../../services/insights';

/** Insights: patterns across every journal, for reflection rather than scoring. */
export const insightsSchemas = {
  'insights:get': z.strictObject({}),
};

type In<C extends keyof typeof insightsSchemas> = z.output<(typeof insightsSchemas)[C]>;

export interface InsightsContract {
  /**
   * Reads every journal, one at a time: how often each first guess at a cause held (and what it turned
   * out to be otherwise), which fears came up in preparations, the share of hot checks, and the keeping
   * rate of the leader's commitments beside theirs. Unreadable journals are counted in `skipped`.
   */
  'insights:get': (input: In<'insights:get'>) => Insights;
}

export const insightsHandlers = (ctx: ServiceContext) => ({
  'insights:get': () => insights.getInsights(ctx),
});
