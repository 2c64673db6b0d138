import { createResource, createSignal, For, Show } from 'solid-js';
import { WorkProgressBar } from '../../components/WorkProgressBar';
import { cancelWork, createWorkProgress } from '../../lib/work-progress';
import { ApiError, call, errorMessage } from '../../lib/api';
import { useRelationships } from '../../stores/relationships';
import { ImportReview } from './ImportReview';
import { KeepVersionsForm } from './KeepVersionsForm';
import { backupSaved, importDone, markdownSaved, skippedLine, type ImportPreview } from './transfer-text';
import '../../styles/backups.css';
import { copiesChanged } from '../settings/copies-changed';
import { keepingFocus } from '../../lib/keep-focus';

interface Outcome {
  lines: string[];
}

const STOPPED = 'Stopped. Nothing was imported, and nothing in Mend changed.';

/**
 * Settings → Backups and export: what Mend keeps on its own, and the three ways to take the journal
 * elsewhere or bring it back. Each action reports what it did (or why it could not) right here.
 */
export function BackupsSection() {
  const { refresh } = useRelationships();
  const [busy, setBusy] = createSignal(false);
  const [outcome, setOutcome] = createSignal<Outcome | null>(null);
  const [error, setError] = createSignal<string | null>(null);
  const [preview, setPreview] = createSignal<ImportPreview | null>(null);
  const [policy, { mutate }] = createResource(() => call('backups:settings', {}));
  const kept = () => (policy.error ? undefined : policy());
  // Which long part of an import is under way: its bar polls main only meanwhile.
  const [phase, setPhase] = createSignal<'check' | 'apply' | null>(null);
  const checking = createWorkProgress(() => phase() === 'check', 'import-check');
  const applying = createWorkProgress(() => phase() === 'apply', 'import');
  let stopped = false;

  let errorBox: HTMLParagraphElement | undefined;
  /** Runs one action: clears the last report, shows this one's result or error (in view; focus stays on the button). */
  const run = (work: () => Promise<string[] | null>) =>
    keepingFocus(async () => {
      setBusy(true);
      setError(null);
      setOutcome(null);
      try {
        const lines = await work();
        if (lines) setOutcome({ lines });
      } catch (e) {
        setError(errorMessage(e));
        errorBox?.scrollIntoView({ block: 'nearest' });
      } finally {
        setBusy(false);
      }
    });

  const saveBackup = () =>
    run(async () => {
      const result = await call('exports:backup', {});
      copiesChanged();
      return result.cancelled ? null : [backupSaved(result), skippedLine(result)].filter((l): l is string => !!l);
    });

  const exportMarkdown = () =>
    run(async () => {
      const result = await call('exports:markdown', {});
      copiesChanged();
      return result.cancelled ? null : [markdownSaved(result), skippedLine(result)].filter((l): l is string => !!l);
    });

  const checkImport = () =>
    run(async () => {
      setPreview(null);
      stopped = false;
      setPhase('check');
      try {
        const result = await call('imports:check', {});
        if (!result.cancelled) setPreview(result);
        // Cancelled in the file picker says nothing; stopped part way says that nothing changed.
        return result.cancelled && stopped ? [STOPPED] : null;
      } finally {
        setPhase(null);
      }
    });

  const stopCheck = () => {
    stopped = true;
    void cancelWork('import-check');
  };

  let importButton: HTMLButtonElement | undefined;
  /**
   * The summary's buttons go with it, after Import or Cancel: the focus would fall to the page (found by
   * attack30, keyboard alone). It goes back to "Import a backup…"; the result is read out by its status line.
   */
  const backToImport = () =>
    queueMicrotask(() => {
      const now = document.activeElement;
      if (now === null || now === document.body || !now.isConnected) importButton?.focus();
    });

  const confirmImport = (token: string) =>
    run(async () => {
      setPhase('apply');
      try {
        const done = await call('imports:apply', { token });
        setPreview(null);
        await refresh();
        return [importDone(done)];
      } catch (e) {
        // The core no longer holds this check (Mend changed since it): its summary must not stay
        // offering an Import that can only fail. "You chose not to go ahead" keeps it, as the core does.
        if (e instanceof ApiError && e.detail?.['importGone'] === true) setPreview(null);
        throw e;
      } finally {
        setPhase(null);
      }
    }).finally(backToImport);

  const cancelImport = (token: string) => {
    setPreview(null);
    backToImport();
    void call('imports:cancel', { token }).catch(() => undefined); // forgetting it is all this asks
  };

  return (
    <section class="section" aria-labelledby="backups-title">
      <h2 id="backups-title">Backups and export</h2>
      <p>
        Mend keeps earlier versions of every journal on its own: the last {kept()?.keepLast ?? 10} of each, and one a day
        for {kept()?.dailyDays ?? 30} days, in the backups folder inside your data folder. If a journal is ever damaged,
        its page offers them back.
      </p>
      <Show when={kept()}>
        {(p) => <KeepVersionsForm keepLast={p().keepLast} dailyDays={p().dailyDays} onSaved={(keepLast) => mutate({ ...p(), keepLast })} />}
      </Show>
      <p>
        To keep a copy elsewhere, save a backup file: everything, ready to import into Mend again. To read or print your
        journal outside Mend, export it to Markdown, one document per person.
      </p>
      <div class="actions start backup-actions">
        <button type="button" class="button primary" disabled={busy()} onClick={() => void saveBackup()}>
          Save a backup file…
        </button>
        <button type="button" class="button" disabled={busy()} onClick={() => void exportMarkdown()}>
          Export to Markdown…
        </button>
        <button type="button" class="button" ref={importButton} disabled={busy()} onClick={() => void checkImport()}>
          Import a backup…
        </button>
      </div>
      <p class="hint">Backup files and exports are not protected by Mend. Keep them somewhere only you can open.</p>
      <Show when={phase() === 'check' && checking()}>
        {(work) => <WorkProgressBar work={work()} label="Checking the backup…" detail="Nothing is changed while Mend checks it." onCancel={stopCheck} />}
      </Show>
      <Show when={phase() === 'apply'}>
        <WorkProgressBar work={applying()} label="Importing the backup…" detail="This can’t be stopped halfway. Each person comes in whole." />
      </Show>
      <div role="status" class="transfer-status">
        <Show when={outcome()}>
          {(o) => (
            <div class="transfer-result">
              <For each={o().lines}>{(line) => <p>{line}</p>}</For>
            </div>
          )}
        </Show>
      </div>
      <Show when={error()}>
        <p class="error-box" role="alert" ref={errorBox}>{error()}</p>
      </Show>
      <Show when={preview()} keyed>
        {(p) => <ImportReview preview={p} busy={busy()} onImport={() => void confirmImport(p.token)} onCancel={() => cancelImport(p.token)} />}
      </Show>
    </section>
  );
}
