import { sql } from 'drizzle-orm'
import { planDeliveryMechanisms } from '@open-sds/direct-payments'
import { referralEventOutcome } from '@open-sds/support-planning'
import { selectRows, type Store } from '../store.js'
import { carerRecords, type HoursCaringQuestion } from './client-level-data-carers.js'
import type { ReferralOutcome } from '../vocabulary.js'
import type { directPaymentAccountTypes } from '../schema/direct-payments.js'

type AccountType = (typeof directPaymentAccountTypes)[number]

/**
 * The portal's records described in the neutral words of @open-sds/statutory-returns, for a reporting period: the
 * package decides which events the file takes in and how each value is written. What each kind of record stands for:
 *
 * - request: a self-assessment started in the portal (from the community, online), ending when it was sent; and a
 *   request for help ("Ask for help"), from when it came until a worker closed it, with the outcome they chose (one
 *   that ended in information and advice only is counted as that);
 * - assessment: the practitioner's eligibility determination on it (long-term, supported self-assessment), ending
 *   on the first decision; its outcome and "eligible needs" come from the latest decision made by the period end;
 * - service: an authorised support plan, one service per delivery mechanism (Direct Payment; CASSR Managed Personal
 *   Budget), its shares (direct payment, managed account, individual service fund) counted as @open-sds/direct-payments'
 *   planDeliveryMechanisms says given the account types of the direct-payment agreements made for the plan by the
 *   period end, from the first authorisation that pays that way until an authorisation
 *   that stops it or the plan's end, carrying the weekly amount in force at the period end (the same event keeps its
 *   start date when the amount changes, as DHSC's de-duplication needs); and short-term support as recorded;
 * - review: a review of the support plan, ending when it was completed or led to a revised plan.
 *
 * Values are held as the portal recorded them; nothing is checked here, so the package can name what is wrong.
 */

export type ClientLevelDataPerson = {
  id: string
  nhsNumber?: string
  gender?: string
  ethnicity?: string
  dateOfBirth?: string
  dateOfDeath?: string
  postcode?: string
  primarySupportReason?: string
  accommodationStatus?: string
  employmentStatus?: string
  hasUnpaidCarer?: boolean
  clientFundingStatus?: string
  /** For an unpaid carer: the band of hours they care a week, how many adults, and those known here by id. */
  caring?: { hoursPerWeekBand: string; adultsCaredFor: number; caredForPersonIds: string[] }
}

type EventBase = {
  id: string
  personId: string
  /** 'unpaid-carer' for a carer's own events; left out, the person as someone needing support. */
  clientType?: string
  start: string
  end?: string
  description?: string
  outcome?: string
}

export type ClientLevelDataSource = {
  people: ClientLevelDataPerson[]
  requests: Array<EventBase & { routeOfAccess: string }>
  assessments: Array<EventBase & { assessmentType: string; eligibleNeeds?: string; method?: string }>
  services: Array<
    EventBase & {
      serviceType: string
      component: string
      deliveryMechanism?: string
      unitCostPence?: number
      costFrequency?: string
      plannedUnitsPerWeek?: number
    }
  >
  reviews: Array<EventBase & { reason: string; outcomesAchieved?: string; method?: string }>
}

export type ClientLevelDataPeriod = {
  /** Calendar dates in England, inclusive. */
  start: string
  end: string
  /** The date in England at an instant (pass the kernel's or the portal's; the database keeps no time-zone rules). */
  dateInEngland: (instant: Date) => string
  /** Where the council's carer's self-assessment asks the hours caring a week; the national question by default. */
  hoursCaring?: HoursCaringQuestion
}

export interface ClientLevelDataRepository {
  /** Everything that could fall in the period (a little more at its edges; the package filters by the day). */
  source(period: ClientLevelDataPeriod): Promise<ClientLevelDataSource>
}

const DAY = 86_400_000

/** The first instant of a date in England: midnight UTC, or an hour before it in summer time. */
export function startOfDayInEngland(date: string, dateInEngland: (instant: Date) => string): number {
  const midnightUtc = Date.parse(`${date}T00:00:00Z`)
  return dateInEngland(new Date(midnightUtc - 3_600_000)) === date ? midnightUtc - 3_600_000 : midnightUtc
}

