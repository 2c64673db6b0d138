import { beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../../src/core/open-core';
import { journalToMarkdown, markdownFileName } from '../../../src/core/logic/export-markdown';
import { asWritten, CODE_FIELDS } from '../../../src/core/logic/export-text';
import type { Journal } from '../../../src/core/model/journal';
import { MemoryFileStore, fixedStamp, testPlatform } from '../../support/memory-file-store';
import { addSamplePerson, ok } from '../../support/sample-journal';
import { addLeaderSide } from '../../support/leader-side-sample';

const at = { exportedAt: '2026-03-01T10:00:00.000Z', timeZone: 'UTC' };
let journal: Journal;

beforeAll(async () => {
  const core = await openCore({ files: new MemoryFileStore(), platform: testPlatform().platform, ...fixedStamp() });
  const relationshipId = await addSamplePerson(core);
  // The sample leaves the quick 1:1 notes empty (other suites count its entries); fill them here.
  await ok(core, 'capture:note', { relationshipId, at: '2026-02-26T11:00:00.000Z', text: 'A calm 1:1: the **Q2** plan is on track.' });
  await addLeaderSide(core, relationshipId);
  journal = await ok(core, 'journals:get', { relationshipId });
});

/** The lines of the section under a `## ` heading that starts with `title`. */
function section(markdown: string, title: string): string {
  const start = markdown.indexOf(`\n## ${title}`);
  expect(start, `section ${title}`).toBeGreaterThan(-1);
  const end = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, end < 0 ? undefined : end);
}

describe('Markdown export', () => {
  it('starts with who the person is, the export date, and their notes', () => {
    const md = journalToMarkdown(journal, at);
    expect(md.startsWith('# Sam Rivera\n\nDirect report · Account lead · working together since 1 Feb 2024\n')).toBe(true);
    expect(md).toContain('*Exported from Mend on 1 Mar 2026, 10:00.');
    expect(section(md, 'Notes')).toContain('Owns the **Acme** account.\n\nPrefers mornings.');
  });

  it('gives every entry its type and date, oldest first, in every collection of the journal', () => {
    const md = journalToMarkdown(journal, at);
    const headings = md.split('\n').filter((l) => l.startsWith('### '));
    expect(headings).toEqual([
      '### Incident · 3 Feb 2026, 15:30 · Missed the Acme renewal deadline',
      '### Conversation plan · 5 Feb 2026, 10:00',
      '### Debrief · 5 Feb 2026, 10:00',
      '### Commitment · due 10 Feb 2026 · Share the client calendar',
      '### Commitment · due 20 Feb 2026 · Flag a slipping deadline two days ahead',
      '### Trust check · 24 Feb 2026, 08:00',
      '### Monitoring note · 25 Feb 2026, 16:00 · An extra check-in',
      '### 1:1 note · 26 Feb 2026, 11:00 · A calm 1:1: the **Q2** plan is on track.',
      '### Repair attempt · 26 Feb 2026, 11:00 · Flagged a risk early',
      '### Follow-up · due 19 Mar 2026',
      '### Their trust in me (my estimate) · 27 Feb 2026, 09:00',
    ]);
    for (const [key, value] of Object.entries(journal)) {
      if (Array.isArray(value)) expect(value.length, key).toBeGreaterThan(0); // the sample fills every collection
    }
  });

  it('writes the leader’s own side in words: the apology and how it landed, what they did, the bid, their trust', () => {
    const md = journalToMarkdown(journal, at);
    expect(section(md, 'Debriefs')).toContain('- **My own side:**\n  - **Did I apologise?:** Yes\n  - **How it was received:** It landed\n  - **How they actually reacted:** Relieved');
    expect(section(md, 'Debriefs')).not.toContain('Apology I planned');
    expect(section(md, 'Repair attempts')).toContain('- **Whose attempt:** Theirs\n- **How it was received:** It landed\n- **Note:** I thanked them.');
    expect(section(md, 'Follow-ups')).toContain('- **Weeks after the conversation:** 6\n- **Status:** Planned');
    expect(section(md, 'Their trust in me')).toContain('Reliability 4, Competence 5, Sincerity no new evidence, Care 4, Reliance 3');
  });

  it('writes stored codes and ratings in words, and leaves ids out', () => {
    const md = journalToMarkdown(journal, at);
    expect(section(md, 'Incidents')).toContain('- **Suspected causes:**\n  - Stretched too thin · Fairly likely');
    expect(section(md, 'Trust checks')).toContain('Reliability 5, Competence 6, Sincerity no new evidence, Care 6, Reliance 4');
    expect(section(md, 'Commitments')).toContain('- **Status:** Kept\n- **Note:** Flagged it on Tuesday.\n- **Resolved:** 18 Feb 2026, 12:00');
    expect(section(md, 'Conversation plans')).toContain('  - **Hear their side first:** Ask how the week went for them.');
    expect(md).not.toContain(journal.relationship.id);
    expect(md).not.toContain(journal.incidents[0]!.id);
  });

  it('exports collections it does not know yet, readably, and says when a collection is empty', () => {
    const later = {
      ...journal,
      checks: [],
      gratitudeNotes: [
        { id: 'g1', createdAt: '2026-02-01T09:00:00.000Z', updatedAt: '2026-02-01T09:00:00.000Z', at: '2026-02-02T10:00:00.000Z', text: 'Covered my shift', mood: 'warm-hearted', detail: 'A long paragraph\nover two lines.' },
      ],
    } as unknown as Journal;
    const md = journalToMarkdown(later, at);
    expect(section(md, 'Trust checks')).toContain('None yet.');
    const extra = section(md, 'Gratitude notes (1)');
    expect(extra).toContain('### Gratitude note · 2 Feb 2026, 10:00 · Covered my shift');
    // Which of its fields hold codes Mend cannot know, so their values are written as stored: words
    // typed in a known one ("follow-up", "hand-off") were once reworded as if they were codes.
    expect(extra).toContain('- **Mood:** warm-hearted');
    expect(extra).toContain('**Detail**\n\nA long paragraph\nover two lines.');
    expect(extra).toContain('*Written 1 Feb 2026, 09:00.*');
  });

  it('keeps long text as paragraphs, inside lists too', () => {
    const long = { ...journal, incidents: [{ ...journal.incidents[0]!, facts: 'Line one.\n\n- a point\n- another' }] };
    const md = journalToMarkdown(long, at);
    expect(section(md, 'Incidents')).toContain('**What happened**\n\nLine one.\n\n- a point\n- another');
  });

  it('makes a safe file name from any name', () => {
    expect(markdownFileName('Sam Rivera')).toBe('Sam Rivera.md');
    expect(markdownFileName('a/b\\c:d*?"<>|')).toBe('a b c d.md');
    expect(markdownFileName('../..')).toBe('Journal.md');
    expect(markdownFileName('CON')).toBe('Journal CON.md');
    expect(markdownFileName('  Ana.  ')).toBe('Ana.md');
    expect(markdownFileName('x'.repeat(300))).toBe(`${'x'.repeat(100)}.md`);
  });
});

