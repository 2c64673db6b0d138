// Node module-customization hooks (https://nodejs.org/api/module.html#customization-hooks) for the
// Electron stand-in: the bare specifier 'electron' resolves to the stand-in instead of the npm
// package (which only knows where a binary would be). Everything else resolves as usual.
export async function resolve(specifier, context, next) {
  if (specifier !== 'electron') return next(specifier, context);
  // The launcher's one-file build of the stand-in (plain JavaScript, no loader needed)…
  const bundled = process.env['STANDIN_ELECTRON'];
  if (bundled) return { url: bundled, format: 'module', shortCircuit: true };
  // …or, by hand, the TypeScript sources through the next hook (tsx's).
  return next('./electron.ts', { ...context, parentURL: import.meta.url });
}
