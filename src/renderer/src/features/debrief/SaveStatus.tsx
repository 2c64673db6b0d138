import type { SaveState } from '../../lib/autosave';

const WORDS: Record<SaveState, string> = {
  idle: 'Saved as you type',
  pending: 'Saving…',
  saving: 'Saving…',
  saved: 'Saved',
  error: 'Not saved yet',
};

/** A quiet word about the autosave, read out politely; a failed save says so and keeps everything typed. */
export function SaveStatus(props: { state: SaveState; failed: boolean }) {
  return (
    <p class="save-state" classList={{ failed: props.failed }} role="status" aria-live="polite">
      {WORDS[props.state]}
    </p>
  );
}
