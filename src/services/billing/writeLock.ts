import type { PayloadRequest } from 'payload'

import { transactionLock } from '../db/locks'

/** Serialises billing changes of one vendor on one platform until `req`'s transaction ends (all instances: Postgres). */
export const lockVendorBilling = (req: PayloadRequest, vendorId: number, platformId: number): Promise<void> =>
  transactionLock(req, `billing:${platformId}`, vendorId)
