/** The lock every change of a transfer's state takes (confirm, expire, repair), so they happen one at a time per order. */
export const transferLockKey = (orderId: string) => `karya-transfer:${orderId}`
