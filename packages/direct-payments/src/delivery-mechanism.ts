import { formatPence } from '@open-sds/kernel'
import type { Account } from './agreement-schema.js'
import { budgetByAccount } from './agreement.js'

/** Client Level Data's delivery mechanism, in @open-sds/statutory-returns' codes. */
export type DeliveryMechanism = 'direct-payment' | 'cassr-managed-personal-budget'

/**
 * How the services an agreement pays for are delivered, for Client Level Data: money the person (or a nominated or
 * authorised person) holds, on their own account, a prepaid card or through a managed account acting for them, is a
 * Direct Payment; an individual service fund, which a provider holds and the council pays, is a CASSR Managed
 * Personal Budget (statutory-returns.md; direct-payments.md section 3).
 */
export function deliveryMechanismOf(account: Pick<Account, 'type'>): DeliveryMechanism {
  return account.type === 'individual-service-fund' ? 'cassr-managed-personal-budget' : 'direct-payment'
}

/** A support plan's personal budget split the ways it is held (support-planning's funding), in pence a week. */
export type FundingShares = {
  directPaymentWeeklyPence: number
  managedAccountWeeklyPence: number
  individualServiceFundWeeklyPence: number
}

/** A plan's weekly budget by Client Level Data delivery mechanism, each with why its shares count as they do. */
export type PlanDeliveryMechanisms = Record<DeliveryMechanism, number> & { explanation: string[] }

type Share = keyof FundingShares

const shareWords: Record<Share, string> = {
  directPaymentWeeklyPence: 'direct payment',
  managedAccountWeeklyPence: 'managed account',
  individualServiceFundWeeklyPence: 'individual service fund',
}

// Without an agreement saying otherwise: a direct payment is one; a managed account in a plan is one the council
// holds (support-planning.md), and an individual service fund one a provider holds for it, both council-managed.
const shareDefault: Record<Share, DeliveryMechanism> = {
  directPaymentWeeklyPence: 'direct-payment',
  managedAccountWeeklyPence: 'cassr-managed-personal-budget',
  individualServiceFundWeeklyPence: 'cassr-managed-personal-budget',
}

const withoutAgreement: Record<Share, string> = {
  directPaymentWeeklyPence: 'the person holds the money',
  managedAccountWeeklyPence: 'no direct-payment agreement pays it, so the council holds it',
  individualServiceFundWeeklyPence: 'a provider holds it for the person and the council pays it',
}

const paidTo: Record<Account['type'], string> = {
  'own-bank-account': 'into the person’s own bank account',
  'prepaid-card': 'onto a prepaid card',
  'managed-account': 'into a managed account a provider runs for the person',
  'individual-service-fund': 'to a provider holding it as an individual service fund',
}

const mechanismWords: Record<DeliveryMechanism, string> = {
  'direct-payment': 'Direct Payment',
  'cassr-managed-personal-budget': 'CASSR Managed Personal Budget',
}

/**
 * The plan's weekly budget by delivery mechanism, given the account types of the direct-payment agreements made for
 * it. A share paid under an agreement counts as the agreement's account makes it (`deliveryMechanismOf`): so a plan's
 * managed account paid as a direct payment into a managed account a provider such as a DP support service runs for
 * the person (direct-payments.md section 3, Gloucestershire 5.4) is a Direct Payment, while one the council holds is
 * a CASSR Managed Personal Budget, as is an individual service fund (direct-payments.md section 3; statutory-returns.md
 * section 4). ASCOF 3D counts a Direct Payment towards both its self-directed and its direct-payment shares, a CASSR
 * Managed Personal Budget towards the first only (statutory-returns.md section 5).
 */
export function planDeliveryMechanisms(
  shares: FundingShares,
  agreementAccountTypes: readonly Account['type'][],
): PlanDeliveryMechanisms {
  const result: PlanDeliveryMechanisms = {
    'direct-payment': 0,
    'cassr-managed-personal-budget': 0,
    explanation: [],
  }
  for (const share of Object.keys(shareWords) as Share[]) {
    const pence = shares[share]
    if (pence <= 0) continue
    const paidBy = agreementAccountTypes.find((type) => budgetByAccount[type] === share)
    const mechanism = paidBy === undefined ? shareDefault[share] : deliveryMechanismOf({ type: paidBy })
    result[mechanism] += pence
    const why = paidBy === undefined ? withoutAgreement[share] : `a direct-payment agreement pays it ${paidTo[paidBy]}`
    result.explanation.push(
      `${formatPence(pence)} a week by ${shareWords[share]} is ${mechanismWords[mechanism]}: ${why} (statutory-returns.md; direct-payments.md section 3).`,
    )
  }
  return result
}
