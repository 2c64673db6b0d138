import { timeLogOpens, type LogOpenKind } from './log-open';

/**
 * One long-log figure in a process of its own, started by benchLogOpen (log-open.ts): the process holds
 * what the app's would when it opens that journal, not what the bench's other figures left behind.
 * Usage: log-open-child <folder> <journal id> plain|sealed <runs>; prints the timings as one JSON line.
 */
const [dir, id, kind, runs] = process.argv.slice(2);
if (!dir || !id || (kind !== 'plain' && kind !== 'sealed')) throw new Error('usage: log-open-child <folder> <journal id> plain|sealed <runs>');
const timings = await timeLogOpens(dir, id, kind as LogOpenKind, Number(runs ?? 3));
process.stdout.write(`${JSON.stringify(timings)}\n`);
