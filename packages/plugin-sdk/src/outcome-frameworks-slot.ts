import { FrameworkSchema, composeFrameworks, nationalFrameworks, type Framework } from '@open-sds/outcomes'
import { z } from 'zod'
import type { ComposedConfiguration } from './configuration.js'

/**
 * Outcome frameworks a plugin adds beside the national ones (*Putting People First*, *Our health, our care, our say*,
 * the Care Act wellbeing areas and eligibility outcomes): a council's own outcome statements, a user-led
 * organisation's peer-support goals. A later plugin's list replaces an earlier one's whole. No framework may reuse the
 * id of a national framework or of another in the list, so a plugin cannot quietly reword a national one.
 */
export const OutcomeFrameworksSlotSchema = z.strictObject({
  frameworks: z
    .array(FrameworkSchema)
    .min(1, { error: 'List at least one framework, or leave the outcomeFrameworks slot out' })
    .superRefine((frameworks, context) => {
      const composed = composeFrameworks(nationalFrameworks, frameworks)
      if (composed.ok) return
      for (const issue of composed.errors) {
        const path = issue.path
          .replace(/^extra\./, '')
          .split('.')
          .map((part) => (/^\d+$/.test(part) ? Number(part) : part))
        context.addIssue({ code: 'custom', path, message: issue.message })
      }
    }),
})
export type OutcomeFrameworksSlot = z.infer<typeof OutcomeFrameworksSlotSchema>

/** The national frameworks, then those the last plugin to set the `outcomeFrameworks` slot added. */
export function outcomeFrameworksInForce(site: Pick<ComposedConfiguration, 'slots'>): Framework[] {
  const composed = composeFrameworks(nationalFrameworks, site.slots.outcomeFrameworks?.frameworks ?? [])
  // The slot's schema runs the same composition when the plugin is validated, so this cannot fail at run time.
  if (!composed.ok)
    throw new Error(
      `The outcome frameworks in force do not compose: ${composed.errors.map((issue) => issue.message).join('; ')}`,
    )
  return composed.value
}
