import { openOurs } from './ours';

/** Run in its own process: opens a data folder to Home's data and reports the peak RSS in MB. */
const dir = process.argv[2];
if (!dir) throw new Error('usage: rss-probe <data folder>');
const core = await openOurs(dir);
const home = await core.call('home:get', {});
if (!home.ok) throw new Error(home.message);
process.stdout.write(`${JSON.stringify({ peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
