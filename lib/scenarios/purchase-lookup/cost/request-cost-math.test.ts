import { describe, expect, it } from 'vitest';
import { costPerMillionLookups, defaultDynamoDbReadPrice, itemSizeBytes, readUnitsForItem } from '@/lib/scenarios/purchase-lookup/cost/request-cost-math';
import { explainDocumentOf, summarizePlan } from '@/lib/scenarios/purchase-lookup/cost/postgres-plan';

describe('request cost math', () => {
  it('sizes an item by DynamoDB rules: names, UTF-8 values, 3 bytes + 1 per element for a map', () => {
    expect(itemSizeBytes({ id: { S: 'abc' } })).toBe(5);
    // 홍 is 3 bytes in UTF-8.
    expect(itemSizeBytes({ n: { S: '홍길동' } })).toBe(1 + 9);
    expect(itemSizeBytes({ m: { M: { a: { S: 'x' }, bb: { S: 'yy' } } } })).toBe(1 + 3 + (1 + 1 + 1) + (2 + 2 + 1));
    expect(itemSizeBytes({ n: { N: '12345' } })).toBe(1 + 4);
  });

  it('charges half a unit per 4 KB for an eventually consistent read, one for a strong one', () => {
    expect(readUnitsForItem(900, false)).toBe(0.5);
    expect(readUnitsForItem(4096, true)).toBe(1);
    expect(readUnitsForItem(4097, false)).toBe(1);
    expect(costPerMillionLookups(0.5, defaultDynamoDbReadPrice)).toBeCloseTo(0.0625, 6);
  });

  it('reads buffers, index probes and rows from an EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) plan', () => {
    const plan = [
      {
        'QUERY PLAN': [
          {
            Plan: {
              'Node Type': 'Nested Loop',
              'Actual Rows': 2,
              'Actual Loops': 1,
              'Shared Hit Blocks': 17,
              'Shared Read Blocks': 2,
              Plans: [
                {
                  'Node Type': 'Nested Loop',
                  'Actual Rows': 2,
                  'Actual Loops': 1,
                  Plans: [
                    { 'Node Type': 'Index Scan', 'Relation Name': 'purchase', 'Index Name': 'purchase_pk', 'Actual Rows': 2, 'Actual Loops': 1 },
                    { 'Node Type': 'Index Scan', 'Relation Name': 'product', 'Index Name': 'product_pk', 'Actual Rows': 1, 'Actual Loops': 2 },
                  ],
                },
                { 'Node Type': 'Index Scan', 'Relation Name': 'customer', 'Index Name': 'customer_pk', 'Actual Rows': 1, 'Actual Loops': 2 },
              ],
            },
            'Planning Time': 0.2,
            'Execution Time': 0.08,
          },
        ],
      },
    ];
    const cost = summarizePlan(explainDocumentOf(plan));
    expect(cost).toMatchObject({ sharedHitBlocks: 17, sharedReadBlocks: 2, indexProbes: 5, joins: 2, rowsReturned: 2, rowsScanned: 6, executionMs: 0.08 });
    expect(cost.tables).toEqual(['customer', 'product', 'purchase']);
    expect(() => explainDocumentOf([{ nope: 1 }])).toThrow(/not an EXPLAIN/);
  });
});
