/**
 * Names as a list shows them, told apart: two people may share a name (the Add form only warns), and a
 * list of bare names then offers two choices that read the same. A shared name gets its role after it,
 * as Home and the palette show it; with no role, or the same role, a number counts them in list order.
 */
export interface Named {
  id: string;
  name: string;
  role?: string;
}

const key = (name: string): string => name.trim().toLocaleLowerCase();

/** Whether another of `people` has this name (case and spaces aside). */
export function nameIsShared(people: readonly Named[]): (name: string) => boolean {
  const count = new Map<string, number>();
  for (const p of people) count.set(key(p.name), (count.get(key(p.name)) ?? 0) + 1);
  return (name) => (count.get(key(name)) ?? 0) > 1;
}

/** Each person's label, by id: the name alone when no one else in `people` has it. */
export function distinctNames(people: readonly Named[]): Map<string, string> {
  const shared = nameIsShared(people);
  const labels = new Map<string, string>();
  const seen = new Map<string, number>();
  for (const p of people) {
    if (!shared(p.name)) {
      labels.set(p.id, p.name);
      continue;
    }
    const role = p.role?.trim() ?? '';
    const sameRole = people.filter((o) => key(o.name) === key(p.name) && (o.role?.trim() ?? '') === role).length;
    const nth = (seen.get(key(p.name) + '\u0000' + role) ?? 0) + 1;
    seen.set(key(p.name) + '\u0000' + role, nth);
    const parts = [role, sameRole > 1 ? String(nth) : ''].filter(Boolean).join(', ');
    labels.set(p.id, `${p.name.trim()} (${parts})`);
  }
  return labels;
}
