import { sql } from 'drizzle-orm'
import type { SqliteDb } from '../sqlite-db.js'

/**
 * Raw counts behind the progress measures, straight from the portal's own records. They are not safe to publish as
 * they are: the portal suppresses small numbers before anyone sees them.
 */
export type ProgressCounts = {
  /** People whose latest eligibility decision before `to` found eligible needs. */
  eligible: number
  /** Of those, people whose latest decision agreed a weekly personal budget above nothing. */
  withPersonalBudget: number
  /** Of the eligible, people whose support plan in force at `to` pays some of the budget as a direct payment. */
  withDirectPayment: number
  /** Of the eligible, people whose support plan in force at `to` has some of the budget in a council-managed account. */
  withManagedAccount: number
  /** People whose first eligibility decision fell in the period, and of them those offered a personal budget in it. */
  newPeople: number
  newOfferedBudget: number
  /** People whose support plan was reviewed in the period, and of them those whose reviewed plan carries a budget. */
  reviewedPeople: number
  reviewedOfferedBudget: number
  /** Outcome ratings at reviews opened in the period, one per outcome per review, the person's own rating first. */
  outcomes: { fully: number; partly: number; notAchieved: number }
  /** Answers in the period to agreement questions tied to the "finding information" statement, and how many agreed. */
  findingInformation: { answered: number; easy: number }
  /** Whole days from a plan's submission to its authorisation, for each authorisation in the period. */
  daysToAuthorisation: number[]
}

export type ProgressPeriod = { from: Date; to: Date; findingInformationStatementId: string }

/** One event row of a Client Level Data style export, named as CLD Release 1 names its fields. */
export type ClientLevelDataRow = {
  personId: string
  dateOfBirth: string
  eventType: 'Request' | 'Assessment' | 'Service' | 'Review'
  eventReference: string
  eventStartDate: string
  eventEndDate: string
  eventDescription: string
  eventOutcome: string
  requestRouteOfAccess: string
  assessmentType: string
  eligibleNeedsIdentified: string
  methodOfAssessment: string
  serviceType: string
  serviceComponent: string
  deliveryMechanism: string
  unitCost: string
  costFrequency: string
  plannedUnitsPerWeek: string
  reviewReason: string
  reviewOutcomesAchieved: string
}

export interface ProgressRepository {
  counts(period: ProgressPeriod): Promise<ProgressCounts>
  /** Requests, assessments, services (with delivery mechanism and weekly cost) and reviews in [from, to). */
  clientLevelData(period: { from: Date; to: Date }): Promise<ClientLevelDataRow[]>
}

const day = (ms: number | null | undefined): string => (ms === null || ms === undefined ? '' : new Date(ms).toISOString().slice(0, 10))
const pounds = (pence: number): string => (pence / 100).toFixed(2)

// Statuses in which a plan's in-force version is being paid for: authorised and not ended.
const inForceStatuses = sql.raw(`'approved', 'active', 'under-review', 'revised'`)

