import { z } from 'zod'
import { ReferralSchema, type Referral } from './branding-schema.js'
import type { ComposedConfiguration } from './configuration.js'

/**
 * The services a portal can run. A council runs them all; a user-led organisation running its own instance is not
 * the council, so it does not assess, set budgets, charge or run safeguarding enquiries, and its pages must not
 * promise that it does.
 */
export const SERVICES = {
  'self-directed-support': {
    name: 'Personal budgets and support plans',
    covers: 'self-assessment, personal budgets, support plans, financial assessments and the council’s records',
  },
  'charging-estimate': {
    name: 'Estimate what you might pay',
    covers: 'the estimate of what a person might pay towards their care, under the council’s charging policy',
  },
  safeguarding: {
    name: 'Reporting a concern about an adult',
    covers: 'concerns that an adult is being harmed or neglected, and the council’s enquiries into them',
  },
  coproduction: {
    name: 'Surveys and feedback',
    covers: 'surveys, feedback and what changed because of them',
  },
} as const satisfies Record<string, { name: string; covers: string }>

export type ServiceId = keyof typeof SERVICES
export const SERVICE_IDS = Object.keys(SERVICES) as [ServiceId, ...ServiceId[]]

/**
 * Which services this instance runs, and who runs the rest. Leaving the slot out runs every service; a later
 * plugin's slot replaces an earlier one's whole, because what an instance offers is one decision.
 */
export const ServicesSlotSchema = z
  .strictObject({
    offered: z
      .array(z.enum(SERVICE_IDS, { error: `must be one of: ${SERVICE_IDS.join(', ')}` }))
      .refine((ids) => new Set(ids).size === ids.length, { error: 'lists a service more than once' }),
    /** Who people are sent to for the services this instance does not run: usually the council's adult social care. */
    referTo: ReferralSchema.optional(),
  })
  .refine((slot) => slot.offered.length === SERVICE_IDS.length || slot.referTo !== undefined, {
    path: ['referTo'],
    error: 'must name who runs the services this instance does not offer (name and phone), so nobody is left without',
  })
export type ServicesSlot = z.infer<typeof ServicesSlotSchema>

export type ServicesInForce = {
  offers(service: ServiceId): boolean
  /** Who runs the services not offered here; undefined when every service is offered. */
  referTo: Referral | undefined
}

/** The services the composed configuration runs: all of them unless a plugin's `services` slot says otherwise. */
export function servicesInForce(site: Pick<ComposedConfiguration, 'slots'>): ServicesInForce {
  const slot = site.slots.services
  const offered = new Set<ServiceId>(slot ? slot.offered : SERVICE_IDS)
  return {
    offers: (service) => offered.has(service),
    referTo: offered.size < SERVICE_IDS.length ? slot?.referTo : undefined,
  }
}
