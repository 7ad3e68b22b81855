import { hoursCaringBandOf } from '@open-sds/statutory-returns'
import { sql } from 'drizzle-orm'
import { selectRows, type Store } from '../store.js'
import type { ClientLevelDataSource } from './client-level-data.js'

type Num = number | string
const num = (value: Num): number => Number(value)
const truth = (value: boolean | number | null): boolean => value === true || value === 1

/** How a recurring carer's budget is paid, as the return's cost frequencies. */
const frequencyOf: Record<string, string> = { week: 'weekly', 'four-weeks': 'four-weekly', year: 'annually' }

/**
 * Where the council's carer's self-assessment asks the hours caring a week (its plugin's `carers.hoursCaring`): the
 * question's id and, for a question of choices, the band of each choice's value.
 */
export type HoursCaringQuestion = { questionId: string; answers?: Readonly<Record<string, string>> }
export const DEFAULT_HOURS_CARING_QUESTION: HoursCaringQuestion = { questionId: 'hours-caring' }

export type CarerRecords = {
  assessments: ClientLevelDataSource['assessments']
  services: ClientLevelDataSource['services']
  /** For each carer with an event in the period: the hours band, how many adults, and whom (known to the council). */
  caring: Map<
    string,
    { hoursPerWeekBand: string; adultsCaredFor: number; caredForPersonIds: string[]; knownByAssociation?: boolean }
  >
}

/**
 * Carers' own events for the Client Level Data return (issue 16), as client type unpaid carer: each carer's
 * assessment whose latest determination fell in the period, and each agreed carer's budget as a carer support service
 * direct to the carer with its delivery mechanism (a one-off budget starts and ends on the day it was agreed; a
 * recurring one runs until a later version replaces it). Replacement care is the cared-for person's, not here.
 */
export async function carerRecords(
  store: Store,
  period: { from: number; until: number; start: string; end: string },
  day: (ms: number) => string,
  hoursCaring: HoursCaringQuestion = DEFAULT_HOURS_CARING_QUESTION,
): Promise<CarerRecords> {
  const rows = <Row>(query: ReturnType<typeof sql>) => selectRows<Row>(store, query)
  const { from, until, start, end } = period
  const used = new Set<string>()

  const assessments: CarerRecords['assessments'] = []
  for (const row of await rows<{
    id: string
    personId: string
    submittedAt: Num
    decidedAt: Num
    eligible: boolean | number
  }>(sql`
    select a.id, a.carer_person_id as "personId", a.submitted_at as "submittedAt", d.decided_at as "decidedAt", d.eligible
    from carer_assessments a join carer_determinations d on d.carer_assessment_id = a.id
    where d.decided_at >= ${from} and d.decided_at < ${until}
      and d.decided_at = (select max(x.decided_at) from carer_determinations x where x.carer_assessment_id = a.id and x.decided_at < ${until})
    order by d.decided_at, a.id`)) {
    if (assessments.some((each) => each.id === `carer-assessment-${row.id}`)) continue
    used.add(row.personId)
    const eligible = truth(row.eligible)
    assessments.push({
      id: `carer-assessment-${row.id}`,
      personId: row.personId,
      clientType: 'unpaid-carer',
      start: day(num(row.submittedAt)),
      end: day(num(row.decidedAt)),
      description: 'Carer’s assessment: regulation 3 determination on the carer’s self-assessment',
      assessmentType: 'unpaid-carer',
      eligibleNeeds: eligible ? 'yes' : 'no',
      method: 'supported-self-assessment',
      outcome: eligible ? 'progress-to-support-planning' : 'nfa-information-and-advice',
    })
  }

  const services: CarerRecords['services'] = []
  const plans = await rows<{
    id: string
    personId: string
    agreedAt: Num
    kind: string
    per: string | null
    amount: Num
    delivery: string
  }>(sql`
    select id, carer_person_id as "personId", agreed_at as "agreedAt", budget_kind as kind, budget_per as per,
           amount_pence as amount, delivery
    from carer_plans where agreed_at < ${until} order by carer_person_id, agreed_at, id`)
  plans.forEach((plan, index) => {
    const next = plans[index + 1]
    const began = day(num(plan.agreedAt))
    const replacedOn = next && next.personId === plan.personId ? day(num(next.agreedAt)) : undefined
    const ended = plan.kind === 'one-off' ? began : replacedOn
    if (began > end || (ended !== undefined && ended < start)) return
    used.add(plan.personId)
    services.push({
      id: `carer-support-${plan.id}`,
      personId: plan.personId,
      clientType: 'unpaid-carer',
      start: began,
      ...(ended === undefined ? {} : { end: ended }),
      ...(ended === undefined
        ? {}
        : { outcome: plan.kind === 'one-off' ? 'support-ended-as-planned' : 'continuation-of-support' }),
      description: 'Carer’s personal budget from their support plan',
      serviceType: 'carer-direct',
      component: 'other-carer-support',
      deliveryMechanism: plan.delivery,
      unitCostPence: num(plan.amount),
      costFrequency: plan.kind === 'one-off' ? 'one-off' : (frequencyOf[plan.per ?? ''] ?? 'weekly'),
    })
  })

  const caring: CarerRecords['caring'] = new Map()
  for (const personId of used) {
    const [answers] = await rows<{ answers: unknown }>(sql`
      select answers from carer_assessments where carer_person_id = ${personId} and status = 'submitted'
      order by submitted_at desc, id desc limit 1`)
    const parsed = typeof answers?.answers === 'string' ? (JSON.parse(answers.answers) as unknown) : answers?.answers
    const hours = (parsed as Record<string, unknown> | undefined)?.[hoursCaring.questionId]
    const caredFor = await rows<{ caredForPersonId: string | null }>(sql`
      select cared_for_person_id as "caredForPersonId" from caring_relationships where carer_person_id = ${personId}
      order by created_at, id`)
    caring.set(personId, {
      hoursPerWeekBand: hoursCaringBandOf(hours, hoursCaring.answers),
      adultsCaredFor: caredFor.length,
      // The return names up to three people cared for, by the council's own ids: those it does not know have none.
      caredForPersonIds: caredFor
        .flatMap((each) => (each.caredForPersonId === null ? [] : [each.caredForPersonId]))
        .slice(0, 3),
    })
  }
  // Carers known to the council only by association: linked to someone it knows, with no assessment of their own
  // (never sent one). The return gives them a row of person details, no event, beside a person they care for who is
  // in the file (the package decides that).
  for (const row of await rows<{ personId: string; caredForPersonId: string }>(sql`
    select r.carer_person_id as "personId", r.cared_for_person_id as "caredForPersonId"
    from caring_relationships r
    where r.cared_for_person_id is not null and r.created_at < ${until}
      and not exists (select 1 from carer_assessments a where a.carer_person_id = r.carer_person_id and a.status = 'submitted')
    order by r.carer_person_id, r.created_at, r.id`)) {
    if (used.has(row.personId)) continue
    const known = caring.get(row.personId)
    if (known === undefined)
      caring.set(row.personId, {
        hoursPerWeekBand: 'unknown',
        adultsCaredFor: 1,
        caredForPersonIds: [row.caredForPersonId],
        knownByAssociation: true,
      })
    else if (known.caredForPersonIds.length < 3) {
      known.caredForPersonIds.push(row.caredForPersonId)
      known.adultsCaredFor += 1
    }
  }
  return { assessments, services, caring }
}