const HOUR = 3_600_000

/**
 * `dateInEngland`, asked once per hour of the clock rather than once per record. England's clocks are always a whole
 * number of hours from UTC and change on the hour, so every instant in one UTC hour falls on the same date in England:
 * the answer for the hour is exact. Formatting a date in a time zone costs microseconds (milliseconds if the caller
 * builds a new formatter each time), and a large council's file asks it for hundreds of thousands of records.
 */
export function dayInEnglandByHour(dateInEngland: (instant: Date) => string): (ms: number) => string {
  const byHour = new Map<number, string>()
  return (ms) => {
    const hour = Math.floor(ms / HOUR)
    let date = byHour.get(hour)
    if (date === undefined) {
      date = dateInEngland(new Date(hour * HOUR))
      byHour.set(hour, date)
    }
    return date
  }
}

// PostgreSQL gives a bigint (a time, an amount, a count) as a string and a boolean as true or false, where SQLite gives
// numbers and 0 or 1: each value read below goes through one of these.
type Num = number | string
const num = (value: Num): number => Number(value)
const numOrNull = (value: Num | null): number | null => (value === null ? null : Number(value))
const truth = (value: boolean | number | null): boolean => value === true || value === 1

type PersonRow = {
  id: string
  dateOfBirth: string | null
  dateOfDeath: string | null
  nhsNumber: string | null
  gender: string | null
  ethnicity: string | null
  postcode: string | null
  primarySupportReason: string | null
  accommodationStatus: string | null
  employmentStatus: string | null
  hasUnpaidCarer: boolean | number | null
  clientFundingStatus: string | null
}

function neutralPerson(row: PersonRow): ClientLevelDataPerson {
  const person: ClientLevelDataPerson = { id: row.id }
  const copy = (
    key: Exclude<keyof ClientLevelDataPerson, 'id' | 'hasUnpaidCarer' | 'caring'>,
    value: string | null,
  ) => {
    if (value !== null && value !== '') person[key] = value
  }
  copy('nhsNumber', row.nhsNumber)
  copy('gender', row.gender)
  copy('ethnicity', row.ethnicity)
  copy('dateOfBirth', row.dateOfBirth)
  copy('dateOfDeath', row.dateOfDeath)
  copy('postcode', row.postcode)
  copy('primarySupportReason', row.primarySupportReason)
  copy('accommodationStatus', row.accommodationStatus)
  copy('employmentStatus', row.employmentStatus)
  copy('clientFundingStatus', row.clientFundingStatus)
  if (row.hasUnpaidCarer !== null) person.hasUnpaidCarer = truth(row.hasUnpaidCarer)
  return person
}

type Move = {
  planId: string
  personId: string
  at: number
  toStatus: string
  dp: number | null
  managed: number | null
  isf: number | null
}

// The ways a plan's money is held, as CLD delivery mechanisms: @open-sds/direct-payments says which share of the
// plan counts as which, given the direct-payment agreements made for it (a managed account paid as a direct payment
// through a provider is a Direct Payment; one the council holds, or an individual service fund, is not).
const mechanisms = [
  {
    key: 'dp',
    amount: (move: Move, accounts: readonly AccountType[]) => split(move, accounts)['direct-payment'],
    component: 'direct-payment',
    deliveryMechanism: 'direct-payment',
    words: 'direct payment',
  },
  {
    key: 'managed',
    amount: (move: Move, accounts: readonly AccountType[]) => split(move, accounts)['cassr-managed-personal-budget'],
    component: 'other-long-term',
    deliveryMechanism: 'cassr-managed-personal-budget',
    words: 'council-managed account or individual service fund',
  },
] as const

const split = (move: Move, accounts: readonly AccountType[]) =>
  planDeliveryMechanisms(
    {
      directPaymentWeeklyPence: move.dp ?? 0,
      managedAccountWeeklyPence: move.managed ?? 0,
      individualServiceFundWeeklyPence: move.isf ?? 0,
    },
    accounts,
  )

