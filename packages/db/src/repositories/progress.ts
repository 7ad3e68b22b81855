import type { ProgressCounts, SupportCounts } from '@open-sds/coproduction'
import { sql, type SQL } from 'drizzle-orm'
import { first, selectRows, type Store } from '../store.js'

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

// PostgreSQL gives a count, a sum or a bigint (a time) as a string, SQLite a number: each figure read goes through this.
type Num = number | string | null
const num = (value: Num | undefined): number => (value === null || value === undefined ? 0 : Number(value))

/** The few fragments the two engines say differently (decision 020): each engine's own words for the same rows. */
function dialect(engine: Store['engine']) {
  if (engine === 'postgresql')
    return {
      // Each person's latest decision before the date: DISTINCT ON reads the (person_id, decided_at) index in order.
      latestDecisions: (t: number) => sql`
        select distinct on (person_id) person_id, decided_at, eligible, agreed_weekly_pence
        from eligibility_decisions where decided_at < ${t} order by person_id, decided_at desc, rowid desc`,
      // A JSON array read as rows, and a field of one of them as text (null when it is missing).
      elements: (array: SQL, alias: string) => sql`json_array_elements(${array}) as ${sql.raw(alias)}(value)`,
      field: (alias: string, ...path: string[]) =>
        sql.raw(
          `(${alias}.value${path.map((key, i) => `${i === path.length - 1 ? ' ->> ' : ' -> '}'${key}'`).join('')})`,
        ),
      // A number in an answer, or null when the answer holds something else (a string would stop the cast).
      numberIn: (alias: string, key: string) =>
        sql.raw(
          `(case when json_typeof(${alias}.value -> '${key}') = 'number' then (${alias}.value ->> '${key}')::numeric end)`,
        ),
      questions: sql`s.definition -> 'questions'`,
      dayAfter: (date: SQL) => sql`to_char(${date}::date + 1, 'YYYY-MM-DD')`,
    }
  return {
    // SQLite takes the bare columns from the row holding max(): each person's latest decision, read through the
    // (person_id, decided_at) index without sorting.
    latestDecisions: (t: number) => sql`
      select person_id, max(decided_at) as decided_at, eligible, agreed_weekly_pence
      from eligibility_decisions where decided_at < ${t} group by person_id`,
    elements: (array: SQL, alias: string) => sql`json_each(${array}) as ${sql.raw(alias)}`,
    field: (alias: string, ...path: string[]) => sql.raw(`json_extract(${alias}.value, '$.${path.join('.')}')`),
    numberIn: (alias: string, key: string) => sql.raw(`json_extract(${alias}.value, '$.${key}')`),
    questions: sql`s.definition, '$.questions'`,
    dayAfter: (date: SQL) => sql`date(${date}, '+1 day')`,
  }
}

