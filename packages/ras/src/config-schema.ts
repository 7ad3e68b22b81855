import { ConditionSchema, IdSchema, IsoDateSchema, OptionValueSchema } from '@open-sds/questionnaire'
import { z } from 'zod'

const TextSchema = z.string().trim().min(1)
/** Points are whole numbers, so every score falls in exactly one band of an allocation table. */
const PointsSchema = z.number().int().min(0)
const PenceSchema = z.number().int().min(0)
const PointsByOptionSchema = z.record(OptionValueSchema, PointsSchema)

export const SingleChoiceScoringSchema = z.strictObject({
  type: z.literal('single-choice'),
  question: IdSchema,
  /** Points for each option value. */
  points: PointsByOptionSchema,
})

export const MultipleChoiceScoringSchema = z.strictObject({
  type: z.literal('multiple-choice'),
  question: IdSchema,
  /** Points for each option value; the points of every option chosen are added up. */
  points: PointsByOptionSchema,
  /** The most this question can score however many options are chosen. */
  maxPoints: PointsSchema.optional(),
})

export const YesNoScoringSchema = z.strictObject({
  type: z.literal('yes-no'),
  question: IdSchema,
  yes: PointsSchema,
  no: PointsSchema,
})

export const NumberScoringSchema = z.strictObject({
  type: z.literal('number'),
  question: IdSchema,
  /** Points for each unit of the answer (e.g. per hour); the result is rounded down to whole points. */
  pointsPerUnit: z.number().min(0).max(1000),
  maxPoints: PointsSchema,
})

export const ScoringRuleSchema = z.discriminatedUnion('type', [
  SingleChoiceScoringSchema,
  MultipleChoiceScoringSchema,
  YesNoScoringSchema,
  NumberScoringSchema,
])

export const DomainSchema = z.strictObject({ id: IdSchema, title: TextSchema, scoring: z.array(ScoringRuleSchema) })

export const InformalSupportSchema = z.strictObject({
  /** How the step reads in an explanation, e.g. "Support from family and friends". */
  title: TextSchema,
  question: IdSchema,
  /** Whole-percent reduction of points for each answer (yes/no questions use "yes" and "no"). */
  reductionPercent: z.record(OptionValueSchema, z.number().int().min(0).max(100)),
  /** The reduction never takes points below this (nor raises them above what was scored). */
  floorPoints: PointsSchema,
})

export const BandSchema = z.strictObject({
  fromPoints: PointsSchema,
  /** Last point in the band, inclusive; null only for a last band that covers every higher score. */
  toPoints: PointsSchema.nullable(),
  weeklyPence: PenceSchema,
})

export const PricePerPointSchema = z.strictObject({ method: z.literal('price-per-point'), pencePerPoint: PenceSchema })
export const AllocationTableSchema = z.strictObject({ method: z.literal('bands'), bands: z.array(BandSchema).min(1) })
export const MoneyRuleSchema = z.discriminatedUnion('method', [PricePerPointSchema, AllocationTableSchema])

export const AdditionSchema = z.strictObject({
  id: IdSchema,
  /** How the step reads in an explanation: "Night support adds £80.00 a week". */
  title: TextSchema,
  when: ConditionSchema,
  weeklyPence: PenceSchema,
})

export const LivingSituationCapsSchema = z.strictObject({
  question: IdSchema,
  caps: z.array(
    z.strictObject({
      answer: OptionValueSchema,
      /** Completes "The maximum for …", e.g. "people in supported living". */
      label: TextSchema,
      weeklyPence: PenceSchema,
    }),
  ),
})

export const RasConfigSchema = z.strictObject({
  id: IdSchema,
  version: TextSchema,
  title: TextSchema,
  effectiveFrom: IsoDateSchema,
  /** Last day this version applies, inclusive. */
  effectiveTo: IsoDateSchema.optional(),
  /** True for made-up figures: every explanation then says so. */
  illustrative: z.boolean(),
  questionnaireId: IdSchema,
  /** Where the figures come from, e.g. the calibration run and the decision that approved it. */
  source: TextSchema.optional(),
  domains: z.array(DomainSchema).min(1),
  informalSupport: InformalSupportSchema.optional(),
  money: MoneyRuleSchema,
  additions: z.array(AdditionSchema),
  minimumWeeklyPence: PenceSchema,
  maximumWeeklyPence: PenceSchema,
  livingSituationCaps: LivingSituationCapsSchema.optional(),
  /**
   * Lets a higher score give a smaller budget: bands whose amounts fall, or additions, caps or the informal
   * support adjustment keyed to a question that also scores. Off by default, because a person who reports more
   * need should never be offered less; a council that means it must say so here and explain it.
   */
  allowNonMonotonic: z.boolean().optional(),
})

export type SingleChoiceScoring = z.infer<typeof SingleChoiceScoringSchema>
export type MultipleChoiceScoring = z.infer<typeof MultipleChoiceScoringSchema>
export type YesNoScoring = z.infer<typeof YesNoScoringSchema>
export type NumberScoring = z.infer<typeof NumberScoringSchema>
export type ScoringRule = z.infer<typeof ScoringRuleSchema>
export type Domain = z.infer<typeof DomainSchema>
export type InformalSupport = z.infer<typeof InformalSupportSchema>
export type Band = z.infer<typeof BandSchema>
export type MoneyRule = z.infer<typeof MoneyRuleSchema>
export type Addition = z.infer<typeof AdditionSchema>
export type LivingSituationCaps = z.infer<typeof LivingSituationCapsSchema>
export type RasConfig = z.infer<typeof RasConfigSchema>
