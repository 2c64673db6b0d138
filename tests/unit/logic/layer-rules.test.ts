/**
 * Issue 14.16: the layer rules are allow-lists. Lints small files placed (virtually) in each layer with
 * the project's own ESLint config and checks what it lets through and what it stops.
 */
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');
const eslint = new ESLint({ cwd: ROOT });

/** Whether the project's config reports a layer-rule error for `code` at `file`. */
async function stopped(file: string, code: string): Promise<boolean> {
  const [result] = await eslint.lintText(`${code}\nexport const used = [x];\n`, { filePath: path.join(ROOT, file) });
  return (result?.messages ?? []).some((m) => m.ruleId === 'layers/allow-imports');
}

const RENDERER = 'src/renderer/src/features/verdict/probe.ts';
const PRELOAD = 'src/preload/probe.ts';
const CORE = 'src/core/logic/probe.ts';

const cases: [string, string, string, boolean][] = [
  ['renderer', RENDERER, "import { x } from '../../../../core/api/handlers';", true],
  ['renderer', RENDERER, "import { x } from '../../../../core/api/dispatch';", true],
  ['renderer', RENDERER, "import { x } from '../../../../core/services/relationships';", true],
  ['renderer', RENDERER, "import { x } from '../../../../core/store/journal-store';", true],
  ['renderer', RENDERER, "import { x } from '../../../../core/api/slices/home';", true],
  ['renderer', RENDERER, "import { x } from '../../../../main/window';", true],
  ['renderer', RENDERER, "import { x } from 'zod';", true],
  ['renderer', RENDERER, "import { x } from 'lowdb';", true],
  ['renderer', RENDERER, "import { x } from 'electron';", true],
  ['renderer', RENDERER, "import { x } from 'node:fs';", true],
  ['renderer', RENDERER, "import { x } from 'fs';", true],
  ['renderer', RENDERER, "const x = await import('../../../../core/api/handlers');", true],
  ['renderer', RENDERER, "import { x } from '../../../../core/model/journal';", false],
  ['renderer', RENDERER, "import { x } from '../../../../core/logic/verdict';", false],
  ['renderer', RENDERER, "import type { x } from '../../../../core/api/contract';", false],
  ['renderer', RENDERER, "import { x } from '../../lib/api';", false],
  ['renderer', RENDERER, "import { x } from 'solid-js';", false],
  ['preload', PRELOAD, "import { x } from 'electron';", false],
  ['preload', PRELOAD, "import { x } from '../core/api/channels';", false],
  ['preload', PRELOAD, "import { x } from '../core/api/handlers';", true],
  ['preload', PRELOAD, "import { x } from '../core/model/journal';", true],
  ['preload', PRELOAD, "import { x } from 'zod';", true],
  ['preload', PRELOAD, "import { x } from 'node:path';", true],
  ['core', CORE, "import { x } from 'zod';", false],
  ['core', CORE, "import { x } from '../model/journal';", false],
  ['core', CORE, "import { x } from 'electron';", true],
  ['core', CORE, "import { x } from 'node:fs';", true],
  ['core', CORE, "import { x } from 'solid-js';", true],
  ['core', CORE, "import { x } from 'marked';", true],
  ['core', CORE, "import { x } from '../../main/paths';", true],
  ['core', CORE, "import { x } from '../../renderer/src/lib/api';", true],
];

describe('layer rules are allow-lists', () => {
  it(`stop everything outside each layer's list, and only that (${cases.length} imports)`, async () => {
    const wrong: string[] = [];
    for (const [layer, file, code, expectStopped] of cases) {
      if ((await stopped(file, code)) !== expectStopped) wrong.push(`${layer}: ${code} should be ${expectStopped ? 'stopped' : 'allowed'}`);
    }
    expect(wrong).toEqual([]);
  }, 60_000);
});
