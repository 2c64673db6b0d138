// Node module-customization hooks (https://nodejs.org/api/module.html#customization-hooks) for the
// Electron stand-in: the bare specifier 'electron' resolves to ./electron.ts instead of the npm
// package (which only knows where a binary would be). Everything else resolves as usual.
export async function resolve(specifier, context, next) {
  if (specifier !== 'electron') return next(specifier, context);
  // Resolved through the next hook (tsx's), so the TypeScript stand-in is compiled like any test file.
  return next('./electron.ts', { ...context, parentURL: import.meta.url });
}
