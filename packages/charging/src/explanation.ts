/** What kind of line an explanation step is, so a portal can group or style them. */
export type StepKind =
  | 'rates'
  | 'policy'
  | 'service'
  | 'free-service'
  | 'light-touch'
  | 'capital'
  | 'capital-ignored'
  | 'tariff'
  | 'full-cost'
  | 'income'
  | 'income-ignored'
  | 'income-partly-ignored'
  | 'assessable-income'
  | 'allowance'
  | 'allowance-part'
  | 'remainder'
  | 'taper'
  | 'charge'
  | 'note'

/**
 * One line of an explanation, in plain English with its amounts in pounds and pence. `weeklyPence` is the
 * weekly amount the line is about (capital lines carry `capitalPence` instead); `source` cites the rule or rate.
 */
export type Step = {
  kind: StepKind
  text: string
  weeklyPence?: number
  capitalPence?: number
  source?: string
}

export const step = (kind: StepKind, text: string, extra: Omit<Step, 'kind' | 'text'> = {}): Step => ({
  kind,
  text,
  ...extra,
})
