import { QuestionnaireDefinitionSchema, SectionSchema } from '@open-sds/questionnaire'
import { RasConfigSchema } from '@open-sds/ras'
import { z } from 'zod'

/*
 * Typed slots: the parts of a plugin that configure the domain packages. A slot that is still a placeholder accepts
 * only an empty object until its issue lands; then its schema is replaced by the real one exported by the domain
 * package, under the same key, so the manifest's shape does not change.
 */

/** A whole self-assessment questionnaire (SAQ), replacing whatever an earlier layer supplied. */
export const ReplaceSelfAssessmentSchema = z.strictObject({
  mode: z.literal('replace'),
  definition: QuestionnaireDefinitionSchema,
})

/** Sections added after those of the SAQ an earlier layer supplied: local questions on top of a shared SAQ. */
export const ExtendSelfAssessmentSchema = z.strictObject({
  mode: z.literal('extend'),
  sections: z.array(SectionSchema).min(1),
})

export const SelfAssessmentSlotSchema = z.discriminatedUnion('mode', [ReplaceSelfAssessmentSchema, ExtendSelfAssessmentSchema])
export type SelfAssessmentSlot = z.infer<typeof SelfAssessmentSlotSchema>

/**
 * Questionnaires. After composition the self-assessment is always in `replace` mode, holding the whole SAQ with every
 * extension applied, so a composed configuration is itself a valid layer.
 */
export const QuestionnairesSlotSchema = z.strictObject({ selfAssessment: SelfAssessmentSlotSchema.optional() })
export type QuestionnairesSlot = z.infer<typeof QuestionnairesSlotSchema>

/**
 * Resource allocation systems: every version the council publishes, each with its effective dates, so a stored
 * budget can be explained by the version that produced it. A later plugin replaces the whole list.
 */
export const RasSlotSchema = z.strictObject({ configs: z.array(RasConfigSchema).min(1) })
export type RasSlot = z.infer<typeof RasSlotSchema>

/** The council's charging policy and rate tables. Filled by issue 5 (@open-sds/charging). */
export const ChargingPolicySlotSchema = z.strictObject({})
export type ChargingPolicySlot = z.infer<typeof ChargingPolicySlotSchema>

/** Safeguarding risk matrix: likelihood and impact scales. Filled by issue 6 (@open-sds/safeguarding). */
export const RiskMatrixSlotSchema = z.strictObject({})
export type RiskMatrixSlot = z.infer<typeof RiskMatrixSlotSchema>

/** Co-production survey sets. Filled by issue 7 (@open-sds/coproduction). */
export const SurveysSlotSchema = z.strictObject({})
export type SurveysSlot = z.infer<typeof SurveysSlotSchema>

/** Every slot is optional in a plugin; the manifest spreads this shape, so a new slot is one new line here. */
export const pluginSlotShape = {
  questionnaires: QuestionnairesSlotSchema.optional(),
  ras: RasSlotSchema.optional(),
  chargingPolicy: ChargingPolicySlotSchema.optional(),
  riskMatrix: RiskMatrixSlotSchema.optional(),
  surveys: SurveysSlotSchema.optional(),
}

/** The slots a plugin or a composition has set. */
export const PluginSlotsSchema = z.strictObject(pluginSlotShape)
export type PluginSlots = z.infer<typeof PluginSlotsSchema>
export type PluginSlotName = keyof PluginSlots
export const PLUGIN_SLOT_NAMES = Object.keys(pluginSlotShape) as PluginSlotName[]
