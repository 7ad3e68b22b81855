import { fail, formatPence, issue, type Issue, ok, type Result } from '@open-sds/kernel'
import { step, type Step } from '../explanation.js'
import { conversionText, weeklyFrom } from '../rounding.js'
import { freeServiceDecision } from '../rules/free-services.js'
import type { Service } from '../schemas/service.js'

const SERVICE_LABELS: Record<Service['kind'], string> = {
  'care-and-support': 'Care and support',
  reablement: 'Reablement',
  'intermediate-care': 'Intermediate care',
  'aids-and-minor-adaptations': 'Aids and minor adaptations',
  'mental-health-aftercare-s117': 'Section 117 after-care',
  'variant-cjd': 'Care for variant CJD',
  assessment: 'Assessment',
  'support-planning': 'Support planning',
  review: 'Review',
  advocacy: 'Advocacy',
}

const weeklyCost = (service: Service): number =>
  service.kind === 'aids-and-minor-adaptations' ? 0 : weeklyFrom(service.cost.amountPence, service.cost.per, 'down')

export type CostOfCare = { weeklyPence: number; chargeable: number }

/** The weekly cost of the chargeable services; free ones are listed with the reason and leave the cost untouched. Explanation lines go to `steps` when given. */
export function costOfCare(
  services: readonly Service[],
  pathOf: (index: number) => string,
  steps?: Step[],
): Result<CostOfCare> {
  const issues: Issue[] = []
  let total = 0
  let chargeable = 0
  for (let index = 0; index < services.length; index += 1) {
    const service = services[index]!
    const decision = freeServiceDecision(service)
    if (decision.free) {
      steps?.push(
        step('free-service', `${service.label ?? SERVICE_LABELS[service.kind]}: free. ${decision.reason}.`, {
          weeklyPence: 0,
          source: decision.source,
        }),
      )
      continue
    }
    if ('notAssessed' in decision) {
      issues.push(issue(`${pathOf(index)}.oneOffCostPence`, `${decision.reason}: leave it out of this assessment`))
      continue
    }
    // A cost of care counts against the person, so a fraction of a penny is left out (reg 11).
    const weekly = weeklyCost(service)
    chargeable += 1
    total += weekly
    if (steps) {
      const converted =
        service.kind !== 'aids-and-minor-adaptations'
          ? conversionText(formatPence(service.cost.amountPence), service.cost.per, 'down')
          : ''
      const why = service.kind === 'care-and-support' ? '' : ` ${decision.reason}.`
      steps.push(
        step(
          'service',
          `${service.label ?? SERVICE_LABELS[service.kind]}: ${formatPence(weekly)} a week${converted}.${why}`,
          { weeklyPence: weekly },
        ),
      )
    }
  }
  if (issues.length > 0) return fail(...issues)
  if (chargeable > 0)
    steps?.push(
      step(
        'service',
        `Weekly cost of the care you can be charged for: ${formatPence(total)}. Your charge can never be more than this.`,
        { weeklyPence: total, source: 'Care Act 2014 s14(4)' },
      ),
    )
  return ok({ weeklyPence: total, chargeable })
}
