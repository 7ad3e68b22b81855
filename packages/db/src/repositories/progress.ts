import type { ProgressCounts, SupportCounts } from '@open-sds/coproduction'
import { sql } from 'drizzle-orm'
import type { SqliteDb } from '../sqlite-db.js'

/*
 * Raw counts behind the progress measures, straight from the portal's own records. What is counted, and what each
 * count means, is @open-sds/coproduction's (its progressMeasures turns these into figures safe to publish); they are
 * not safe to publish as they are.
 */
export type { ProgressCounts, SupportCounts }

export type ProgressPeriod = { from: Date; to: Date; findingInformationStatementId: string }

/**
 * Long-term and short-term support as the national returns count them, on calendar dates in England. The day's
 * bounds are instants the caller works out (the database keeps no time-zone rules).
 */
export type SupportCountsPeriod = { start: string; end: string; endDayStartsAt: Date; endDayEndsAt: Date }

export interface ProgressRepository {
  counts(period: ProgressPeriod): Promise<ProgressCounts>
  supportCounts(period: SupportCountsPeriod): Promise<SupportCounts>
}

const day = (ms: number | null | undefined): string =>
  ms === null || ms === undefined ? '' : new Date(ms).toISOString().slice(0, 10)

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
        outcomes: {
          fully: outcomeCount('fully'),
          partly: outcomeCount('partly'),
          notAchieved: outcomeCount('not-achieved'),
        },
        findingInformation: { answered: information?.answered ?? 0, easy: information?.easy ?? 0 },
        daysToAuthorisation: waits
          .flatMap((row) =>
            row.submittedAt === null ? [] : [Math.floor((row.approvedAt - row.submittedAt) / 86_400_000)],
          )
          .sort((a, b) => a - b),
      }
    },

    async supportCounts({ start, end, endDayStartsAt, endDayEndsAt }) {
      const dayStart = endDayStartsAt.getTime()
      const dayEnd = endDayEndsAt.getTime()
      const longTerm = db.get<{ count: number }>(sql`
        with plans as (
          select p.id, p.person_id,
                 -- the last authorisation by the end of the day, and whether the plan had ended before the day began
                 (select t.plan_version from support_plan_transitions t where t.plan_id = p.id and t.to_status = 'approved' and t.at < ${dayEnd}
                  order by t.record_version desc limit 1) as version,
                 exists (select 1 from support_plan_transitions e where e.plan_id = p.id and e.to_status = 'ended' and e.at < ${dayStart}) as ended_before
          from support_plans p where p.approved_version is not null and p.created_at < ${dayEnd}
        )
        select count(distinct plans.person_id) as count
        from plans
        join support_plan_versions v on v.plan_id = plans.id and v.version = plans.version
        left join person_return_details pe on pe.person_id = plans.person_id
        where not plans.ended_before
          and v.direct_payment_weekly_pence + v.managed_account_weekly_pence + v.individual_service_fund_weekly_pence > 0
          and (pe.date_of_death is null or pe.date_of_death >= ${end})`)
      const people = db.get<{ count: number }>(sql`
        select count(distinct s.person_id) as count from short_term_support s left join person_return_details pe on pe.person_id = s.person_id
        where s.service_type = 'st-max' and s.started_on <= ${end} and (s.ended_on is null or s.ended_on >= ${start})
          and (pe.date_of_death is null or pe.date_of_death >= ${start})`)
      // An open piece of support, or one ended by death, ends at the date of death; a piece starting no more than a
      // day after the episode so far ended joins it.
      const episodes = db.get<{ count: number }>(sql`
        with pieces as (
          select s.id, s.person_id, s.started_on,
                 case when pe.date_of_death is not null and (s.ended_on is null or s.ended_on > pe.date_of_death) then pe.date_of_death
                      else s.ended_on end as ended_on
          from short_term_support s left join person_return_details pe on pe.person_id = s.person_id where s.service_type = 'st-max'
        ),
        ordered as (
          select *, max(coalesce(ended_on, '9999-12-31')) over (partition by person_id order by started_on, id rows between unbounded preceding and 1 preceding) as so_far
          from pieces
        ),
        numbered as (
          select *, sum(case when so_far is null or started_on > date(so_far, '+1 day') then 1 else 0 end)
                      over (partition by person_id order by started_on, id rows unbounded preceding) as episode
          from ordered
        ),
        ends as (select person_id, episode, max(coalesce(ended_on, '9999-12-31')) as ended_on from numbered group by person_id, episode)
        select count(*) as count from ends where ended_on between ${start} and ${end}`)
      return {
        longTermSupport: longTerm?.count ?? 0,
        shortTermMaxPeople: people?.count ?? 0,
        shortTermMaxEpisodesEnded: episodes?.count ?? 0,
      }
    },
  }
}
