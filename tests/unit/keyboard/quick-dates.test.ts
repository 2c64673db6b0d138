import { describe, it, expect } from 'vitest';
import { quickDates } from '../../../src/renderer/src/lib/quick-dates';

describe('quick date choices', () => {
  it('offers today 5 pm while it is ahead, tomorrow 10 am and the next Monday', () => {
    const wednesdayMorning = new Date(2026, 2, 11, 9, 30);
    expect(quickDates('ahead', wednesdayMorning)).toEqual([
      { label: 'Today 5 pm', value: '2026-03-11T17:00' },
      { label: 'Tomorrow 10 am', value: '2026-03-12T10:00' },
      { label: 'Monday 10 am', value: '2026-03-16T10:00' },
    ]);
  });

  it('drops today 5 pm once it has passed, and Monday when tomorrow is Monday', () => {
    const sundayEvening = new Date(2026, 2, 15, 18, 0);
    expect(quickDates('ahead', sundayEvening)).toEqual([{ label: 'Tomorrow 10 am', value: '2026-03-16T10:00' }]);
  });

  it('crosses a month end', () => {
    expect(quickDates('ahead', new Date(2026, 0, 31, 20, 0))[0]).toEqual({ label: 'Tomorrow 10 am', value: '2026-02-01T10:00' });
  });

  it('looks back for something that happened', () => {
    expect(quickDates('behind', new Date(2026, 2, 1, 8, 5))).toEqual([
      { label: 'Now', value: '2026-03-01T08:05' },
      { label: 'Yesterday 5 pm', value: '2026-02-28T17:00' },
    ]);
  });
});
