import {
  createConcern,
  decideSection42,
  openEnquiry,
  type Concern,
  type OpenEnquiry,
  type Result,
  type Section42Decision,
} from '@open-sds/safeguarding'

export function expectOk<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`Expected ok, got: ${JSON.stringify(result.errors)}`)
  return result.value
}

export function expectErrors<T>(result: Result<T>) {
  if (result.ok) throw new Error(`Expected errors, got: ${JSON.stringify(result.value)}`)
  return result.errors
}

export const now = new Date('2026-05-12T10:00:00Z')

export const identifiedConcernInput = {
  adultAtRisk: { personId: 'P-1001', name: 'Ada Example', dateOfBirth: '1950-06-01' },
  typesOfAbuse: ['financial-or-material'],
  whatHappened: 'A new "friend" has been taking her to the bank and she has withdrawn £3,000 this month.',
  locationOfRisk: 'own-home',
  sourceOfRisk: 'other-known-to-individual',
  raisedBy: { anonymous: false, relationship: 'family-member', name: 'Ben Example', contact: '01632 960000' },
  immediateSafety: { inImmediateDanger: 'no' },
}

export const concern = (input: unknown = identifiedConcernInput, reference = 'SG-2026-000001'): Concern =>
  expectOk(createConcern(input, { now, reference }))

const yes = (reason: string) => ({ answer: 'yes', reason })

export const section42Yes = (reference = 'SG-2026-000001'): Section42Decision =>
  expectOk(
    decideSection42(
      {
        concernReference: reference,
        decidedBy: 'practitioner-7',
        careAndSupportNeeds: yes('Dementia; receives home care four times a day'),
        abuseOrNeglect: yes('Unexplained withdrawals and a new person controlling her money'),
        unableToProtectSelf: yes('Cannot keep track of her money or recognise the pressure because of her dementia'),
      },
      { now },
    ),
  )

export const openSection42 = (): OpenEnquiry =>
  expectOk(openEnquiry(concern(), section42Yes(), { now, actor: 'practitioner-7', enquiryId: 'ENQ-1' }))

export const actionTaken = {
  risk: 'identified',
  actionTaken: true,
  action: 'Bank alerted; lasting power of attorney discussed',
  result: 'reduced',
} as const
