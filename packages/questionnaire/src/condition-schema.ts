import { z } from 'zod'
import { IdSchema, OptionValueSchema } from './ids.js'

/**
 * When a question is shown, from answers given earlier. Every comparison is false while the question it
 * looks at is unanswered or hidden, so a follow-up never appears before the answer it follows from.
 */
export type Condition =
  | { op: 'equals'; question: string; value: string | number | boolean }
  | { op: 'not-equals'; question: string; value: string | number | boolean }
  | { op: 'includes'; question: string; value: string }
  | { op: 'answered'; question: string }
  | { op: 'greater-than'; question: string; value: number }
  | { op: 'less-than'; question: string; value: number }
  | { op: 'all'; conditions: Condition[] }
  | { op: 'any'; conditions: Condition[] }

export type ConditionOp = Condition['op']

const ComparableValueSchema = z.union([z.string(), z.number(), z.boolean()])

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.discriminatedUnion('op', [
    z.strictObject({ op: z.literal('equals'), question: IdSchema, value: ComparableValueSchema }),
    z.strictObject({ op: z.literal('not-equals'), question: IdSchema, value: ComparableValueSchema }),
    z.strictObject({ op: z.literal('includes'), question: IdSchema, value: OptionValueSchema }),
    z.strictObject({ op: z.literal('answered'), question: IdSchema }),
    z.strictObject({ op: z.literal('greater-than'), question: IdSchema, value: z.number() }),
    z.strictObject({ op: z.literal('less-than'), question: IdSchema, value: z.number() }),
    z.strictObject({ op: z.literal('all'), conditions: z.array(ConditionSchema).min(1) }),
    z.strictObject({ op: z.literal('any'), conditions: z.array(ConditionSchema).min(1) }),
  ]),
)
