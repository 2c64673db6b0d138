// Loaded with `node --import ./tests/shell/stand-in/register.mjs out/main/index.js`: registers the
// hooks so the built main bundle's `import … from "electron"` gets the stand-in. The launcher
// (tests/shell/harness/stand-in-app.ts) passes the stand-in pre-compiled in STANDIN_ELECTRON; run by
// hand without it, add `--import tsx` first and the TypeScript sources are used.
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url);