export function createProgressRepository(store: Store): ProgressRepository {
  const row = async <Row>(query: SQL) => first(await selectRows<Row>(store, query))
  const words = dialect(store.engine)
  return {
    async counts({ from, to, findingInformationStatementId }) {
      const f = from.getTime()
      const t = to.getTime()
      const snapshot = await row<{ eligible: Num; withBudget: Num; withDp: Num; withManaged: Num }>(sql`
        with latest_decision as (${words.latestDecisions(t)}),
        eligible_people as (select person_id, agreed_weekly_pence from latest_decision where eligible),
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
        -- As @open-sds/direct-payments' planDeliveryMechanisms counts a plan's shares (the notes' ASCOF 3D part 2a):
        -- a managed account paid under a direct-payment agreement through a managed-account provider is a direct
        -- payment; one with no such agreement is the council's.
        managed_dp as (
          select distinct plan_id from direct_payment_agreements
          where plan_id is not null and account_type = 'managed-account' and created_at < ${t}
        ),
        in_force as (
          select s.person_id,
                 max(case when v.direct_payment_weekly_pence > 0
                            or (v.managed_account_weekly_pence > 0 and m.plan_id is not null) then 1 else 0 end) as dp,
                 max(case when v.managed_account_weekly_pence > 0 and m.plan_id is null then 1 else 0 end) as managed
          from plan_state s
          join support_plan_versions v on v.plan_id = s.plan_id and v.version = s.plan_version
          left join managed_dp m on m.plan_id = s.plan_id
          where s.to_status in (${inForceStatuses})
          group by s.person_id
        )
        select count(*) as eligible,
               coalesce(sum(case when e.agreed_weekly_pence > 0 then 1 else 0 end), 0) as "withBudget",
               coalesce(sum(coalesce(f.dp, 0)), 0) as "withDp",
               coalesce(sum(coalesce(f.managed, 0)), 0) as "withManaged"
        from eligible_people e left join in_force f on f.person_id = e.person_id`)

      const newcomers = await row<{ people: Num; offered: Num }>(sql`
        with firsts as (select person_id, min(decided_at) as first_at from eligibility_decisions group by person_id)
        select count(*) as people,
               coalesce(sum(case when exists (
                 select 1 from eligibility_decisions d
                 where d.person_id = firsts.person_id and d.decided_at >= ${f} and d.decided_at < ${t} and d.agreed_weekly_pence > 0
               ) then 1 else 0 end), 0) as offered
        from firsts where first_at >= ${f} and first_at < ${t}`)

      const reviewed = await row<{ people: Num; offered: Num }>(sql`
        with reviewed as (
          select p.person_id, max(case when v.budget_weekly_pence > 0 then 1 else 0 end) as offered
          from support_plan_reviews r
          join support_plans p on p.id = r.plan_id
          join support_plan_versions v on v.plan_id = r.plan_id and v.version = r.plan_version
          where r.opened_at >= ${f} and r.opened_at < ${t}
          group by p.person_id
        )
        select count(*) as people, coalesce(sum(offered), 0) as offered from reviewed`)

      const outcomes = await selectRows<{ attainment: string; count: Num }>(
        store,
        sql`
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
        select attainment, count(*) as count from ranked where n = 1 group by attainment`,
      )
      const outcomeCount = (attainment: string) => num(outcomes.find((rated) => rated.attainment === attainment)?.count)

      const q = (...path: string[]) => words.field('q', ...path)
      const a = (...path: string[]) => words.field('a', ...path)
      const information = await row<{ answered: Num; easy: Num }>(sql`
        with questions as (
          select s.id as survey_ref, ${q('id')} as question_id
          from coproduction_surveys s, ${words.elements(words.questions, 'q')}
          where ${q('type')} = 'likert' and ${q('scale')} = 'agreement'
            and ${q('link', 'kind')} = 'i-statement' and ${q('link', 'statementId')} = ${findingInformationStatementId}
        )
        select count(*) as answered, coalesce(sum(case when ${words.numberIn('a', 'value')} >= 4 then 1 else 0 end), 0) as easy
        from coproduction_responses r
        join questions q on q.survey_ref = r.survey_ref, ${words.elements(sql`r.answers`, 'a')}
        where r.submitted_on >= ${day(f)} and r.submitted_on < ${day(t)}
          and ${a('questionId')} = q.question_id and ${a('type')} = 'likert'`)

      // Each authorisation is timed from the first submission since the plan's previous authorisation, so a plan sent
      // back and sent again counts the whole wait.
      const waits = await selectRows<{ submittedAt: Num; approvedAt: Num }>(
        store,
        sql`
        select a.at as "approvedAt",
               (select min(s.at) from support_plan_transitions s
                where s.plan_id = a.plan_id and s.to_status = 'submitted' and s.record_version < a.record_version
                  and s.record_version > coalesce((
                    select max(p.record_version) from support_plan_transitions p
                    where p.plan_id = a.plan_id and p.to_status = 'approved' and p.record_version < a.record_version
                  ), 0)) as "submittedAt"
        from support_plan_transitions a
        where a.to_status = 'approved' and a.at >= ${f} and a.at < ${t}`,
      )

      // Carers whose budget was in force at some time in the period, counted once each in the most self-directed way
      // any of them was paid. As the Client Level Data file has it: a one-off budget is in force on the day it was
      // agreed; a recurring one from then until a later version of the carer's plan replaces it.
      const carers = await row<{ supported: Num; selfDirected: Num; directPayment: Num }>(sql`
        select count(*) as supported, coalesce(sum(sd), 0) as "selfDirected", coalesce(sum(dp), 0) as "directPayment"
        from (
          select p.carer_person_id,
                 max(case when p.delivery in ('direct-payment', 'cassr-managed-personal-budget') then 1 else 0 end) as sd,
                 max(case when p.delivery = 'direct-payment' then 1 else 0 end) as dp
          from carer_plans p
          where p.agreed_at < ${t}
            and ((p.budget_kind = 'one-off' and p.agreed_at >= ${f})
              or (p.budget_kind = 'recurring' and not exists (
                select 1 from carer_plans n
                where n.carer_person_id = p.carer_person_id and n.agreed_at < ${f}
                  and (n.agreed_at > p.agreed_at or (n.agreed_at = p.agreed_at and n.id > p.id)))))
          group by p.carer_person_id
        ) c`)

      return {
        eligible: num(snapshot?.eligible),
        withPersonalBudget: num(snapshot?.withBudget),
        withDirectPayment: num(snapshot?.withDp),
        withManagedAccount: num(snapshot?.withManaged),
        newPeople: num(newcomers?.people),
        newOfferedBudget: num(newcomers?.offered),
        reviewedPeople: num(reviewed?.people),
        reviewedOfferedBudget: num(reviewed?.offered),
        outcomes: {
          fully: outcomeCount('fully'),
          partly: outcomeCount('partly'),
          notAchieved: outcomeCount('not-achieved'),
        },
        findingInformation: { answered: num(information?.answered), easy: num(information?.easy) },
        daysToAuthorisation: waits
          .flatMap((wait) =>
            wait.submittedAt === null ? [] : [Math.floor((num(wait.approvedAt) - num(wait.submittedAt)) / 86_400_000)],
          )
          .sort((x, y) => x - y),
        carers: {
          supported: num(carers?.supported),
          selfDirected: num(carers?.selfDirected),
          directPayment: num(carers?.directPayment),
        },
      }
    },

    async supportCounts({ start, end, endDayStartsAt, endDayEndsAt }) {
      const dayStart = endDayStartsAt.getTime()
      const dayEnd = endDayEndsAt.getTime()
      const longTerm = await row<{ count: Num }>(sql`
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
      const people = await row<{ count: Num }>(sql`
        select count(distinct s.person_id) as count from short_term_support s left join person_return_details pe on pe.person_id = s.person_id
        where s.service_type = 'st-max' and s.started_on <= ${end} and (s.ended_on is null or s.ended_on >= ${start})
          and (pe.date_of_death is null or pe.date_of_death >= ${start})`)
      // An open piece of support, or one ended by death, ends at the date of death; a piece starting no more than a
      // day after the episode so far ended joins it.
      const episodes = await row<{ count: Num }>(sql`
        with pieces as (
          select s.id, s.person_id, s.started_on,
                 case when pe.date_of_death is not null and (s.ended_on is null or s.ended_on > pe.date_of_death) then pe.date_of_death
                      else s.ended_on end as ended_on
          from short_term_support s left join person_return_details pe on pe.person_id = s.person_id where s.service_type = 'st-max'
        ),
        ordered as (
          select pieces.*, max(coalesce(ended_on, '9999-12-31')) over (partition by person_id order by started_on, id rows between unbounded preceding and 1 preceding) as so_far
          from pieces
        ),
        numbered as (
          select ordered.*, sum(case when so_far is null or started_on > ${words.dayAfter(sql`so_far`)} then 1 else 0 end)
                      over (partition by person_id order by started_on, id rows unbounded preceding) as episode
          from ordered
        ),
        ends as (select person_id, episode, max(coalesce(ended_on, '9999-12-31')) as ended_on from numbered group by person_id, episode)
        select count(*) as count from ends where ended_on between ${start} and ${end}`)
      return {
        longTermSupport: num(longTerm?.count),
        shortTermMaxPeople: num(people?.count),
        shortTermMaxEpisodesEnded: num(episodes?.count),
      }
    },
  }
}
