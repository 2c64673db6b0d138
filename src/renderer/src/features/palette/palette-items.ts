import { go, to, navigate } from '../../lib/router';
import { NAV_ITEMS } from '../../routes';
import { PERSON_ACTIONS, openPalette, setSheetOpen, type PaletteMode } from './palette-state';
import { forPerson, openSearch } from '../shortcuts/shortcuts';
import type { SearchAnswer } from '../../../../core/api/slices/search';
import { hitHref } from '../search/SearchResults';
import { distinctNames, nameIsShared } from '../../lib/distinct-names';
import { KIND_LABELS, type RelationshipKind } from '../../../../core/model/relationship-kinds';

export interface PaletteItem {
  id: string;
  group: 'Actions' | 'People' | 'Screens' | 'Entries';
  label: string;
  detail?: string;
  run: () => void;
  /** An entry that is a person's own details (name, role, notes): whose. */
  person?: string;
}

interface Person {
  id: string;
  name: string;
  role: string;
  archived: boolean;
  kind?: RelationshipKind;
}

/**
 * What tells a person apart in a list: their role; for two of one name with no role, the kind of
 * relationship too (found by a helper: two "Alex Kim"s read the same, and so did their entries).
 */
function detailsOf(people: readonly Person[]): Map<string, string | undefined> {
  const shared = nameIsShared(people);
  return new Map(people.map((p) => [p.id, p.role.trim() || (shared(p.name) && p.kind ? KIND_LABELS[p.kind] : undefined)]));
}

const words = (q: string) => q.toLowerCase().split(/\s+/).filter(Boolean);
const fits = (text: string, q: string) => words(q).every((w) => text.toLowerCase().includes(w));

function actionItems(): PaletteItem[] {
  return [
    { id: 'a-new', group: 'Actions', label: 'Add a person', run: () => navigate(to('/new')) },
    ...PERSON_ACTIONS.filter((a) => a.id !== 'person').map((a): PaletteItem => ({ id: `a-${a.id}`, group: 'Actions', label: `${a.label}…`, run: () => forPerson(a) })),
    { id: 'a-search', group: 'Actions', label: 'Search your journal', run: openSearch },
    { id: 'a-keys', group: 'Actions', label: 'Show keyboard shortcuts', run: () => setSheetOpen(true) },
  ];
}

function personItems(people: Person[], mode: PaletteMode): PaletteItem[] {
  const active = people.filter((p) => !p.archived);
  const details = detailsOf(active);
  return active.map((p) => {
    const action = mode.kind === 'person' ? mode.action : PERSON_ACTIONS.find((a) => a.id === 'person')!;
    return { id: `p-${p.id}`, group: 'People', label: p.name, detail: details.get(p.id), run: () => go(action.pattern, { id: p.id }) };
  });
}

const screenItems = (): PaletteItem[] =>
  NAV_ITEMS.map((n) => ({ id: `s-${n.to}`, group: 'Screens', label: n.label, run: () => navigate(to(n.to)) }));

function entryItems(answer: SearchAnswer | null, people: readonly Person[]): PaletteItem[] {
  if (!answer?.searched) return [];
  const labels = distinctNames(people);
  return answer.groups
    .flatMap((g) => g.hits.map((hit) => ({ g, hit })))
    .slice(0, 6)
    .map(({ g, hit }) => ({
      id: `e-${g.relationshipId}-${hit.entry}`, group: 'Entries', label: hit.title, detail: `${hit.kind} · ${labels.get(g.relationshipId) ?? g.person}`,
      run: () => navigate(hitHref(g.relationshipId, hit).slice(1)),
      ...(hit.entry === 'person' ? { person: g.relationshipId } : {}),
    }));
}

/** Everything the palette offers for a query, in groups; a person-picking palette offers only people. */
export function paletteItems(mode: PaletteMode, query: string, people: Person[], answer: SearchAnswer | null): PaletteItem[] {
  if (mode.kind === 'person') return personItems(people, mode).filter((i) => fits(`${i.label} ${i.detail ?? ''}`, query));
  const listed = [...actionItems(), ...personItems(people, mode), ...screenItems()].filter((i) => fits(`${i.label} ${i.detail ?? ''}`, query));
  const peopleShown = query.trim() ? listed : listed.filter((i) => i.group !== 'People').concat(listed.filter((i) => i.group === 'People').slice(0, 6));
  const order = ['Actions', 'People', 'Screens'];
  // A person listed under People is not listed again as an entry ("Person · Priya"): one line each.
  const shownIds = new Set(peopleShown.filter((i) => i.group === 'People').map((i) => i.id));
  const entries = entryItems(answer, people).filter((i) => !(i.person && shownIds.has(`p-${i.person}`)));
  return [...peopleShown.sort((a, b) => order.indexOf(a.group) - order.indexOf(b.group)), ...entries];
}

export { openPalette };
