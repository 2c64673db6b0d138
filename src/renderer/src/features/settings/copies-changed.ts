import { createSignal } from 'solid-js';

/** Bumped after an export, so the "Copies outside Mend" list on the same page shows it at once. */
const [version, setVersion] = createSignal(0);

export const copiesVersion = version;
export const copiesChanged = (): void => void setVersion((v) => v + 1);
