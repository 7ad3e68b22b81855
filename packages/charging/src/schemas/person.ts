import { z } from 'zod'
import { flagField, wholeNumberField } from './fields.js'

/** The circumstances that set which minimum income guarantee applies (regulation 7). */
export const PersonSchema = z
  .strictObject({
    ageYears: wholeNumberField('Age', 18, 130, 'adult charging applies from 18'),
    /** Pension credit qualifying age depends on date of birth, so the caller says whether it has been reached. */
    pensionCreditAge: flagField('Whether the person has reached pension credit age'),
    memberOfCouple: flagField('Whether the person is a member of a couple').default(false),
    /**
     * For a member of a couple: whether their partner has reached pension credit age. The higher couple amount
     * applies when either has (reg 7(4)(b)), so it is needed unless the person has reached it themselves.
     */
    partnerPensionCreditAge: flagField('Whether the partner has reached pension credit age').optional(),
    /** Children the person is responsible for and lives with (reg 7(1)(b)); a single person with one is a lone parent (reg 7(3)). */
    dependentChildren: wholeNumberField('Number of dependent children', 0, 20).default(0),
    /** Of those children, how many qualify for the disabled child premium, and how many for the enhanced disability premium for a child (reg 7(7)). */
    disabledChildren: wholeNumberField('Number of children who qualify for the disabled child premium', 0, 20).default(
      0,
    ),
    enhancedDisabilityChildren: wholeNumberField(
      'Number of children who qualify for the enhanced disability premium for a child',
      0,
      20,
    ).default(0),
    /** Whether the person qualifies for these premiums under the benefit rules; the caller decides from their benefits. */
    disabilityPremium: flagField('Whether the person qualifies for the disability premium').default(false),
    enhancedDisabilityPremium: flagField('Whether the person qualifies for the enhanced disability premium').default(
      false,
    ),
    /** Whether the person qualifies for the carer premium (for example, entitled to Carer's Allowance) (reg 7(7)). */
    carerPremium: flagField('Whether the person qualifies for the carer premium').default(false),
  })
  .superRefine((person, ctx) => {
    // The premiums are part of the working-age MIG only (the pension-age MIG is set higher instead),
    // so a premium claimed at pension age is a mistake to correct, not a figure to add.
    if (person.pensionCreditAge && (person.disabilityPremium || person.enhancedDisabilityPremium)) {
      ctx.addIssue({
        code: 'custom',
        path: [person.disabilityPremium ? 'disabilityPremium' : 'enhancedDisabilityPremium'],
        message:
          'Disability premiums are added to the minimum income guarantee only for people under pension credit age; leave them false for this person',
      })
    }
    if (!person.memberOfCouple && person.partnerPensionCreditAge !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['partnerPensionCreditAge'],
        message:
          'Whether the partner has reached pension credit age applies only to a member of a couple: leave it out, or say the person is a member of a couple',
      })
    }
    for (const field of ['disabledChildren', 'enhancedDisabilityChildren'] as const) {
      if (person[field] > person.dependentChildren) {
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: `More children qualify for a premium (${person[field]}) than the person has dependent children (${person.dependentChildren}): count each child once in dependentChildren`,
        })
      }
    }
  })
export type Person = z.infer<typeof PersonSchema>
export type PersonInput = z.input<typeof PersonSchema>
