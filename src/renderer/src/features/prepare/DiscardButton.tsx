import { call, errorMessage } from '../../lib/api';
import { confirmAction } from '../../lib/confirm';
import { go } from '../../lib/router';
import { showNotice } from '../../lib/notice';
import { offerUndo } from '../../lib/undo';

/** Sets a preparation aside after a confirmation; it goes to the Discarded list, never away. */
export function DiscardButton(props: { relationshipId: string; prepId: string; name: string; /** Saves what is pending first; false (refused) stops the discard. */ beforeDiscard?: () => Promise<unknown> }) {
  const discard = async () => {
    const ok = await confirmAction({
      title: 'Discard this preparation?',
      body: `It moves to the Discarded list on ${props.name}’s page, where you can bring it back whenever you like.`,
      confirmLabel: 'Discard',
      tone: 'danger',
    });
    if (!ok) return;
    try {
      // The words last typed could not be saved: discarding now would leave them only in this window.
      if ((await props.beforeDiscard?.()) === false) {
        showNotice('Your latest words are not saved yet, so the preparation stays here. Try again in a moment.', 'error');
        return;
      }
      const { relationshipId, prepId } = props;
      await call('preparations:discard', { relationshipId, id: prepId });
      go('/r/:id', { id: relationshipId });
      offerUndo('Preparation discarded. It’s in the Discarded list too.', async () => {
        await call('preparations:restore', { relationshipId, id: prepId });
        go('/r/:id/prepare/:prepId', { id: relationshipId, prepId });
      }, 'The preparation is back.');
    } catch (e) {
      showNotice(errorMessage(e), 'error');
    }
  };
  return (
    <button type="button" class="button danger-quiet" onClick={() => void discard()}>
      Discard…
    </button>
  );
}
