import { describe, it, expect } from 'vitest';
import { harness } from '../prepare/helpers';

const key = 'incident:new:abc123';
const fields = { title: 'Missed the Acme deadline', facts: 'It arrived **Monday**.', domains: ['reliability'] };

describe('drafts', () => {
  it('keeps a form’s draft across a restart, and forgets it once cleared', async () => {
    const h = await harness();
    expect(await h.ok('drafts:get', { key })).toBeNull();
    await h.ok('drafts:save', { key, fields });
    await h.reopen();
    expect(await h.ok('drafts:get', { key })).toMatchObject({ fields });
    await h.ok('drafts:clear', { key });
    await h.reopen();
    expect(await h.ok('drafts:get', { key })).toBeNull();
  });

  it('a look at a draft sent after its save answers with that save, not with what the disk held before it (the save still on its way)', async () => {
    // Leaving a form sends its draft; opening the form again at once asks for it. The ask must not
    // overtake the save in flight, or the form opens without the words (and the next edit replaces them).
    const h = await harness();
    await h.ok('drafts:save', { key, fields: { title: 'older' } });
    const saving = h.ok('drafts:save', { key, fields: { title: 'just typed' } });
    const [looked, keys] = await Promise.all([h.ok('drafts:get', { key }), h.ok('drafts:keys', { prefix: 'incident:' }), saving]);
    expect(looked).toMatchObject({ fields: { title: 'just typed' } });
    expect(keys).toEqual({ keys: [key] });
    const clearing = h.ok('drafts:clear', { key });
    expect(await h.ok('drafts:get', { key })).toBeNull();
    await clearing;
  });

  it('the newest save of a key wins, and other keys are kept', async () => {
    const h = await harness();
    await h.ok('drafts:save', { key, fields: { title: 'old' } });
    await h.ok('drafts:save', { key: 'trust-check:new:abc123', fields: { evidence: 'kept' } });
    await Promise.all([
      h.ok('drafts:save', { key, fields: { title: 'newer' } }),
      h.ok('drafts:save', { key, fields: { title: 'newest' } }),
    ]);
    await h.reopen();
    expect(await h.ok('drafts:get', { key })).toMatchObject({ fields: { title: 'newest' } });
    expect(await h.ok('drafts:get', { key: 'trust-check:new:abc123' })).toMatchObject({ fields: { evidence: 'kept' } });
  });

  it('a save from a form that never saw what was kept (`opened`) lays its words beside the kept ones, not over them', async () => {
    const h = await harness();
    const opened = { title: 'Missed the Acme deadline', facts: '', domains: ['reliability'] };
    // Nothing kept, or kept words the form did show (equal to what it opened with): a plain save.
    await h.ok('drafts:save', { key, fields: { ...opened, facts: 'first' }, opened });
    expect(await h.ok('drafts:get', { key })).toMatchObject({ fields: { ...opened, facts: 'first' } });
    await h.ok('drafts:save', { key, fields: { ...opened, facts: 'first' }, opened: { ...opened, facts: 'first' } });
    await h.ok('drafts:save', { key, fields: { ...opened, facts: 'second' }, opened: { ...opened, facts: 'first' } });
    expect(await h.ok('drafts:get', { key })).toMatchObject({ fields: { ...opened, facts: 'second' } });
    // Kept words this form never showed: both stay, the kept ones first; a field only one side changed takes that side.
    await h.ok('drafts:save', { key, fields: { ...opened, facts: 'It arrived late, and we talked it through.' } });
    await h.ok('drafts:save', { key, fields: { ...opened, title: 'Acme', facts: 'Typed elsewhere today.' }, opened });
    await h.reopen();
    expect(await h.ok('drafts:get', { key })).toMatchObject({
      fields: { ...opened, title: 'Acme', facts: 'It arrived late, and we talked it through.\n\nTyped elsewhere today.' },
    });
  });

  it('a save beside kept words that together pass the size a draft is read back with is refused, and nothing is written (found by review of 165444a)', async () => {
    const h = await harness();
    const kept = 'k '.repeat(120_000); // a long pasted text, kept earlier and never shown
    await h.ok('drafts:save', { key, fields: { facts: kept } });
    await h.ok('drafts:save', { key: 'person:other1', fields: { notes: 'another form’s draft' } });
    // Each side is within the limit; the two together are not. Written, the file would not read back.
    const saved = await h.core.call('drafts:save', { key, fields: { facts: 't '.repeat(120_000) }, opened: { facts: '' } });
    expect(saved).toMatchObject({ ok: false, code: 'conflict' });
    await h.reopen();
    expect(await h.ok('drafts:get', { key: 'person:other1' })).toMatchObject({ fields: { notes: 'another form’s draft' } });
    expect(await h.ok('drafts:get', { key })).toMatchObject({ fields: { facts: kept } });
  });

  it('lists the kept keys under a prefix, so an entry can say a change of it waits', async () => {
    const h = await harness();
    await h.ok('drafts:save', { key: 'commitment:sam:c2', fields: { text: 'b' } });
    await h.ok('drafts:save', { key: 'commitment:sam:c1', fields: { text: 'a' } });
    await h.ok('drafts:save', { key: 'commitment:ana:c3', fields: { text: 'c' } });
    await h.ok('drafts:save', { key, fields });
    expect(await h.ok('drafts:keys', { prefix: 'commitment:sam:' })).toEqual({ keys: ['commitment:sam:c1', 'commitment:sam:c2'] });
    await h.ok('drafts:clear', { key: 'commitment:sam:c1' });
    await h.reopen();
    expect(await h.ok('drafts:keys', { prefix: 'commitment:sam:' })).toEqual({ keys: ['commitment:sam:c2'] });
    expect(await h.ok('drafts:keys', { prefix: 'commitment:lee:' })).toEqual({ keys: [] });
    expect(await h.core.call('drafts:keys', { prefix: '' })).toMatchObject({ ok: false, code: 'invalid-input' });
  });

  it('refuses keys Mend never makes and drafts too long to keep', async () => {
    const h = await harness();
    for (const bad of ['../relationships/x', 'incident', 'Incident:new:x', 'a:b/c']) {
      const r = await h.core.call('drafts:save', { key: bad, fields: {} });
      expect(r.ok).toBe(false);
    }
    const long = await h.core.call('drafts:save', { key, fields: { facts: 'x'.repeat(400_001) } });
    expect(long).toMatchObject({ ok: false, code: 'invalid-input' });
  });
});
