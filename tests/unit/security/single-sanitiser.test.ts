import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Markdown can't run code only if every piece of journal text reaches the page through the one
 * sanitiser. This reads every renderer source file and fails on any other way to turn a string into
 * markup or code, so a new screen cannot quietly add one.
 */
const ROOT = join(import.meta.dirname, '../../../src/renderer/src');
const SANITISER = 'lib/markdown.ts';
const MARKDOWN_COMPONENT = 'components/Markdown.tsx';

const SINKS: [RegExp, string, string[]][] = [
  [/\binnerHTML\b/, 'innerHTML', [MARKDOWN_COMPONENT]],
  [/\bouterHTML\b|insertAdjacentHTML|document\.write|createContextualFragment|DOMParser|srcdoc/, 'another HTML sink', []],
  [/from ['"]marked['"]|from ['"]dompurify['"]/, 'marked or DOMPurify', [SANITISER]],
  [/\beval\s*\(|new Function\b|setTimeout\(\s*['"`]|setInterval\(\s*['"`]/, 'code from a string', []],
  [/window\.open\s*\(|target=["']_blank/, 'a new window', []],
  [/javascript:/i, 'a javascript: URL', []],
];

async function sources(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && /\.(tsx?|html)$/.test(e.name)).map((e) => join(e.parentPath, e.name));
}

describe('one sanitiser', () => {
  it('is the only way journal text becomes markup in the renderer', async () => {
    const files = await sources(ROOT);
    expect(files.length).toBeGreaterThan(20);
    const found: string[] = [];
    for (const file of files) {
      const rel = relative(ROOT, file).split('\\').join('/');
      const text = await readFile(file, 'utf8');
      for (const [pattern, what, allowed] of SINKS) {
        if (pattern.test(text) && !allowed.includes(rel)) found.push(`${rel}: ${what}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('keeps its allow-list strict: no images, frames, forms, styles, SVG or event attributes', async () => {
    const source = await readFile(join(ROOT, SANITISER), 'utf8');
    const tags = /ALLOWED_TAGS = \[([^\]]+)\]/.exec(source)?.[1] ?? '';
    const attrs = /ALLOWED_ATTR = \[([^\]]+)\]/.exec(source)?.[1] ?? '';
    for (const tag of ['img', 'iframe', 'form', 'input', 'style', 'svg', 'math', 'script', 'object', 'embed', 'video', 'audio', 'link', 'meta', 'base']) {
      expect(tags).not.toContain(`'${tag}'`);
    }
    expect(attrs.replace(/\s/g, '')).toBe("'href','title'");
    expect(source).toMatch(/SAFE_LINK = \/\^\(https\?:\|mailto:\)\/i/);
  });
});
