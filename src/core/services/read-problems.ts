import type { SyncReport } from '../store/journal-replica';
import type { RelationshipSummary } from '../model/index-file';
import { journalFileIds } from '../store/sync-names';

/**
 * What Mend could not read in the data folder and left out (a change-log line that fails its checksum,
 * a conflict copy that does not open) or found badly wrong (a clock a day ahead), as the store reports
 * it while reading: kept for Settings → Computers, so the person learns of it rather than a saved
 * change vanishing unseen. Names, lines and fixed reasons only, never journal text. Each is kept once
 * (a journal read again reports it again), the first few hundred at most; they last while Mend runs
 * and are found again at the next start, for the file is never rewritten.
 */
export interface ReadProblem {
  /** The file inside the data folder, as the store names it ("logs/<person>.<computer>.log"). */
  file: string;
  /** 1-based line of a change log, when the problem is one line. */
  line: number | null;
  reason: string;
  /** The person whose journal the file belongs to, when Mend knows them; else null. */
  person: string | null;
  /** The computer whose change log it is, when it is one and Mend knows its name; else null. */
  computer: string | null;
  /** When this Mend first came upon it (ISO). */
  at: string;
  /** Something written is left out as read here (else: a clock badly wrong, its changes read all the same). */
  leftOut: boolean;
}

const MOST = 300;

export class ReadProblems {
  private readonly seen = new Map<string, { report: SyncReport; at: string }>();

  /** How many are kept. */
  get size(): number {
    return this.seen.size;
  }

  /** Keeps a report meant for the person; true when it is new (the page is then told). */
  add(report: SyncReport, now: Date): boolean {
    if (!report.notice) return false;
    const key = `${report.file}\n${report.line ?? ''}\n${report.reason}`;
    if (this.seen.has(key) || this.seen.size >= MOST) return false;
    this.seen.set(key, { report, at: now.toISOString() });
    return true;
  }

  /** Newest first, each named by the person and computer it belongs to where Mend knows them. */
  list(people: readonly Pick<RelationshipSummary, 'id' | 'name'>[], computers: ReadonlyMap<string, string>): ReadProblem[] {
    const names = new Map(people.map((p) => [p.id, p.name]));
    return [...this.seen.values()].reverse().map(({ report, at }) => {
      const ids = journalFileIds(report.file);
      return {
        file: report.file,
        line: report.line ?? null,
        reason: report.reason,
        person: (ids.journal && names.get(ids.journal)) ?? null,
        computer: (ids.device && computers.get(ids.device)) ?? null,
        at,
        leftOut: report.notice === 'left-out',
      };
    });
  }
}
