/** What kind of line an explanation step is, so a portal can group or style them. */
export type StepKind =
  | 'plan'
  | 'recipient'
  | 'account'
  | 'budget'
  | 'charge'
  | 'allowance'
  | 'payment'
  | 'period'
  | 'pro-rata'
  | 'one-off'
  | 'adjustment'
  | 'balance'
  | 'contingency'
  | 'surplus'
  | 'spend'
  | 'evidence'
  | 'review'
  | 'ending'
  | 'note'

/**
 * One line of an explanation, in plain English with its amount in pounds and pence written in the text. `pence` is
 * the amount the line is about, when it is about one; `source` cites the law, guidance or council practice behind it.
 */
export type Step = {
  kind: StepKind
  text: string
  pence?: number
  source?: string
}

export const step = (kind: StepKind, text: string, extra: Omit<Step, 'kind' | 'text'> = {}): Step => ({
  kind,
  text,
  ...extra,
})

/** Where the rules come from, cited in explanation lines. */
export const SOURCES = {
  section31: 'Care Act 2014, section 31',
  section32: 'Care Act 2014, section 32',
  section33: 'Care Act 2014, section 33',
  regulation7: 'Care and Support (Direct Payments) Regulations 2014, regulation 7',
  netOrGross: 'Care and Support Statutory Guidance, chapter 12 (net or gross payments)',
  onCosts: 'Care and Support Statutory Guidance, chapters 11 and 12 (employment on-costs)',
  employersLiability: "Employers' Liability (Compulsory Insurance) Act 1969: cover of at least £5 million",
  pensions: 'Pensions Act 2008 (workplace pension auto-enrolment)',
  dbsAuthorised: 'DBS checks for authorised persons (Gloucestershire direct payment policy 8.3 to 8.5)',
  flexibility: 'Think Local Act Personal (2011), the flexibility rule',
} as const
