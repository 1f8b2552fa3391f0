import { describe, expect, it } from 'vitest';
import { detailsFromStaging, purchaseDetailNames, purchaseFromDetails, purchaseFromLines, stagingColumns, type JoinedLine, type StagingRow } from '@/lib/scenarios/purchase-lookup/purchase';

const line = (seq: number, overrides: Partial<JoinedLine> = {}): JoinedLine => ({
  customerid: 12,
  purchaseid: 345,
  purchaseseq: seq,
  productname: `상품 ${seq}`,
  price: 1000 * seq,
  quantity: seq,
  telnumber: `02-000-000${seq}`,
  purchasedate: '2022-03-06',
  name: '김민준',
  address: '서울특별시 강남구 테헤란로 1',
  ...overrides,
});

function stagingOf(lines: JoinedLine[]): StagingRow {
  const row = Object.fromEntries(stagingColumns.map((c) => [c, ''])) as StagingRow;
  Object.assign(row, { CUSTOMER_ID: '12', PURCHASE_ID: '345', PURCHASE_DATE: '2022-03-06', CUSTOMER_NAME: '김민준', CUSTOMER_ADDRESS: '서울특별시 강남구 테헤란로 1' });
  for (const n of [1, 2, 3] as const) {
    const l = lines.find((x) => x.purchaseseq === n);
    row[`PURCHASE_SEQ_${n}`] = String(l?.purchaseseq ?? 0);
    row[`PRODUCT_NAME_${n}`] = l?.productname ?? '';
    row[`PRODUCT_PRICE_${n}`] = String(l?.price ?? 0);
    row[`QUANTITY_${n}`] = String(l?.quantity ?? 0);
    row[`SELLER_TEL_NUMBER_${n}`] = l?.telnumber ?? '';
  }
  return row;
}

describe('purchase reshaping', () => {
  it('gives the same JSON from the join lines and from the pivoted details', () => {
    for (const lines of [[line(1)], [line(2), line(1)], [line(1), line(2), line(3)]]) {
      const fromJoin = purchaseFromLines(lines);
      const fromItem = purchaseFromDetails({ customerId: '12', purchaseId: '345' }, detailsFromStaging(stagingOf(lines)));
      expect(JSON.stringify(fromItem)).toBe(JSON.stringify(fromJoin));
      expect(fromJoin?.items.map((i) => i.seq)).toEqual(lines.map((_, i) => i + 1));
    }
  });

  it('answers null for no lines', () => {
    expect(purchaseFromLines([])).toBeNull();
  });

  it('keeps exactly the 14 detail attributes of the mapping', () => {
    expect(purchaseDetailNames).toHaveLength(14);
    const details = detailsFromStaging(stagingOf([line(1)]));
    expect(Object.keys(details).sort()).toEqual([...purchaseDetailNames].sort());
    expect(details).not.toHaveProperty('PURCHASE_DATE');
    expect(details).not.toHaveProperty('PURCHASE_SEQ_1');
  });
});
