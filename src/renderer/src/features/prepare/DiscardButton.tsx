import { call, errorMessage } from '../../lib/api';
import { confirmAction } from '../../lib/confirm';
import { go } from '../../lib/router';
import { showNotice } from '../../lib/notice';

/** Sets a preparation aside after a confirmation; it goes to the Discarded list, never away. */
export function DiscardButton(props: { relationshipId: string; prepId: string; name: string; beforeDiscard?: () => Promise<unknown> }) {
  const discard = async () => {
    const ok = await confirmAction({
      title: 'Discard this preparation?',
      body: `It moves to the Discarded list on ${props.name}’s page, where you can bring it back whenever you like.`,
      confirmLabel: 'Discard',
      tone: 'danger',
    });
    if (!ok) return;
    try {
      await props.beforeDiscard?.();
      await call('preparations:discard', { relationshipId: props.relationshipId, id: props.prepId });
      showNotice('Discarded. It’s in the Discarded list if you want it back.');
      go('/r/:id', { id: props.relationshipId });
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
