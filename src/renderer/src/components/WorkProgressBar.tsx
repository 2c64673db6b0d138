import type { WorkProgress } from '../../../core/api/slices/progress';
import { ProgressBar } from './ProgressBar';

/**
 * Main's long work as a progress bar: its own words and count once it reports, `label` until then
 * (the first moments, while a passphrase is checked or a file is read). Cancel only where main says
 * stopping is safe.
 */
export function WorkProgressBar(props: { work: WorkProgress | null; label: string; detail?: string; onCancel?: () => void }) {
  const counted = () => (props.work && props.work.total > 0 ? props.work : undefined);
  return (
    <ProgressBar
      label={props.work ? `${props.work.what}…` : props.label}
      done={counted()?.done}
      total={counted()?.total}
      detail={props.detail}
      onCancel={props.onCancel && props.work?.cancellable ? props.onCancel : undefined}
    />
  );
}
