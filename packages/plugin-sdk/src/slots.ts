import { z } from 'zod'

/*
 * Typed slots: the parts of a plugin that configure the domain packages. Each is a placeholder that accepts only an
 * empty object until its issue lands; then its schema is replaced by the real one exported by the domain package,
 * under the same key, so the manifest's shape does not change and composition (later plugin replaces) still holds.
 */

/** Self-assessment questionnaire: replace or extend the national default. Filled by issue 3 (@open-sds/questionnaire). */
export const QuestionnairesSlotSchema = z.strictObject({})
export type QuestionnairesSlot = z.infer<typeof QuestionnairesSlotSchema>

/** Resource allocation system settings: points, allocation table. Filled by issue 3 (@open-sds/ras). */
export const RasSlotSchema = z.strictObject({})
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

/** The slots a plugin or a composition has set; each one is whole, never merged. */
export const PluginSlotsSchema = z.strictObject(pluginSlotShape)
export type PluginSlots = z.infer<typeof PluginSlotsSchema>
export type PluginSlotName = keyof PluginSlots
export const PLUGIN_SLOT_NAMES = Object.keys(pluginSlotShape) as PluginSlotName[]
