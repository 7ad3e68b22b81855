import { CarersPolicySchema } from '@open-sds/carers'
import { CouncilPolicySchema } from '@open-sds/charging'
import { DirectPaymentPolicySchema } from '@open-sds/direct-payments'
import { QuestionnaireDefinitionSchema, SectionSchema } from '@open-sds/questionnaire'
import { RasConfigSchema } from '@open-sds/ras'
import { RiskMatrixSchema } from '@open-sds/safeguarding'
import { z } from 'zod'
import { SurveysSlotSchema } from './surveys-slot.js'
import { OutcomeFrameworksSlotSchema } from './outcome-frameworks-slot.js'
import { ServicesSlotSchema } from './services-slot.js'
import { WorkQueuesSlotSchema } from './work-queues-slot.js'
import { BudgetsSlotSchema } from './budgets-slot.js'
import { SignInSlotSchema } from './sign-in-slot.js'
import { DirectorySlotSchema } from './directory-slot.js'
import { NotificationsSlotSchema } from './notifications-slot.js'

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

export const SelfAssessmentSlotSchema = z.discriminatedUnion('mode', [
  ReplaceSelfAssessmentSchema,
  ExtendSelfAssessmentSchema,
])
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

/**
 * The council's charging policy: taper, standard disability-related expenditure allowance and what it covers, higher
 * MIG or capital limits, minimum charge, rate overrides for a year and an optional policy function (see
 * @open-sds/charging's README). A later plugin replaces the whole policy: a charging policy is one decision, and
 * half of one council's policy over half of another's would be neither council's.
 */
export const ChargingPolicySlotSchema = CouncilPolicySchema
export type ChargingPolicySlot = z.infer<typeof ChargingPolicySlotSchema>

/**
 * The council's direct-payment policy (@open-sds/direct-payments): how often and when payments are made, the
 * contingency it allows and the balance it treats as a surplus (in weeks of the payment), how often returns are due,
 * allowances added to a budget (such as employer's liability insurance) and the format of its prepaid-card statements.
 * Every field has a default (four-weekly in advance, 4 weeks, 8 weeks, quarterly), filled in when the plugin is
 * validated. A later plugin replaces the whole policy, as with charging.
 */
export const DirectPaymentPolicySlotSchema = DirectPaymentPolicySchema
export type DirectPaymentPolicySlot = z.infer<typeof DirectPaymentPolicySlotSchema>

/**
 * The council's carers' policy (@open-sds/carers): its carer's self-assessment questionnaire, its carers' allocation
 * tables (bands, one-off or recurring, the maximum, each from its effective date) and whether it charges carers (by
 * default not). Every field defaults, filled in when the plugin is validated. A later plugin replaces the whole policy.
 */
export const CarersSlotSchema = CarersPolicySchema
export type CarersSlot = z.infer<typeof CarersSlotSchema>

/**
 * The council's likelihood x impact risk matrix (scales, scores, thresholds and labels), used to rate the risks a person
 * chooses to take. The national defaults supply the seed's 5 x 5 red/amber/green matrix; a later plugin replaces it
 * whole. A stored rating keeps the matrix id and version it was made with, so a new matrix never rewrites it.
 */
export const RiskMatrixSlotSchema = z.strictObject({ matrix: RiskMatrixSchema })
export type RiskMatrixSlot = z.infer<typeof RiskMatrixSlotSchema>

/** Co-production survey sets and the statements they are tied to (@open-sds/coproduction); see surveys-slot.ts. */
export { SurveysSlotSchema, type SurveysSlot } from './surveys-slot.js'

/** Outcome frameworks added beside the national ones (@open-sds/outcomes); see outcome-frameworks-slot.ts. */
export { OutcomeFrameworksSlotSchema, type OutcomeFrameworksSlot } from './outcome-frameworks-slot.js'

/** Which services the instance runs and who runs the rest; see services-slot.ts. */
export { ServicesSlotSchema, type ServicesSlot } from './services-slot.js'

/** How long unallocated work may wait before the queue flags it; see work-queues-slot.ts. */
export { WorkQueuesSlotSchema, type WorkQueuesSlot } from './work-queues-slot.js'

/** How long a budget worked out by hand takes; see budgets-slot.ts. */
export { BudgetsSlotSchema, type BudgetsSlot } from './budgets-slot.js'

/** Whether staff must sign in with a second factor; see sign-in-slot.ts. */
export { SignInSlotSchema, type SignInSlot } from './sign-in-slot.js'

/** The service directory's towns and postcode districts; see directory-slot.ts. */
export { DirectorySlotSchema, type DirectorySlot } from './directory-slot.js'

/** How messages go out through GOV.UK Notify, and the letters' header; see notifications-slot.ts. */
export { NotificationsSlotSchema, type NotificationsSlot } from './notifications-slot.js'

/** Every slot is optional in a plugin; the manifest spreads this shape, so a new slot is one new line here. */
export const pluginSlotShape = {
  questionnaires: QuestionnairesSlotSchema.optional(),
  ras: RasSlotSchema.optional(),
  chargingPolicy: ChargingPolicySlotSchema.optional(),
  directPaymentPolicy: DirectPaymentPolicySlotSchema.optional(),
  carers: CarersSlotSchema.optional(),
  riskMatrix: RiskMatrixSlotSchema.optional(),
  surveys: SurveysSlotSchema.optional(),
  outcomeFrameworks: OutcomeFrameworksSlotSchema.optional(),
  services: ServicesSlotSchema.optional(),
  workQueues: WorkQueuesSlotSchema.optional(),
  budgets: BudgetsSlotSchema.optional(),
  signIn: SignInSlotSchema.optional(),
  directory: DirectorySlotSchema.optional(),
  notifications: NotificationsSlotSchema.optional(),
}

/** The slots a plugin or a composition has set. */
export const PluginSlotsSchema = z.strictObject(pluginSlotShape)
export type PluginSlots = z.infer<typeof PluginSlotsSchema>
export type PluginSlotName = keyof PluginSlots
export const PLUGIN_SLOT_NAMES = Object.keys(pluginSlotShape) as PluginSlotName[]
