import { detailsFromStaging, purchaseFromDetails, purchaseFromLines, type JoinedLine, type StagingRow } from '@/lib/scenarios/purchase-lookup/purchase';

/** The staging row and the join describe the same purchase (same date, same lines in the same slots). */
export function purchaseDetailsEqualJoin(row: StagingRow, lines: JoinedLine[]): boolean {
  const fromJoin = purchaseFromLines(lines);
  const fromStaging = purchaseFromDetails({ customerId: row.CUSTOMER_ID, purchaseId: row.PURCHASE_ID }, detailsFromStaging(row));
  const seqsMatch = [1, 2, 3].every((n) => row[`PURCHASE_SEQ_${n}` as keyof StagingRow] === (lines.some((l) => l.purchaseseq === n) ? String(n) : '0'));
  return JSON.stringify(fromJoin) === JSON.stringify(fromStaging) && lines.every((l) => l.purchasedate === row.PURCHASE_DATE) && seqsMatch;
}
