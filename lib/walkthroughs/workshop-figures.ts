/**
 * The workshops' own measurements (../shared/seeds), shown beside the attendee's. Client-safe.
 */

export const lookupWorkshop = {
  /** "10만건 데이터를 마이그레이션하는데 14분 43초 소요되었습니다." */
  dmsRows: 100_000,
  dmsMs: (14 * 60 + 43) * 1_000,
  /** Gatling p95 of /legacy/selectPurchase and /msa/selectPurchase. */
  legacyP95Ms: 92,
  dynamodbP95Ms: 56,
  /** CloudWatch Get latency, settled. */
  getItemMs: 2,
  /** Gatling's "active: 2". */
  activeUsers: 2,
  /** "고객 1번의 구매번호 1번에는 3개의 아이템이 포함되어" */
  purchaseOneLines: 3,
} as const;

export const offerWorkshop = {
  stock: 3_000,
  concurrency: 150,
  requests: 3_000,
  /** ab against /order (Oracle, SELECT … FOR UPDATE). */
  legacySeconds: 100.827,
  legacyRps: 29.75,
  /** ab against /order-redis: every one of the 3,000 bodies was 12 bytes, "Out Of Stock". */
  redisSeconds: 24.927,
  redisRps: 120.35,
  redisUnitsSold: 0,
} as const;

/** DMS's rate in the workshop, rows per second. */
export const dmsRowsPerSecond = Math.round((lookupWorkshop.dmsRows * 1_000) / lookupWorkshop.dmsMs);
