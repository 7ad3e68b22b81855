import { formatLongDate } from '@open-sds/kernel'
import { bandRangeText } from './bands.js'
import type { RasConfig } from './config-schema.js'
import type { Computation } from './compute.js'
import { formatPence } from '@open-sds/kernel'
import { pointsText } from './points.js'

export type StepKind =
  | 'domain-points'
  | 'total-points'
  | 'informal-support'
  | 'money'
  | 'addition'
  | 'subtotal'
  | 'limit'
  | 'result'
  | 'notice'
  /** A budget a practitioner worked out by hand: who, when and how (see set-by-hand.ts). */
  | 'by-hand'

/** One plain-English step of an explanation, with the amount it is about. */
export type Step = { kind: StepKind; text: string; points?: number; weeklyPence?: number }

export const INDICATIVE_NOTICE = 'This is an indicative budget: it can change when you plan your support'
export const ILLUSTRATIVE_NOTICE =
  'This RAS is illustrative: its questions, points and amounts are examples to show how the calculation works, not any council’s real figures'

/** The steps from answers to a weekly amount, in the order they were taken, in words a person can check. */
export function explain(config: RasConfig, c: Computation): Step[] {
  const steps: Step[] = c.byDomain.map((d) => ({
    kind: 'domain-points',
    text: `${d.title}: ${pointsText(d.points)}`,
    points: d.points,
  }))
  steps.push({ kind: 'total-points', text: `Total: ${pointsText(c.raw)}`, points: c.raw })
  if (c.informalSupport !== undefined)
    steps.push({ kind: 'informal-support', text: informalSupportText(c), points: c.afterAdjustment })
  steps.push({ kind: 'money', text: moneyText(c), weeklyPence: c.money.weeklyPence })
  for (const a of c.additions)
    steps.push({
      kind: 'addition',
      text: `${a.title} adds ${formatPence(a.weeklyPence)} a week`,
      weeklyPence: a.weeklyPence,
    })
  if (c.additions.length > 0) {
    steps.push({
      kind: 'subtotal',
      text: `Total before limits: ${formatPence(c.beforeLimits)} a week`,
      weeklyPence: c.beforeLimits,
    })
  }
  if (c.limit !== undefined) steps.push({ kind: 'limit', text: limitText(c.limit), weeklyPence: c.limit.weeklyPence })
  steps.push({
    kind: 'result',
    text: `Your indicative budget is ${formatPence(c.weeklyPence)} a week (${formatPence(c.weeklyPence * 52)} a year, over 52 weeks)`,
    weeklyPence: c.weeklyPence,
  })
  steps.push({ kind: 'notice', text: INDICATIVE_NOTICE })
  if (config.illustrative) steps.push({ kind: 'notice', text: ILLUSTRATIVE_NOTICE })
  steps.push({
    kind: 'notice',
    // The version and its date say which rules made the budget; the RAS's id is for systems, not for the person.
    text: `Worked out with ${config.title}, version ${config.version}, in effect from ${formatLongDate(config.effectiveFrom)}`,
  })
  return steps
}

function informalSupportText(c: Computation): string {
  const s = c.informalSupport
  if (s === undefined) return ''
  if (!s.answered) return `${s.title}: no answer given, so no reduction (${pointsText(c.raw)})`
  if (s.percent === 0) return `${s.title}: no reduction for your answer (${pointsText(c.raw)})`
  if (s.reduced === c.raw)
    return `${s.title}: ${s.percent}% of ${pointsText(c.raw)} rounds to 0, so your points stay at ${c.raw}`
  const base = `${s.title} reduces your points by ${s.percent}% (from ${c.raw} to ${s.reduced})`
  return c.afterAdjustment > s.reduced
    ? `${base}, but not below ${pointsText(c.afterAdjustment)}, so your points are ${c.afterAdjustment}`
    : base
}

function moneyText(c: Computation): string {
  const m = c.money
  if (m.method === 'price-per-point') {
    return `${pointsText(c.afterAdjustment)} at ${formatPence(m.pencePerPoint)} a point: ${formatPence(m.weeklyPence)} a week`
  }
  return `${pointsText(c.afterAdjustment)} falls in band ${bandRangeText(m.band)}: ${formatPence(m.weeklyPence)} a week`
}

function limitText(limit: NonNullable<Computation['limit']>): string {
  const amount = formatPence(limit.weeklyPence)
  switch (limit.kind) {
    case 'living-situation':
      return `The maximum for ${limit.label} is ${amount} a week, so your budget is capped at ${amount}`
    case 'maximum':
      return `The maximum for this RAS is ${amount} a week, so your budget is capped at ${amount}`
    case 'minimum':
      return `The minimum for this RAS is ${amount} a week, so your budget is raised to ${amount}`
  }
}
