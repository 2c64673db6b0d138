import { z } from 'zod';
import type { ServiceContext } from '../../services/context';
import { SearchIndex, type SearchAnswer, type SearchProgress } from '../../services/search';

export type { SearchAnswer, SearchGroup, SearchHit, SearchProgress } from '../../services/search';

/** Search over every person and entry; the index lives in main's memory only. */
export const searchSchemas = {
  'search:query': z.strictObject({ query: z.string().max(200, 'Keep a search under 200 characters.') }),
  'search:status': z.strictObject({ resume: z.boolean().optional() }),
};

type In<C extends keyof typeof searchSchemas> = z.output<(typeof searchSchemas)[C]>;

export interface SearchContract {
  /**
   * People and entries whose words match, grouped by person, best first, each with a one-line
   * snippet whose matching words are marked. A query without a letter or digit is not run
   * (`searched: false`). While the index is still being built, results cover the people read so far.
   */
  'search:query': (input: In<'search:query'>) => SearchAnswer;
  /**
   * How far the index is; asking starts building it (in the background) if it has not started. Once the
   * person stopped the build, only `resume: true` starts it again.
   */
  'search:status': (input: In<'search:status'>) => SearchProgress;
}

export const searchHandlers = (ctx: ServiceContext) => {
  // Made on first use: while locked the store does not exist, and nothing should be read before asked.
  let index: SearchIndex | null = null;
  const get = (): SearchIndex => (index ??= new SearchIndex(ctx.store, ctx.progress, ctx.searchEngines));
  return {
    'search:query': async ({ query }: In<'search:query'>) => get().search(query),
    'search:status': async ({ resume }: In<'search:status'>) => {
      void get().start(resume === true);
      return get().progress();
    },
  };
};
