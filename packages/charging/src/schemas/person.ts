import { z } from 'zod'
import { flagField, wholeNumberField } from './fields.js'

/** The circumstances that set which minimum income guarantee applies. */
export const PersonSchema = z
  .strictObject({
    ageYears: wholeNumberField('Age', 18, 130, 'adult charging applies from 18'),
    /** Pension credit qualifying age depends on date of birth, so the caller says whether it has been reached. */
    pensionCreditAge: flagField('Whether the person has reached pension credit age'),
    memberOfCouple: flagField('Whether the person is a member of a couple').default(false),
    dependentChildren: wholeNumberField('Number of dependent children', 0, 20).default(0),
    /** Whether the person qualifies for these premiums under the benefit rules; the caller decides from their benefits. */
    disabilityPremium: flagField('Whether the person qualifies for the disability premium').default(false),
    enhancedDisabilityPremium: flagField('Whether the person qualifies for the enhanced disability premium').default(false),
  })
  .superRefine((person, ctx) => {
    // The premiums are part of the working-age MIG only (the pension-age MIG is set higher instead),
    // so a premium claimed at pension age is a mistake to correct, not a figure to add.
    if (person.pensionCreditAge && (person.disabilityPremium || person.enhancedDisabilityPremium)) {
      ctx.addIssue({
        code: 'custom',
        path: [person.disabilityPremium ? 'disabilityPremium' : 'enhancedDisabilityPremium'],
        message: 'Disability premiums are added to the minimum income guarantee only for people under pension credit age; leave them false for this person',
      })
    }
  })
export type Person = z.infer<typeof PersonSchema>
export type PersonInput = z.input<typeof PersonSchema>