describe('what the leader wrote, in the export (found by a helper)', () => {
  it('a heading typed in an entry stays below the document\'s own levels; an underlined one too; tags are escaped; an open fence is closed', () => {
    expect(asWritten('What I saw:\n\n# Commitments (7)\n\n## Trust checks (9)\n###### deep')).toBe('What I saw:\n\n#### Commitments (7)\n\n##### Trust checks (9)\n###### deep');
    expect(asWritten('Two lines\n---\n| a | b |\n\n---\nafter a rule')).toBe('##### Two lines\n| a | b |\n\n---\nafter a rule');
    expect(asWritten('Told <Priya> the plan; <script>x</script> and `<b>` in code, 3 < 4')).toBe('Told \\<Priya> the plan; \\<script>x\\</script> and `<b>` in code, 3 < 4');
    expect(asWritten('```\n# not a heading\n<b>')).toBe('```\n# not a heading\n<b>\n```');
  });

  it('only fields that hold codes are put into words; words typed are written as typed', () => {
    expect(CODE_FIELDS.has('status')).toBe(true);
    expect(CODE_FIELDS.has('note')).toBe(false);
    expect(CODE_FIELDS.has('text')).toBe(false);
  });

  it('file names: not hidden, not a Windows device name, within 200 bytes, never cut inside a character', () => {
    expect(markdownFileName('.NET team')).toBe('NET team.md');
    expect(markdownFileName('Aux.Team')).toBe('Journal Aux.Team.md');
    expect(markdownFileName('..')).toBe('Journal.md');
    const long = markdownFileName('山田花子のチームリーダー'.repeat(10));
    expect(new TextEncoder().encode(long).length).toBeLessThanOrEqual(203);
    // At most 100 characters as seen: an emoji counts as one, and is kept whole or left out.
    expect(markdownFileName(`${'a'.repeat(100)}🌱 and more`)).toBe(`${'a'.repeat(100)}.md`);
    expect(markdownFileName(`${'a'.repeat(99)}🌱 and more`)).toBe(`${'a'.repeat(99)}🌱.md`);
    // And at most 200 bytes: "é" takes two, this family of three eighteen.
    expect(markdownFileName(`${'é'.repeat(91)}👩‍👩‍👧 family`)).toBe(`${'é'.repeat(91)}👩‍👩‍👧.md`);
    expect(markdownFileName(`${'é'.repeat(92)}👩‍👩‍👧 family`)).toBe(`${'é'.repeat(92)}.md`);
  });
});
