/**
 * @module
 * The shape of every paginated list the API returns: `{ total, limit, offset, next, items }`.
 */
import { z } from 'zod'

/** A page of `item`s; `next` is the offset of the next page, null on the last. */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    total: z.number().int().nonnegative(),
    total_exact: z
      .boolean()
      .optional()
      .describe('false when `total` is a lower bound: matches are counted up to 10,000'),
    limit: z.number().int().positive(),
    offset: z.number().int().nonnegative(),
    next: z
      .number()
      .int()
      .nonnegative()
      .nullable()
      .describe('offset of the next page; null on the last'),
    items: z.array(item),
  })
}
