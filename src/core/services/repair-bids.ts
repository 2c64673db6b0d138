import { newRecordBase, nowIso } from '../model/common';
import type { RepairBid, RepairBidFields } from '../model/leader-side';
import type { ServiceContext } from './context';
import { editRecord, findRecord, refuseFuture } from './records';

const FUTURE = 'Log a repair attempt that already happened. Pick now or an earlier time.';

/** Logs a small repair attempt by either side, and whether it was received. */
export async function createRepairBid(ctx: ServiceContext, relationshipId: string, fields: RepairBidFields): Promise<RepairBid> {
  refuseFuture(ctx.now(), fields.at, 'at', FUTURE);
  return ctx.store.update(relationshipId, (journal) => {
    const bid: RepairBid = { ...newRecordBase(ctx), ...fields };
    journal.repairBids.push(bid);
    return bid;
  });
}

/** Rewords a bid or records later how it was received. */
export async function updateRepairBid(ctx: ServiceContext, relationshipId: string, id: string, fields: RepairBidFields): Promise<RepairBid> {
  refuseFuture(ctx.now(), fields.at, 'at', FUTURE);
  return ctx.store.update(relationshipId, (journal) => {
    const { list, next } = editRecord(journal.repairBids, id, 'repair attempt', fields, nowIso(ctx));
    journal.repairBids = list;
    return next;
  });
}

/** Removes a bid logged by mistake. */
export async function deleteRepairBid(ctx: ServiceContext, relationshipId: string, id: string): Promise<{ deleted: true }> {
  return ctx.store.update(relationshipId, (journal) => {
    const current = findRecord(journal.repairBids, id, 'repair attempt', 'id');
    journal.repairBids = journal.repairBids.filter((b) => b !== current);
    return { deleted: true as const };
  });
}
