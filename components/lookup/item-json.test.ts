import { describe, expect, it } from 'vitest';
import { itemJson } from '@/components/lookup/item-json';

describe('itemJson', () => {
  it('writes one attribute a line, opens a map one level, and stays valid JSON', () => {
    const item = { customer_id: { S: '7' }, purchase_details: { M: { PRODUCT_NAME_1: { S: '사과' }, QUANTITY_1: { S: '2' } } }, purchase_id: { S: '9' } };
    const text = itemJson(item);
    expect(text.split('\n')).toEqual([
      '{',
      '  "customer_id": {"S":"7"},',
      '  "purchase_details": {',
      '    "M": {',
      '      "PRODUCT_NAME_1": {"S":"사과"},',
      '      "QUANTITY_1": {"S":"2"}',
      '    }',
      '  },',
      '  "purchase_id": {"S":"9"}',
      '}',
    ]);
    expect(JSON.parse(text)).toEqual(item);
  });
});