export function createClientLevelDataRepository(store: Store): ClientLevelDataRepository {
  const rows = <Row>(query: ReturnType<typeof sql>) => selectRows<Row>(store, query)
  return {
    async source({ start, end, dateInEngland, hoursCaring }) {
      const day = dayInEnglandByHour(dateInEngland)
      const from = startOfDayInEngland(start, dateInEngland)
      // The first instant after the period, by England's calendar.
      const until = startOfDayInEngland(
        new Date(Date.parse(`${end}T00:00:00Z`) + DAY).toISOString().slice(0, 10),
        dateInEngland,
      )
      const used = new Set<string>()

      const requests: ClientLevelDataSource['requests'] = []
      for (const row of await rows<{ id: string; personId: string; createdAt: Num; submittedAt: Num }>(sql`
        select id, person_id as "personId", created_at as "createdAt", submitted_at as "submittedAt" from assessments
        where status = 'submitted' and submitted_at >= ${from} and submitted_at < ${until} order by created_at, id`)) {
        used.add(row.personId)
        requests.push({
          id: `request-${row.id}`,
          personId: row.personId,
          start: day(num(row.createdAt)),
          end: day(num(row.submittedAt)),
          description: 'Self-assessment started in the portal',
          routeOfAccess: 'community-or-other',
          outcome: 'progress-to-assessment',
        })
      }

      for (const row of await rows<{
        id: string
        reference: string
        personId: string
        receivedAt: Num
        closedAt: Num
        outcome: ReferralOutcome
      }>(sql`
        select r.id, r.reference, l.person_id as "personId", r.received_at as "receivedAt", c.closed_at as "closedAt",
               c.outcome
        from referral_closings c join referrals r on r.id = c.referral_id join referral_links l on l.referral_id = r.id
        where c.closed_at >= ${from} and c.closed_at < ${until} order by r.received_at, r.id`)) {
        used.add(row.personId)
        requests.push({
          id: `referral-${row.id}`,
          personId: row.personId,
          start: day(num(row.receivedAt)),
          end: day(num(row.closedAt)),
          description: `Request for help ${row.reference}`,
          routeOfAccess: 'community-or-other',
          outcome: referralEventOutcome[row.outcome],
        })
      }

      const assessments: ClientLevelDataSource['assessments'] = []
      for (const row of await rows<{
        id: string
        personId: string
        submittedAt: Num
        firstAt: Num
        eligible: boolean | number
      }>(sql`
        with firsts as (
          select assessment_id, min(decided_at) as first_at from eligibility_decisions group by assessment_id
          having min(decided_at) >= ${from} and min(decided_at) < ${until}
        )
        select a.id, a.person_id as "personId", a.submitted_at as "submittedAt", f.first_at as "firstAt",
               (select d.eligible from eligibility_decisions d where d.assessment_id = a.id and d.decided_at < ${until}
                order by d.decided_at desc, d.rowid desc limit 1) as eligible
        from firsts f join assessments a on a.id = f.assessment_id order by f.first_at, a.id`)) {
        used.add(row.personId)
        const eligible = truth(row.eligible)
        assessments.push({
          id: `assessment-${row.id}`,
          personId: row.personId,
          start: day(num(row.submittedAt)),
          end: day(num(row.firstAt)),
          description: 'Care Act eligibility determination on a supported self-assessment',
          assessmentType: 'long-term',
          eligibleNeeds: eligible ? 'yes' : 'no',
          method: 'supported-self-assessment',
          outcome: eligible ? 'progress-to-support-planning' : 'nfa-information-and-advice',
        })
      }

      const services: ClientLevelDataSource['services'] = []
      // Authorisations and endings before the period is over, of plans authorised by then and not ended before it began.
      const moves = (
        await rows<{
          [K in keyof Move]: Move[K] extends number ? Num : Move[K] extends number | null ? Num | null : Move[K]
        }>(sql`
        select t.plan_id as "planId", p.person_id as "personId", t.at, t.to_status as "toStatus",
               v.direct_payment_weekly_pence as dp, v.managed_account_weekly_pence as managed, v.individual_service_fund_weekly_pence as isf
        from support_plans p
        join support_plan_transitions t on t.plan_id = p.id and t.to_status in ('approved', 'ended') and t.at < ${until}
        left join support_plan_versions v on v.plan_id = t.plan_id and v.version = t.plan_version and t.to_status = 'approved'
        where p.approved_version is not null and (p.status <> 'ended' or p.updated_at >= ${from})
        order by t.plan_id, t.record_version`)
      ).map((move) => ({
        ...move,
        at: num(move.at),
        dp: numOrNull(move.dp),
        managed: numOrNull(move.managed),
        isf: numOrNull(move.isf),
      }))
      // The account types of the direct-payment agreements made for each plan by the period's end.
      const accountsOf = new Map<string, AccountType[]>()
      for (const agreement of await rows<{ planId: string; accountType: AccountType }>(sql`
        select plan_id as "planId", account_type as "accountType" from direct_payment_agreements
        where plan_id is not null and created_at < ${until} order by plan_id, created_at, id`)) {
        accountsOf.set(agreement.planId, [...(accountsOf.get(agreement.planId) ?? []), agreement.accountType])
      }
      let open = new Map<string, { start: number; weekly: number }>()
      let current = ''
      const close = (move: Move, key: string, run: { start: number; weekly: number }, outcome: string) => {
        const mechanism = mechanisms.find((entry) => entry.key === key)
        if (mechanism === undefined) return
        services.push(serviceOf(move.planId, move.personId, mechanism, run, move.at, outcome))
      }
      const serviceOf = (
        planId: string,
        personId: string,
        mechanism: (typeof mechanisms)[number],
        run: { start: number; weekly: number },
        endAt: number | null,
        outcome?: string,
      ) => {
        used.add(personId)
        return {
          id: `service-${planId}-${mechanism.key}-${day(run.start)}`,
          personId,
          start: day(run.start),
          ...(endAt === null ? {} : { end: day(endAt) }),
          ...(outcome === undefined ? {} : { outcome }),
          description: `Support plan paid by ${mechanism.words}`,
          serviceType: 'long-term-community',
          component: mechanism.component,
          deliveryMechanism: mechanism.deliveryMechanism,
          unitCostPence: run.weekly,
          costFrequency: 'weekly',
          plannedUnitsPerWeek: 1,
        }
      }
      let last: Move | undefined
      const flush = () => {
        if (last === undefined) return
        const move = last
        for (const [key, run] of open) {
          const mechanism = mechanisms.find((entry) => entry.key === key)
          if (mechanism) services.push(serviceOf(move.planId, move.personId, mechanism, run, null))
        }
        open = new Map()
      }
      for (const move of moves) {
        if (move.planId !== current) {
          flush()
          current = move.planId
        }
        last = move
        if (move.toStatus === 'ended') {
          for (const [key, run] of open) close(move, key, run, 'support-ended-as-planned')
          open = new Map()
          continue
        }
        for (const mechanism of mechanisms) {
          const amount = mechanism.amount(move, accountsOf.get(move.planId) ?? [])
          const run = open.get(mechanism.key)
          if (amount > 0 && run === undefined) open.set(mechanism.key, { start: move.at, weekly: amount })
          else if (amount > 0 && run !== undefined) run.weekly = amount
          else if (run !== undefined) {
            // The money is no longer held this way; the support carries on in another.
            close(move, mechanism.key, run, 'continuation-of-support')
            open.delete(mechanism.key)
          }
        }
      }
      flush()
      // Services that ended before the period are not part of it.
      const kept = services.filter((service) => service.end === undefined || service.end >= start)
      services.length = 0
      services.push(...kept)

      for (const row of await rows<{
        id: string
        personId: string
        serviceType: string
        component: string
        startedOn: string
        endedOn: string | null
        outcome: string | null
        weekly: Num | null
      }>(sql`
        select id, person_id as "personId", service_type as "serviceType", component, started_on as "startedOn", ended_on as "endedOn", outcome, weekly_cost_pence as weekly
        from short_term_support where started_on <= ${end} and (ended_on is null or ended_on >= ${start}) order by started_on, id`)) {
        used.add(row.personId)
        services.push({
          id: `short-term-${row.id}`,
          personId: row.personId,
          start: row.startedOn,
          ...(row.endedOn === null ? {} : { end: row.endedOn }),
          ...(row.outcome === null ? {} : { outcome: row.outcome }),
          description: 'Short-term support',
          serviceType: row.serviceType,
          component: row.component,
          deliveryMechanism: 'cassr-commissioned-support',
          ...(row.weekly === null
            ? {}
            : { unitCostPence: num(row.weekly), costFrequency: 'weekly', plannedUnitsPerWeek: 1 }),
        })
      }

      const reviews: ClientLevelDataSource['reviews'] = []
      for (const row of await rows<{
        id: string
        personId: string
        openedAt: Num
        closedAt: Num
        closedBy: string
        fully: Num
        partly: Num
        notAchieved: Num
      }>(sql`
        with closings as (
          select r.id, r.plan_id, r.opened_at,
                 (select x.record_version from support_plan_transitions x
                  where x.plan_id = r.plan_id and x.at >= r.opened_at and x.action in ('complete-review', 'revise')
                  order by x.record_version limit 1) as closing_version
          from support_plan_reviews r where r.opened_at < ${until}
        ),
        closed as (
          select c.id, p.person_id, c.opened_at, t.at, t.action
          from closings c
          join support_plans p on p.id = c.plan_id
          join support_plan_transitions t on t.plan_id = c.plan_id and t.record_version = c.closing_version
          where t.at >= ${from} and t.at < ${until}
        )
        -- The ratings counted in one pass over the reviews closed in the period (three counts per review cost a
        -- third of this query on a large council's history).
        select c.id, c.person_id as "personId", c.opened_at as "openedAt", c.at as "closedAt", c.action as "closedBy",
               sum(case when o.attainment = 'fully' then 1 else 0 end) as fully,
               sum(case when o.attainment = 'partly' then 1 else 0 end) as partly,
               sum(case when o.attainment = 'not-achieved' then 1 else 0 end) as "notAchieved"
        from closed c left join outcome_ratings o on o.review_id = c.id
        group by c.id, c.person_id, c.opened_at, c.at, c.action
        order by c.opened_at, c.id`)) {
        used.add(row.personId)
        const [fully, partly, notAchieved] = [num(row.fully), num(row.partly), num(row.notAchieved)]
        const rated = fully + partly + notAchieved
        // One answer for the review: all outcomes fully achieved, none achieved at all, or something between.
        const achieved = rated === 0 ? 'unknown' : fully === rated ? 'fully' : notAchieved === rated ? 'not' : 'partly'
        reviews.push({
          id: `review-${row.id}`,
          personId: row.personId,
          start: day(num(row.openedAt)),
          end: day(num(row.closedAt)),
          description: 'Review of the support plan and personal outcomes',
          reason: 'planned',
          outcomesAchieved: achieved,
          method: 'service-user-only',
          outcome: row.closedBy === 'revise' ? 'progress-to-support-planning' : 'continuation-of-support',
        })
      }

      const carers = await carerRecords(store, { from, until, start, end }, day, hoursCaring)
      assessments.push(...carers.assessments)
      services.push(...carers.services)
      for (const personId of carers.caring.keys()) used.add(personId)

      const people: ClientLevelDataPerson[] = []
      for (const row of await rows<PersonRow>(sql`
        select p.id, p.date_of_birth as "dateOfBirth", d.date_of_death as "dateOfDeath", d.nhs_number as "nhsNumber", d.gender, d.ethnicity, d.postcode,
               d.primary_support_reason as "primarySupportReason", d.accommodation_status as "accommodationStatus", d.employment_status as "employmentStatus",
               d.has_unpaid_carer as "hasUnpaidCarer", d.client_funding_status as "clientFundingStatus"
        from people p left join person_return_details d on d.person_id = p.id`)) {
        if (!used.has(row.id)) continue
        const caring = carers.caring.get(row.id)
        const person = neutralPerson(row)
        // A carer's own support is, in the return's words, social support to an unpaid carer, unless a reason is recorded.
        people.push(
          caring === undefined ? person : { primarySupportReason: 'social-support-to-carer', ...person, caring },
        )
      }
      return { people, requests, assessments, services, reviews }
    },
  }
}
