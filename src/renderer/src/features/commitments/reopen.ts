import { ApiError, call, errorMessage } from '../../lib/api';
import { showNotice } from '../../lib/notice';

/**
 * Opens a settled commitment again. One the other computer reopened already, as this screen was about to
 * catch up, is what was asked for, not a failure (found by a helper). True when it is open now; a
 * refusal is said, and false.
 */
export async function reopenCommitment(relationshipId: string, id: string): Promise<boolean> {
  try {
    await call('commitments:reopen', { relationshipId, id });
  } catch (e) {
    if (!(e instanceof ApiError && e.detail?.['alreadyOpen'] === true)) {
      showNotice(errorMessage(e), 'error');
      return false;
    }
  }
  return true;
}
