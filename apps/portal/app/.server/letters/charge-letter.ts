import type { Step } from '@open-sds/charging'
import { formatLongDate, formatPence } from '@open-sds/kernel'
import type { LetterContent } from './pdf-letter'

/** The stored charging result a letter is written from: never recalculated (decision 052: the letter is as decided). */
export type ChargeLetterCharge = {
  weeklyChargePence: number
  weeklyCostOfCarePence: number
  explanation: readonly Step[]
  rulesVersion: string
  ratesYear: string
  policy: { name: string; version: string }
  /** YYYY-MM-DD: the day the assessment is for. */
  assessedFor: string
}

export type ChargeLetterInput = {
  personName: string
  /** YYYY-MM-DD in England: the day of the decision. */
  decidedOn: string
  /** A confirmation of what was sent, or a finance officer's correction with its reason. */
  decision: { kind: 'confirmed' } | { kind: 'corrected'; reason: string }
  charge: ChargeLetterCharge
  organisationName: string
}

/** The rules a charge letter was written under: the charging rules' version, the council's policy and the rates year. */
export const chargeLetterRules = (charge: ChargeLetterCharge) =>
  `${charge.rulesVersion}; ${charge.policy.name} version ${charge.policy.version}; rates for ${charge.ratesYear}`

/** A line's amount as the person reads it: a weekly amount, or a sum of capital. */
const amountOf = (line: Step) =>
  line.weeklyPence !== undefined
    ? `${formatPence(line.weeklyPence)} a week`
    : line.capitalPence !== undefined
      ? formatPence(line.capitalPence)
      : ''

/**
 * The weekly charge with every line of how @open-sds/charging worked it out (income counted and ignored, the minimum
 * income guarantee, disability-related costs, capital and tariff income), each with the regulation or rate it cites,
 * and the rules version (issue 15): what the council decided, in the words the person reads on its pages.
 */
export function chargeLetter(input: ChargeLetterInput): LetterContent {
  const { charge, decision } = input
  const weekly = formatPence(charge.weeklyChargePence)
  const corrected = decision.kind === 'corrected'
  return {
    title: corrected ? 'Your corrected charge for care and support' : 'Your charge for care and support',
    date: formatLongDate(input.decidedOn),
    greeting: `Dear ${input.personName},`,
    opening: [
      corrected
        ? `A finance officer has corrected your financial assessment. Your charge is now ${weekly} a week.`
        : `We have confirmed your financial assessment. You will pay ${weekly} a week towards the cost of your care and support.`,
      ...(corrected ? [`Why we corrected it: ${decision.reason}`] : []),
    ],
    sections: [
      {
        heading: 'Your charge',
        paragraphs: [],
        table: {
          headers: ['What', 'Amount'],
          rows: [
            ['Your weekly charge', `${weekly} a week`],
            ['The weekly cost of your care', `${formatPence(charge.weeklyCostOfCarePence)} a week`],
            ['Worked out for', formatLongDate(charge.assessedFor)],
          ],
        },
      },
      {
        heading: 'How your charge was worked out',
        paragraphs: [
          'Each line, in the order it was worked out, from what you told us in your financial assessment, with the rule or rate it comes from.',
        ],
        table: {
          headers: ['Line', 'Amount', 'Rule or rate'],
          widths: ['*', 90, 150],
          rows: charge.explanation.map((line) => [line.text, amountOf(line), line.source ?? '']),
        },
      },
      {
        heading: 'The rules we used',
        paragraphs: [
          'The Care Act 2014, sections 14 and 17, and the Care and Support (Charging and Assessment of Resources) Regulations 2014.',
          `This decision was made under: ${chargeLetterRules(charge)}.`,
        ],
      },
      {
        heading: 'If you disagree',
        paragraphs: [
          'Tell us if something has changed or you think a figure is wrong, within 28 days: reply to us, or send a secure message when you sign in. We will look again and tell you what we decide and why.',
          'You can also ask for your extra costs because of your disability to be listed one by one.',
        ],
      },
    ],
    closing: ['Yours sincerely,', input.organisationName],
  }
}
