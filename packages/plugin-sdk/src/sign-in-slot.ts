import { z } from 'zod'
import type { ComposedConfiguration } from './configuration.js'

export const staffSecondFactorPolicies = ['optional', 'required'] as const
export type StaffSecondFactorPolicy = (typeof staffSecondFactorPolicies)[number]

/**
 * How staff sign in (issue 18, decision 033): whether every member of staff (practitioners, finance officers and
 * council administrators) must have a second factor, a one-time code from an app, or may choose to. Where
 * 'required', one without a second factor is taken to set one up after their password and reaches nothing else
 * until they have. 'optional' when not set. A later plugin's replaces an earlier one's whole.
 */
export const SignInSlotSchema = z.strictObject({
  staffSecondFactor: z
    .enum(staffSecondFactorPolicies, {
      error: (issue) =>
        `A second factor for staff must be 'optional' or 'required', not ${
          typeof issue.input === 'string' ? `'${issue.input}'` : typeof issue.input
        }`,
    })
    .optional(),
})
export type SignInSlot = z.infer<typeof SignInSlotSchema>

/** Whether the council requires staff to sign in with a second factor: the plugins' setting, or 'optional'. */
export const staffSecondFactorOf = (site: Pick<ComposedConfiguration, 'slots'>): StaffSecondFactorPolicy =>
  site.slots.signIn?.staffSecondFactor ?? 'optional'
