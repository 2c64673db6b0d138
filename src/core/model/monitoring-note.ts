import { z } from 'zod';
import { isoDateTime, markdown, recordBase } from './common';
import { MONITORING_KINDS } from './trust-items';

/** The fields of a monitoring note: one moment the leader caught their own distrust in action. */
export const monitoringNoteFields = {
  at: isoDateTime,
  kind: z.enum(MONITORING_KINDS, { message: 'Choose what you did.' }),
  note: markdown,
};

export const monitoringNoteSchema = z.strictObject({ ...recordBase, ...monitoringNoteFields });

export type MonitoringNote = z.infer<typeof monitoringNoteSchema>;
export type MonitoringNoteFields = Pick<MonitoringNote, 'at' | 'kind' | 'note'>;
