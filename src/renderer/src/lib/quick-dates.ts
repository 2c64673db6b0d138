/** The quick choices offered beside a date-and-time picker, as datetime-local values (local time). */
export interface QuickDate {
  label: string;
  value: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const local = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
const at = (now: Date, days: number, hour: number): Date => {
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days, hour, 0, 0, 0);
  return d;
};

/**
 * Ahead (a planned talk): "Today 5 pm" while it is still ahead, "Tomorrow 10 am", and "Monday 10 am"
 * (the next Monday after tomorrow). Behind (something that happened): "Now" and "Yesterday 5 pm".
 */
export function quickDates(direction: 'ahead' | 'behind', now: Date): QuickDate[] {
  if (direction === 'behind') {
    return [
      { label: 'Now', value: local(now) },
      { label: 'Yesterday 5 pm', value: local(at(now, -1, 17)) },
    ];
  }
  const out: QuickDate[] = [];
  if (at(now, 0, 17) > now) out.push({ label: 'Today 5 pm', value: local(at(now, 0, 17)) });
  out.push({ label: 'Tomorrow 10 am', value: local(at(now, 1, 10)) });
  const toMonday = ((8 - now.getDay()) % 7) || 7;
  if (toMonday > 1) out.push({ label: 'Monday 10 am', value: local(at(now, toMonday, 10)) });
  return out;
}
