import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { compareItemWithStaging } from '@/lib/scenarios/purchase-lookup/migration/compare-item';
import { purchaseDetailNames, stagingColumns, type StagingRow } from '@/lib/scenarios/purchase-lookup/purchase';

const row = Object.fromEntries(stagingColumns.map((c) => [c, `${c.toLowerCase()}-value`])) as StagingRow;
row.CUSTOMER_ID = '7';
row.PURCHASE_ID = '70';

function itemFor(source: StagingRow): Record<string, AttributeValue> {
  return {
    customer_id: { S: source.CUSTOMER_ID },
    purchase_id: { S: source.PURCHASE_ID },
    purchase_details: { M: Object.fromEntries(purchaseDetailNames.map((n) => [n, { S: source[n] }])) },
  };
}

describe('compareItemWithStaging', () => {
  it('finds nothing for an item made exactly as the mapping says', () => {
    expect(compareItemWithStaging(itemFor(row), row)).toEqual([]);
  });

  it('reports a missing item', () => {
    expect(compareItemWithStaging(undefined, row)).toEqual([{ customerId: '7', purchaseId: '70', field: '(item)', expected: 'present', actual: 'missing' }]);
  });

  it('reports a changed value, a wrong type, a missing and an extra attribute', () => {
    const item = itemFor(row);
    const map = item.purchase_details!.M!;
    map.QUANTITY_2 = { S: 'changed' };
    map.PRODUCT_PRICE_1 = { N: '1' };
    delete map.SELLER_TEL_NUMBER_3;
    map.PURCHASE_DATE = { S: 'x' };
    item.extra = { S: 'y' };
    const fields = compareItemWithStaging(item, row).map((m) => `${m.field}:${m.actual}`);
    expect(fields.sort()).toEqual(
      [
        'extra:"y"',
        'purchase_details.PURCHASE_DATE:"x"',
        'purchase_details.QUANTITY_2:"changed"',
        'purchase_details.PRODUCT_PRICE_1:(type N)',
        'purchase_details.SELLER_TEL_NUMBER_3:(absent)',
      ].sort(),
    );
  });

  it('reports a purchase_details that is not a map', () => {
    const item = { ...itemFor(row), purchase_details: { S: '{}' } };
    expect(compareItemWithStaging(item, row).map((m) => m.field)).toEqual(['purchase_details']);
  });
});
