import { formatPence, ok, parse, type Result } from '@open-sds/kernel'
import { ServiceSchema, type Service, type ServiceInput } from '../schemas/service.js'

/** Minor adaptations are free up to this cost (charging.md: "aids and minor adaptations up to £1,000"). */
export const MINOR_ADAPTATION_LIMIT_PENCE = 100_000
export const FREE_WEEKS_OF_REABLEMENT = 6

export type FreeServiceDecision =
  | { free: true; reason: string; source: string }
  | { free: false; reason: string }
  /** A service this engine does not charge for and cannot assess; the assessment refuses it rather than guess. */
  | { free: false; reason: string; notAssessed: true }

const regs = 'Care and Support (Charging and Assessment of Resources) Regulations 2014, regulation 3'

// The decisions that never depend on the figures are made once: this runs for every person in a county at once.
const CARER: FreeServiceDecision = Object.freeze({
  free: true,
  reason:
    'A carer cannot be charged for support provided to the person they care for; any charge for it is assessed on the cared-for person',
  source: 'Care Act 2014 s14(3)',
})
const CHARGEABLE: FreeServiceDecision = Object.freeze({
  free: false,
  reason: 'Care and support is chargeable, subject to the financial assessment',
})
const AFTER_CARE: FreeServiceDecision = Object.freeze({
  free: true,
  reason: 'After-care under section 117 of the Mental Health Act 1983 is free',
  source: 'Mental Health Act 1983 s117; Care Act 2014 s14',
})
const VARIANT_CJD: FreeServiceDecision = Object.freeze({
  free: true,
  reason: 'Care and support for a person with variant Creutzfeldt-Jakob disease is free',
  source: regs,
})
const ALWAYS_FREE: FreeServiceDecision = Object.freeze({
  free: true,
  reason: 'Assessment, support planning, review and advocacy are always free',
  source: 'Care Act 2014 s14; Care and Support Statutory Guidance chapter 8',
})

export function freeServiceDecision(service: Service): FreeServiceDecision {
  if (service.providedTo === 'the-person-they-care-for') {
    return CARER
  }
  switch (service.kind) {
    case 'care-and-support':
      return CHARGEABLE
    case 'reablement':
    case 'intermediate-care': {
      const what = service.kind === 'reablement' ? 'Reablement' : 'Intermediate care'
      return service.weekOfService <= FREE_WEEKS_OF_REABLEMENT
        ? {
            free: true,
            reason: `${what} is free for up to the first ${FREE_WEEKS_OF_REABLEMENT} weeks (this is week ${service.weekOfService})`,
            source: regs,
          }
        : {
            free: false,
            reason: `${what} is free only for the first ${FREE_WEEKS_OF_REABLEMENT} weeks; this is week ${service.weekOfService}, so it is charged like other care`,
          }
    }
    case 'aids-and-minor-adaptations':
      return service.oneOffCostPence <= MINOR_ADAPTATION_LIMIT_PENCE
        ? {
            free: true,
            reason: `Aids and minor adaptations costing up to ${formatPence(MINOR_ADAPTATION_LIMIT_PENCE)} are free (this costs ${formatPence(service.oneOffCostPence)})`,
            source: regs,
          }
        : {
            free: false,
            notAssessed: true,
            reason: `An adaptation costing ${formatPence(service.oneOffCostPence)} is more than ${formatPence(MINOR_ADAPTATION_LIMIT_PENCE)}, so it is not a minor adaptation; this engine does not assess charges for major adaptations (usually met by a Disabled Facilities Grant)`,
          }
    case 'mental-health-aftercare-s117':
      return AFTER_CARE
    case 'variant-cjd':
      return VARIANT_CJD
    case 'assessment':
    case 'support-planning':
    case 'review':
    case 'advocacy':
      return ALWAYS_FREE
  }
}

/** Whether the rules say a service must be free, and why. */
export function isFreeService(service: ServiceInput): Result<FreeServiceDecision> {
  const parsed = parse(ServiceSchema, service, 'service')
  if (!parsed.ok) return parsed
  return ok(freeServiceDecision(parsed.value))
}
