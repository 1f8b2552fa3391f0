import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { detailsFromStaging, purchaseDetailNames, type StagingRow } from '@/lib/scenarios/purchase-lookup/purchase';

export interface FieldMismatch {
  customerId: string;
  purchaseId: string;
  /** Attribute path, e.g. "purchase_details.QUANTITY_2", or "(item)" for a missing item. */
  field: string;
  expected: string;
  actual: string;
}

const topLevel = ['customer_id', 'purchase_id', 'purchase_details'] as const;

function describe(value: AttributeValue | undefined): string {
  if (value === undefined) return '(absent)';
  const [type] = Object.keys(value);
  if (type === 'S') return JSON.stringify(value.S);
  return `(type ${type ?? 'none'})`;
}

/**
 * Compares one DynamoDB item with the staging row it was made from, field by field, the way DMS
 * validation does: exactly the mapping's attributes, each of the mapping's type and value.
 */
export function compareItemWithStaging(item: Record<string, AttributeValue> | undefined, row: StagingRow): FieldMismatch[] {
  const where = { customerId: row.CUSTOMER_ID, purchaseId: row.PURCHASE_ID };
  if (!item) return [{ ...where, field: '(item)', expected: 'present', actual: 'missing' }];
  const mismatches: FieldMismatch[] = [];
  const check = (field: string, value: AttributeValue | undefined, expected: string) => {
    if (value?.S !== expected || Object.keys(value).length !== 1) mismatches.push({ ...where, field, expected: JSON.stringify(expected), actual: describe(value) });
  };
  for (const name of Object.keys(item)) {
    if (!(topLevel as readonly string[]).includes(name)) mismatches.push({ ...where, field: name, expected: '(absent)', actual: describe(item[name]) });
  }
  check('customer_id', item.customer_id, row.CUSTOMER_ID);
  check('purchase_id', item.purchase_id, row.PURCHASE_ID);
  const map = item.purchase_details?.M;
  if (!map) {
    mismatches.push({ ...where, field: 'purchase_details', expected: '(type M)', actual: describe(item.purchase_details) });
    return mismatches;
  }
  const details = detailsFromStaging(row);
  for (const name of Object.keys(map)) {
    if (!(purchaseDetailNames as readonly string[]).includes(name)) {
      mismatches.push({ ...where, field: `purchase_details.${name}`, expected: '(absent)', actual: describe(map[name]) });
    }
  }
  for (const name of purchaseDetailNames) check(`purchase_details.${name}`, map[name], details[name]);
  return mismatches;
}
