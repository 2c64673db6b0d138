// Loaded with `node --import tsx --import ./tests/shell/stand-in/register.mjs out/main/index.js`:
// registers the hooks above so the built main bundle's `import … from "electron"` gets the stand-in.
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url);
