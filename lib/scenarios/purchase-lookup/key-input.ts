import { z } from 'zod';

/**
 * Ids are positive integers written without leading zeros, within the relational INTEGER range:
 * "007" and "7" would be the same row in the join but two different DynamoDB keys, so only the
 * canonical spelling is accepted.
 */
export const idSchema = z
  .string()
  .trim()
  .regex(/^[1-9][0-9]{0,9}$/, 'must be a positive integer without leading zeros')
  .refine((value) => Number(value) <= 2_147_483_647, 'is too large');

export const purchaseKeySchema = z.object({ customerId: idSchema, purchaseId: idSchema });

/** Workshop routes: both ids, or neither (then a random existing purchase is answered). */
export const optionalPurchaseKeySchema = z
  .object({ customerId: idSchema.optional(), purchaseId: idSchema.optional() })
  .refine((value) => (value.customerId === undefined) === (value.purchaseId === undefined), {
    message: 'give both customerId and purchaseId, or neither for a random purchase',
  });

