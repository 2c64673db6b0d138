import { describe, expect, it } from 'vitest';
import { documentFor, journalDocuments } from '../../../src/core/logic/search-documents';
import { exampleJournal } from '../../../src/core/logic/example-journal';
import { longPerson } from '../../support/long-journal';

describe('documentFor builds one entry exactly as the whole-journal build does', () => {
  const journals = [exampleJournal(new Date('2026-06-01T12:00:00.000Z')), longPerson(0, 400, Date.parse('2026-06-01T12:00:00.000Z'))];
  for (const journal of journals) {
    it(`every document of ${journal.relationship.name}`, () => {
      const all = journalDocuments(journal);
      expect(new Set(all.map((d) => d.entry.split(':')[0])).size).toBeGreaterThan(2);
      for (const doc of all) expect(documentFor(journal, doc.entry)).toEqual(doc);
    });
  }

  it('answers null for an entry that is not there', () => {
    const journal = journals[0]!;
    expect(documentFor(journal, 'check:no-such-id')).toBeNull();
    expect(documentFor(journal, 'nonsense:1')).toBeNull();
  });
});
