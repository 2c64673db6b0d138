import { go, to, navigate } from '../../lib/router';
import { NAV_ITEMS } from '../../routes';
import { PERSON_ACTIONS, openPalette, setSheetOpen, type PaletteMode } from './palette-state';
import { forPerson, openSearch } from '../shortcuts/shortcuts';
import type { SearchAnswer } from '../../../../core/api/slices/search';
import { hitHref } from '../search/SearchResults';

export interface PaletteItem {
  id: string;
  group: 'Actions' | 'People' | 'Screens' | 'Entries';
  label: string;
  detail?: string;
  run: () => void;
}

interface Person {
  id: string;
  name: string;
  role: string;
  archived: boolean;
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

const personItems = (people: Person[], mode: PaletteMode): PaletteItem[] =>
  people
    .filter((p) => !p.archived)
    .map((p) => {
      const action = mode.kind === 'person' ? mode.action : PERSON_ACTIONS.find((a) => a.id === 'person')!;
      return { id: `p-${p.id}`, group: 'People', label: p.name, detail: p.role || undefined, run: () => go(action.pattern, { id: p.id }) };
    });

const screenItems = (): PaletteItem[] =>
  NAV_ITEMS.map((n) => ({ id: `s-${n.to}`, group: 'Screens', label: n.label, run: () => navigate(to(n.to)) }));

function entryItems(answer: SearchAnswer | null): PaletteItem[] {
  if (!answer?.searched) return [];
  return answer.groups
    .flatMap((g) => g.hits.map((hit) => ({ g, hit })))
    .slice(0, 6)
    .map(({ g, hit }) => ({
      id: `e-${g.relationshipId}-${hit.entry}`, group: 'Entries', label: hit.title, detail: `${hit.kind} · ${g.person}`,
      run: () => navigate(hitHref(g.relationshipId, hit).slice(1)),
    }));
}

/** Everything the palette offers for a query, in groups; a person-picking palette offers only people. */
export function paletteItems(mode: PaletteMode, query: string, people: Person[], answer: SearchAnswer | null): PaletteItem[] {
  if (mode.kind === 'person') return personItems(people, mode).filter((i) => fits(`${i.label} ${i.detail ?? ''}`, query));
  const listed = [...actionItems(), ...personItems(people, mode), ...screenItems()].filter((i) => fits(`${i.label} ${i.detail ?? ''}`, query));
  const peopleShown = query.trim() ? listed : listed.filter((i) => i.group !== 'People').concat(listed.filter((i) => i.group === 'People').slice(0, 6));
  const order = ['Actions', 'People', 'Screens'];
  return [...peopleShown.sort((a, b) => order.indexOf(a.group) - order.indexOf(b.group)), ...entryItems(answer)];
}

export { openPalette };