export function createProgressRepository(db: SqliteDb): ProgressRepository {
  return {
    async counts({ from, to, findingInformationStatementId }) {
      const f = from.getTime()
      const t = to.getTime()
      const snapshot = db.get<{ eligible: number; withBudget: number; withDp: number; withManaged: number }>(sql`
        with latest_decision as (
          -- SQLite takes the bare columns from the row holding max(): each person's latest decision, read through the
          -- (person_id, decided_at) index without sorting. A PostgreSQL version would use DISTINCT ON.
          select person_id, max(decided_at) as decided_at, eligible, agreed_weekly_pence
          from eligibility_decisions where decided_at < ${t} group by person_id
        ),
        eligible_people as (select person_id, agreed_weekly_pence from latest_decision where eligible = 1),
        plan_versions as (
          -- Each plan's last move before the date. A plan last changed before then has made record_version moves, so
          -- its last move is found by primary key; only plans changed since need their history searched.
          select p.id as plan_id, p.person_id,
                 case when p.updated_at < ${t} then p.record_version
                      else (select max(x.record_version) from support_plan_transitions x where x.plan_id = p.id and x.at < ${t}) end as record_version
          from support_plans p where p.created_at < ${t}
        ),
        plan_state as (
          select pv.plan_id, pv.person_id, tr.to_status, tr.plan_version
          from plan_versions pv join support_plan_transitions tr on tr.plan_id = pv.plan_id and tr.record_version = pv.record_version
        ),
        in_force as (
          select s.person_id, max(v.direct_payment_weekly_pence > 0) as dp, max(v.managed_account_weekly_pence > 0) as managed
          from plan_state s
          join support_plan_versions v on v.plan_id = s.plan_id and v.version = s.plan_version
          where s.to_status in (${inForceStatuses})
          group by s.person_id
        )
        select count(*) as eligible,
               coalesce(sum(e.agreed_weekly_pence > 0), 0) as withBudget,
               coalesce(sum(coalesce(f.dp, 0)), 0) as withDp,
               coalesce(sum(coalesce(f.managed, 0)), 0) as withManaged
        from eligible_people e left join in_force f on f.person_id = e.person_id`)

      const newcomers = db.get<{ people: number; offered: number }>(sql`
        with firsts as (select person_id, min(decided_at) as first_at from eligibility_decisions group by person_id)
        select count(*) as people,
               coalesce(sum(exists (
                 select 1 from eligibility_decisions d
                 where d.person_id = firsts.person_id and d.decided_at >= ${f} and d.decided_at < ${t} and d.agreed_weekly_pence > 0
               )), 0) as offered
        from firsts where first_at >= ${f} and first_at < ${t}`)

      const reviewed = db.get<{ people: number; offered: number }>(sql`
        with reviewed as (
          select p.person_id, max(v.budget_weekly_pence > 0) as offered
          from support_plan_reviews r
          join support_plans p on p.id = r.plan_id
          join support_plan_versions v on v.plan_id = r.plan_id and v.version = r.plan_version
          where r.opened_at >= ${f} and r.opened_at < ${t}
          group by p.person_id
        )
        select count(*) as people, coalesce(sum(offered), 0) as offered from reviewed`)

      const outcomes = db.all<{ attainment: string; count: number }>(sql`
        with ranked as (
          select attainment,
                 row_number() over (
                   partition by review_id, outcome_id
                   order by case rater_role when 'person' then 1 when 'representative' then 2 when 'practitioner' then 3 else 4 end, rated_at desc, rowid desc
                 ) as n
          from outcome_ratings
          -- Reached through the reviews held in the period, by the review_id index, rather than a scan of every rating.
          where review_id in (select id from support_plan_reviews where opened_at >= ${f} and opened_at < ${t})
        )
        select attainment, count(*) as count from ranked where n = 1 group by attainment`)
      const outcomeCount = (attainment: string) => outcomes.find((row) => row.attainment === attainment)?.count ?? 0

      const information = db.get<{ answered: number; easy: number }>(sql`
        with questions as (
          select s.id as survey_ref, json_extract(q.value, '$.id') as question_id
          from coproduction_surveys s, json_each(s.definition, '$.questions') q
          where json_extract(q.value, '$.type') = 'likert' and json_extract(q.value, '$.scale') = 'agreement'
            and json_extract(q.value, '$.link.kind') = 'i-statement' and json_extract(q.value, '$.link.statementId') = ${findingInformationStatementId}
        )
        select count(*) as answered, coalesce(sum(json_extract(a.value, '$.value') >= 4), 0) as easy
        from coproduction_responses r
        join questions q on q.survey_ref = r.survey_ref, json_each(r.answers) a
        where r.submitted_on >= ${day(f)} and r.submitted_on < ${day(t)}
          and json_extract(a.value, '$.questionId') = q.question_id and json_extract(a.value, '$.type') = 'likert'`)

      // Each authorisation is timed from the first submission since the plan's previous authorisation, so a plan sent
      // back and sent again counts the whole wait.
      const waits = db.all<{ submittedAt: number | null; approvedAt: number }>(sql`
        select a.at as approvedAt,
               (select min(s.at) from support_plan_transitions s
                where s.plan_id = a.plan_id and s.to_status = 'submitted' and s.record_version < a.record_version
                  and s.record_version > coalesce((
                    select max(p.record_version) from support_plan_transitions p
                    where p.plan_id = a.plan_id and p.to_status = 'approved' and p.record_version < a.record_version
                  ), 0)) as submittedAt
        from support_plan_transitions a
        where a.to_status = 'approved' and a.at >= ${f} and a.at < ${t}`)

      return {
        eligible: snapshot?.eligible ?? 0,
        withPersonalBudget: snapshot?.withBudget ?? 0,
        withDirectPayment: snapshot?.withDp ?? 0,
        withManagedAccount: snapshot?.withManaged ?? 0,
        newPeople: newcomers?.people ?? 0,
        newOfferedBudget: newcomers?.offered ?? 0,
        reviewedPeople: reviewed?.people ?? 0,
        reviewedOfferedBudget: reviewed?.offered ?? 0,
        outcomes: { fully: outcomeCount('fully'), partly: outcomeCount('partly'), notAchieved: outcomeCount('not-achieved') },
        findingInformation: { answered: information?.answered ?? 0, easy: information?.easy ?? 0 },
        daysToAuthorisation: waits
          .flatMap((row) => (row.submittedAt === null ? [] : [Math.floor((row.approvedAt - row.submittedAt) / 86_400_000)]))
          .sort((a, b) => a - b),
      }
    },

    async clientLevelData({ from, to }) {
      const f = from.getTime()
      const t = to.getTime()
      const blank = {
        eventEndDate: '',
        eventOutcome: '',
        requestRouteOfAccess: '',
        assessmentType: '',
        eligibleNeedsIdentified: '',
        methodOfAssessment: '',
        serviceType: '',
        serviceComponent: '',
        deliveryMechanism: '',
        unitCost: '',
        costFrequency: '',
        plannedUnitsPerWeek: '',
        reviewReason: '',
        reviewOutcomesAchieved: '',
      }
      const rows: ClientLevelDataRow[] = []

      const requests = db.all<{ id: string; personId: string; dob: string | null; createdAt: number; submittedAt: number | null }>(sql`
        select a.id, a.person_id as personId, p.date_of_birth as dob, a.created_at as createdAt, a.submitted_at as submittedAt
        from assessments a join people p on p.id = a.person_id
        where a.created_at >= ${f} and a.created_at < ${t} order by a.created_at, a.id`)
      for (const request of requests) {
        rows.push({
          ...blank,
          personId: request.personId,
          dateOfBirth: request.dob ?? '',
          eventType: 'Request',
          eventReference: `request-${request.id}`,
          eventStartDate: day(request.createdAt),
          eventEndDate: request.submittedAt !== null && request.submittedAt < t ? day(request.submittedAt) : '',
          eventDescription: 'Self-assessment started in the portal',
          eventOutcome: request.submittedAt !== null && request.submittedAt < t ? 'Progress to Assessment' : '',
          requestRouteOfAccess: 'Self-referral (online self-assessment)',
        })
      }

      const assessments = db.all<{ id: string; personId: string; dob: string | null; submittedAt: number | null; decidedAt: number; eligible: number }>(sql`
        select d.id, d.person_id as personId, p.date_of_birth as dob, a.submitted_at as submittedAt, d.decided_at as decidedAt, d.eligible
        from eligibility_decisions d join assessments a on a.id = d.assessment_id join people p on p.id = d.person_id
        where d.decided_at >= ${f} and d.decided_at < ${t} order by d.decided_at, d.id`)
      for (const assessment of assessments) {
        rows.push({
          ...blank,
          personId: assessment.personId,
          dateOfBirth: assessment.dob ?? '',
          eventType: 'Assessment',
          eventReference: `assessment-${assessment.id}`,
          eventStartDate: day(assessment.submittedAt),
          eventEndDate: day(assessment.decidedAt),
          eventDescription: 'Care Act eligibility determination on a supported self-assessment',
          eventOutcome: assessment.eligible === 1 ? 'Progress to Support Planning / Services' : 'NFA - Information & Advice / Signposting only',
          assessmentType: 'Long Term Support',
          eligibleNeedsIdentified: assessment.eligible === 1 ? 'Yes' : 'No',
          methodOfAssessment: 'Supported self-assessment',
        })
      }

      // A service runs from an authorisation until the plan's next authorisation or its end.
      const services = db.all<{
        planId: string
        version: number
        personId: string
        dob: string | null
        startAt: number
        endAt: number | null
        dp: number
        managed: number
        isf: number
      }>(sql`
        select a.plan_id as planId, a.plan_version as version, p.person_id as personId, pe.date_of_birth as dob, a.at as startAt,
               (select min(n.at) from support_plan_transitions n
                where n.plan_id = a.plan_id and n.record_version > a.record_version and n.to_status in ('approved', 'ended')) as endAt,
               v.direct_payment_weekly_pence as dp, v.managed_account_weekly_pence as managed, v.individual_service_fund_weekly_pence as isf
        from support_plan_transitions a
        join support_plans p on p.id = a.plan_id
        join people pe on pe.id = p.person_id
        join support_plan_versions v on v.plan_id = a.plan_id and v.version = a.plan_version
        where a.to_status = 'approved' and a.at < ${t}
        order by a.at, a.plan_id`)
      const mechanisms = [
        ['dp', 'Direct Payment', 'Direct payment'],
        ['managed', 'CASSR Managed Personal Budget', 'Council-managed account'],
        ['isf', 'CASSR Managed Personal Budget', 'Individual service fund held by a provider'],
      ] as const
      for (const service of services) {
        if (service.endAt !== null && service.endAt < f) continue
        for (const [key, mechanism, component] of mechanisms) {
          const weekly = service[key]
          if (weekly <= 0) continue
          const ended = service.endAt !== null && service.endAt < t
          rows.push({
            ...blank,
            personId: service.personId,
            dateOfBirth: service.dob ?? '',
            eventType: 'Service',
            eventReference: `service-${service.planId}-v${String(service.version)}-${key}`,
            eventStartDate: day(service.startAt),
            eventEndDate: ended ? day(service.endAt) : '',
            eventDescription: `Support plan version ${String(service.version)}: ${component}`,
            eventOutcome: ended ? 'Service ended as planned' : '',
            serviceType: 'Long Term Support: Community',
            serviceComponent: component,
            deliveryMechanism: mechanism,
            unitCost: pounds(weekly),
            costFrequency: 'Weekly',
            plannedUnitsPerWeek: '1',
          })
        }
      }

      const reviews = db.all<{ id: string; personId: string; dob: string | null; openedAt: number; closedAt: number | null; closedBy: string | null; fully: number; partly: number; notAchieved: number }>(sql`
        select r.id, p.person_id as personId, pe.date_of_birth as dob, r.opened_at as openedAt,
               c.at as closedAt, c.action as closedBy,
               (select count(*) from outcome_ratings o where o.review_id = r.id and o.attainment = 'fully') as fully,
               (select count(*) from outcome_ratings o where o.review_id = r.id and o.attainment = 'partly') as partly,
               (select count(*) from outcome_ratings o where o.review_id = r.id and o.attainment = 'not-achieved') as notAchieved
        from support_plan_reviews r
        join support_plans p on p.id = r.plan_id
        join people pe on pe.id = p.person_id
        left join support_plan_transitions c on c.plan_id = r.plan_id and c.record_version = (
          select min(x.record_version) from support_plan_transitions x
          where x.plan_id = r.plan_id and x.at >= r.opened_at and x.action in ('complete-review', 'revise')
        )
        where r.opened_at >= ${f} and r.opened_at < ${t}
        order by r.opened_at, r.id`)
      for (const review of reviews) {
        const closed = review.closedAt !== null && review.closedAt < t
        rows.push({
          ...blank,
          personId: review.personId,
          dateOfBirth: review.dob ?? '',
          eventType: 'Review',
          eventReference: `review-${review.id}`,
          eventStartDate: day(review.openedAt),
          eventEndDate: closed ? day(review.closedAt) : '',
          eventDescription: 'Review of the support plan and personal outcomes',
          eventOutcome: closed ? (review.closedBy === 'revise' ? 'Progress to Support Planning / Services' : 'No change in package') : '',
          reviewReason: 'Planned',
          reviewOutcomesAchieved: `Fully ${String(review.fully)}; partly ${String(review.partly)}; not achieved ${String(review.notAchieved)}`,
        })
      }
      return rows
    },
  }
}
