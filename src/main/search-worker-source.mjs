// Runs the search worker from its TypeScript source (tests, the bench): tsx is registered here, in the
// worker itself, so it works whatever loader the parent thread uses. The app runs the built script.
import { register } from 'tsx/esm/api';

register();
await import('./search-worker.ts');
