import { createContext, createResource, useContext, type ParentProps, type Resource } from 'solid-js';
import { call } from '../lib/api';
import { onJournalChanged } from '../lib/live-changes';
import { onLocalChange } from '../lib/local-changes';
import type { Output } from '../../../core/api/contract';

type RelationshipSummary = Awaited<Output<'relationships:list'>>[number];

interface RelationshipsState {
  /** Every relationship summary, archived included; screens filter. Undefined while loading or failed. */
  all: () => RelationshipSummary[] | undefined;
  /** The load itself, for its error state. */
  resource: Resource<RelationshipSummary[]>;
  refresh: () => Promise<void>;
}

const RelationshipsContext = createContext<RelationshipsState>();

/** The index summaries, loaded once and refreshed after every change that touches them. */
export function RelationshipsProvider(props: ParentProps) {
  const [all, { refetch }] = createResource(() => call('relationships:list', { includeArchived: true }));
  // Names and summaries another computer changed (or a person it removed) show without a restart.
  onJournalChanged(() => void refetch());
  onLocalChange(() => void refetch());
  const state: RelationshipsState = {
    // Reading an errored resource throws in Solid; screens get undefined and check `resource.error`.
    all: () => (all.error ? undefined : all()),
    resource: all,
    refresh: async () => {
      await refetch();
    },
  };
  return <RelationshipsContext.Provider value={state}>{props.children}</RelationshipsContext.Provider>;
}

export function useRelationships(): RelationshipsState {
  const state = useContext(RelationshipsContext);
  if (!state) throw new Error('useRelationships() must be used inside <RelationshipsProvider>.');
  return state;
}
