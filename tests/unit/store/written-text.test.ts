import { describe, expect, it } from 'vitest';
import { CODE_FIELDS, isWrittenText, TEXT_FIELDS } from '../../../src/core/model/schema-fields';

/**
 * Which values two computers' writes keep both of ("also written on…"): words, known by their field,
 * however short. Found by a helper: text was told from choices by a space, so a one-word note
 * ("Cancelled."), role or name rewritten on both computers lost one computer's words unseen.
 */
describe('words, by their field', () => {
  it('a one-word note, role, name or title is words; a blank one is nothing to offer', () => {
    expect(isWrittenText('note', 'Cancelled.')).toBe(true);
    expect(isWrittenText('role', 'Designer')).toBe(true);
    expect(isWrittenText('name', 'Samuel')).toBe(true);
    expect(isWrittenText('steps.hear.notes', 'Promoted!')).toBe(true);
    expect(isWrittenText('facts.story', 'Late.')).toBe(true);
    expect(isWrittenText('note', '   ')).toBe(false);
    expect(isWrittenText('note', '')).toBe(false);
  });

  it('a choice, a date or an id is not, even with a space in it', () => {
    expect(isWrittenText('status', 'done')).toBe(false);
    expect(isWrittenText('kind', 'direct-report')).toBe(false);
    expect(isWrittenText('dueAt', '2026-03-04')).toBe(false);
    expect(isWrittenText('debriefId', 'a b')).toBe(false);
    expect(isWrittenText('note', 7)).toBe(false);
  });

  it('a field the schema does not know keeps the old reading: words if they have a space', () => {
    expect(isWrittenText('someLaterField', 'two words')).toBe(true);
    expect(isWrittenText('someLaterField', 'one')).toBe(false);
  });

  it('reads the kinds off the journal schema: no field is both words and a choice', () => {
    for (const field of ['name', 'role', 'notes', 'note', 'text', 'evidence', 'facts', 'story']) expect(TEXT_FIELDS.has(field), field).toBe(true);
    for (const field of ['status', 'kind', 'owner', 'cause']) expect(CODE_FIELDS.has(field), field).toBe(true);
    expect([...TEXT_FIELDS].filter((f) => CODE_FIELDS.has(f))).toEqual([]);
  });
});
