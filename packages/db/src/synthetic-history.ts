import { randomBytes } from 'node:crypto'
import type Database from 'better-sqlite3'
import { startingPlan, type Plan } from '@open-sds/support-planning'

/**
 * Writes fictional care histories straight into a migrated database, through the real tables and their triggers: the
 * progress measures and the Client Level Data export are tested and benchmarked on it. Every value is made up.
 */

const DAY = 86_400_000

/** What the national returns need about a person (neutral ids of @open-sds/statutory-returns). */
export type PersonDetails = {
  nhsNumber?: string
  gender?: string
  ethnicity?: string
  postcode?: string
  primarySupportReason?: string
  accommodationStatus?: string
  employmentStatus?: string
  hasUnpaidCarer?: boolean
  clientFundingStatus?: string
}

export type FundingSplit = { directPaymentPence: number; managedPence: number; isfPence: number }

export type PlanStep = { action: string; to: string; at: Date; planVersion?: number }

/**
 * The plan a synthetic version holds: the person planning alone with the funding split and nothing else. It must be
 * a whole plan, since the portal reads every stored version back through the plan schema (the direct-payment set-up
 * page gave a server error for every synthetic plan while this was `{}`).
 */
function syntheticPlan(split: FundingSplit, createdAt: Date): Plan {
  const budget = {
    weeklyPence: split.directPaymentPence + split.managedPence + split.isfPence,
    assessedContributionWeeklyPence: 0,
    directPaymentWeeklyPence: split.directPaymentPence,
    managedAccountWeeklyPence: split.managedPence,
    individualServiceFundWeeklyPence: split.isfPence,
  }
  return startingPlan('Synthetic person', budget, createdAt.toISOString().slice(0, 10))
}

/** Writes one row at a time with prepared statements; call inside a transaction for speed. */
export class HistoryWriter {
  private readonly statements
  private counter = 0
  // Two writers on one database must not make the same ids.
  private readonly tag = randomBytes(4).toString('hex')

  constructor(
    private readonly sqlite: Database.Database,
    readonly userId: string,
  ) {
    const prepare = (text: string) => sqlite.prepare(text)
    this.statements = {
      person: prepare('insert into people (id, display_name, date_of_birth, created_at) values (?, ?, ?, ?)'),
      details: prepare(
        `insert into person_return_details (person_id, nhs_number, gender, ethnicity, postcode, primary_support_reason, accommodation_status,
           employment_status, has_unpaid_carer, client_funding_status, updated_by_user_id, updated_at)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      death: prepare('update person_return_details set date_of_death = ? where person_id = ?'),
      shortTerm: prepare(
        `insert into short_term_support (id, person_id, service_type, component, started_on, ended_on, outcome, weekly_cost_pence, recorded_by_user_id, recorded_at)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      assessment: prepare(
        `insert into assessments (id, person_id, questionnaire_id, questionnaire_version, answers, status, started_by_user_id, last_updated_by_user_id,
           completed_on_behalf, created_at, updated_at, submitted_at, budget, ras_config_id, ras_config_version, weekly_pence)
         values (?, ?, 'synthetic-saq', '1', '{}', 'submitted', ?, ?, 0, ?, ?, ?, '{}', 'synthetic-ras', '1', ?)`,
      ),
      decision: prepare(
        `insert into eligibility_decisions (id, assessment_id, person_id, decided_by_user_id, decided_at, determination, eligible, indicative_weekly_pence, agreed_weekly_pence, change_reason)
         values (?, ?, ?, ?, ?, '{}', ?, ?, ?, null)`,
      ),
      plan: prepare(
        `insert into support_plans (id, person_id, status, record_version, current_version, approved_version, in_force_version, created_by_user_id, created_at, updated_at)
         values (?, ?, ?, ?, 1, ?, ?, ?, ?, ?)`,
      ),
      version: prepare(
        `insert into support_plan_versions (plan_id, version, status, change, plan, weekly_cost_pence, one_off_cost_pence, budget_weekly_pence,
           direct_payment_weekly_pence, managed_account_weekly_pence, individual_service_fund_weekly_pence, created_by_user_id, created_by_role, created_at)
         values (?, 1, 'draft', 'created', ?, ?, 0, ?, ?, ?, ?, ?, 'person', ?)`,
      ),
      transition: prepare(
        `insert into support_plan_transitions (plan_id, record_version, action, from_status, to_status, plan_version, by_user_id, by_role, at, reason)
         values (?, ?, ?, ?, ?, 1, ?, 'practitioner', ?, null)`,
      ),
      review: prepare(
        'insert into support_plan_reviews (id, plan_id, plan_version, opened_by_user_id, opened_at) values (?, ?, 1, ?, ?)',
      ),
      rating: prepare(
        `insert into outcome_ratings (id, plan_id, plan_version, review_id, occasion, outcome_id, outcome_words, framework_items, attainment, rater_role, rated_by_user_id, comment, rated_at)
         values (?, ?, 1, ?, 'review', ?, 'A personal outcome', '[]', ?, ?, ?, null, ?)`,
      ),
    }
  }

  private id(prefix: string): string {
    this.counter += 1
    return `${prefix}-${this.tag}-${this.counter.toString(36)}`
  }

  person(createdAt: Date, dateOfBirth = '1960-01-01', details: PersonDetails = {}): string {
    const id = this.id('person')
    const carer = details.hasUnpaidCarer === undefined ? null : details.hasUnpaidCarer ? 1 : 0
    this.statements.person.run(id, 'Synthetic person', dateOfBirth, createdAt.getTime())
    this.statements.details.run(
      id,
      details.nhsNumber ?? null,
      details.gender ?? null,
      details.ethnicity ?? null,
      details.postcode ?? null,
      details.primarySupportReason ?? null,
      details.accommodationStatus ?? null,
      details.employmentStatus ?? null,
      carer,
      details.clientFundingStatus ?? null,
      this.userId,
      createdAt.getTime(),
    )
    return id
  }

  /** The person died on this date (YYYY-MM-DD). */
  died(personId: string, on: string): void {
    this.statements.death.run(on, personId)
  }

  /** Short-term support, with dates as calendar dates; an ended piece says why it ended. */
  shortTerm(
    personId: string,
    piece: {
      serviceType: string
      component: string
      startedOn: string
      endedOn?: string
      outcome?: string
      weeklyPence?: number
    },
  ): string {
    const id = this.id('short-term')
    this.statements.shortTerm.run(
      id,
      personId,
      piece.serviceType,
      piece.component,
      piece.startedOn,
      piece.endedOn ?? null,
      piece.outcome ?? null,
      piece.weeklyPence ?? null,
      this.userId,
      Date.parse(`${piece.startedOn}T12:00:00Z`),
    )
    return id
  }

  /** A submitted self-assessment; returns its id. */
  assessment(personId: string, createdAt: Date, submittedAt: Date, weeklyPence: number): string {
    const id = this.id('assessment')
    this.statements.assessment.run(
      id,
      personId,
      this.userId,
      this.userId,
      createdAt.getTime(),
      submittedAt.getTime(),
      submittedAt.getTime(),
      weeklyPence,
    )
    return id
  }

  decision(assessmentId: string, personId: string, decidedAt: Date, eligible: boolean, weeklyPence: number): string {
    const id = this.id('decision')
    this.statements.decision.run(
      id,
      assessmentId,
      personId,
      this.userId,
      decidedAt.getTime(),
      eligible ? 1 : 0,
      weeklyPence,
      eligible ? weeklyPence : null,
    )
    return id
  }

  /** A plan with one version paid as `split`, moved through `steps` in order (the first is its creation). */
  plan(personId: string, split: FundingSplit, steps: PlanStep[]): string {
    const id = this.id('plan')
    const first = steps[0]
    const last = steps[steps.length - 1]
    if (first === undefined || last === undefined) throw new Error('a plan needs at least its creation step')
    const approved = steps.some((step) => step.to === 'approved')
    this.statements.plan.run(
      id,
      personId,
      last.to,
      steps.length,
      approved ? 1 : null,
      approved ? 1 : null,
      this.userId,
      first.at.getTime(),
      last.at.getTime(),
    )
    const budget = split.directPaymentPence + split.managedPence + split.isfPence
    this.statements.version.run(
      id,
      JSON.stringify(syntheticPlan(split, first.at)),
      budget,
      budget,
      split.directPaymentPence,
      split.managedPence,
      split.isfPence,
      this.userId,
      first.at.getTime(),
    )
    let from: string | null = null
    steps.forEach((step, index) => {
      this.statements.transition.run(id, index + 1, step.action, from, step.to, this.userId, step.at.getTime())
      from = step.to
    })
    return id
  }

  review(
    planId: string,
    openedAt: Date,
    ratings: Array<{ outcomeId: string; attainment: 'fully' | 'partly' | 'not-achieved'; rater?: string; at?: Date }>,
  ): string {
    const id = this.id('review')
    this.statements.review.run(id, planId, this.userId, openedAt.getTime())
    for (const rating of ratings) {
      this.statements.rating.run(
        this.id('rating'),
        planId,
        id,
        rating.outcomeId,
        rating.attainment,
        rating.rater ?? 'person',
        this.userId,
        (rating.at ?? openedAt).getTime(),
      )
    }
    return id
  }
}

/** A small, fast, seeded generator, so the same options always write the same history. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

/**
 * The n-th fictional NHS number: 999 numbers are set aside for testing and never issued. Numbers whose check digit
 * would be 10 do not exist, so they are skipped.
 */
export function syntheticNhsNumber(n: number): string {
  for (let candidate = n * 2; ; candidate += 1) {
    const body = `999${String(candidate).padStart(6, '0')}`
    let sum = 0
    for (let index = 0; index < 9; index += 1) sum += Number(body[index]) * (10 - index)
    const check = (11 - (sum % 11)) % 11
    if (check !== 10) return `${body}${String(check)}`
  }
}

const pickFrom = <T>(random: () => number, weighted: ReadonlyArray<readonly [T, number]>): T => {
  const total = weighted.reduce((sum, [, weight]) => sum + weight, 0)
  let roll = random() * total
  for (const [value, weight] of weighted) {
    roll -= weight
    if (roll < 0) return value
  }
  return (weighted[weighted.length - 1] as readonly [T, number])[0]
}

function syntheticDetails(random: () => number, n: number, dateOfBirth: string, endYear: number): PersonDetails {
  const reason = pickFrom(random, [
    ['physical-personal-care', 40],
    ['physical-access-and-mobility', 10],
    ['memory-and-cognition', 15],
    ['learning-disability', 12],
    ['mental-health', 12],
    ['sensory-visual', 3],
    ['social-isolation-or-other', 8],
  ] as const)
  const age = endYear - Number(dateOfBirth.slice(0, 4))
  const letters = 'ABDEFGHJLNPQRSTUWXYZ'
  return {
    nhsNumber: syntheticNhsNumber(n),
    gender: pickFrom(random, [
      ['female', 55],
      ['male', 44],
      ['other', 1],
    ] as const),
    ethnicity: pickFrom(random, [
      ['white-british', 78],
      ['white-other', 5],
      ['asian-indian', 4],
      ['asian-pakistani', 3],
      ['black-african', 3],
      ['mixed-other', 2],
      ['other-any-other', 2],
      ['not-known', 3],
    ] as const),
    // NM is not a UK postcode area: fictional, but in the shape of one.
    postcode: `NM${String(1 + Math.floor(random() * 20))} ${String(Math.floor(random() * 10))}${letters[Math.floor(random() * 20)] ?? 'A'}${letters[Math.floor(random() * 20)] ?? 'B'}`,
    primarySupportReason: reason,
    accommodationStatus: pickFrom(random, [
      ['owner-occupier', 45],
      ['tenant-social', 25],
      ['with-family-or-friends', 15],
      ['supported-accommodation', 8],
      ['sheltered-or-extra-care', 7],
    ] as const),
    ...(reason === 'learning-disability' && age >= 18 && age <= 70
      ? {
          employmentStatus: pickFrom(random, [
            ['not-seeking-work-or-retired', 60],
            ['paid-under-16-hours', 15],
            ['voluntary-work-only', 15],
            ['seeking-work', 10],
          ] as const),
        }
      : {}),
    hasUnpaidCarer: random() < 0.4,
    clientFundingStatus: pickFrom(random, [
      ['joint-client-and-social-care', 60],
      ['fully-social-care-funded', 40],
    ] as const),
  }
}

export type SyntheticHistoryOptions = {
  people: number
  years: number
  /** The history ends here; nothing is dated after it. */
  endAt: Date
  seed?: number
  /** Anonymous survey responses to the finding-information question, spread over the years. */
  surveyResponses?: number
  findingInformationStatementId?: string
}

export type SyntheticHistorySummary = { people: number; rows: number }

/**
 * Fictional people over `years`: each sends a self-assessment, most are found eligible, most of those get a support
 * plan (sometimes sent back once), paid by direct payment, managed account, both or an individual service fund, and
 * reviewed once a year with three outcome ratings; some plans end. Writes in one transaction.
 */
export function writeSyntheticHistory(
  sqlite: Database.Database,
  options: SyntheticHistoryOptions,
): SyntheticHistorySummary {
  const random = seededRandom(options.seed ?? 20_261_123)
  const end = options.endAt.getTime()
  const start = end - options.years * 365 * DAY
  const pick = (low: number, high: number) => low + Math.floor(random() * (high - low + 1))
  let rows = 0
  sqlite.transaction(() => {
    const userId = 'synthetic-practitioner'
    sqlite
      .prepare(
        "insert or ignore into users (id, email, display_name, password_hash, role, created_at) values (?, 'synthetic@example.org', 'Synthetic practitioner', 'not-a-hash', 'practitioner', ?)",
      )
      .run(userId, start)
    const writer = new HistoryWriter(sqlite, userId)
    for (let index = 0; index < options.people; index += 1) {
      const arrived = start + Math.floor(random() * (end - start - 10 * DAY))
      const dateOfBirth = `19${String(pick(30, 99))}-0${String(pick(1, 9))}-1${String(pick(0, 9))}`
      const person = writer.person(
        new Date(arrived),
        dateOfBirth,
        syntheticDetails(random, index, dateOfBirth, options.endAt.getUTCFullYear()),
      )
      const weekly = pick(50, 800) * 100
      const submitted = arrived + pick(0, 3) * DAY
      // A third have reablement first: a few weeks, sometimes in two pieces (a day apart is one episode, more is two).
      if (random() < 0.35) {
        const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10)
        let from = submitted + pick(1, 5) * DAY
        for (let piece = 0, pieces = random() < 0.2 ? 2 : 1; piece < pieces && from < end; piece += 1) {
          const until = from + pick(10, 42) * DAY
          const ended = until < end - DAY
          writer.shortTerm(person, {
            serviceType: 'st-max',
            component: 'reablement',
            startedOn: dayOf(from),
            ...(ended
              ? {
                  endedOn: dayOf(until),
                  outcome: random() < 0.7 ? 'progress-to-support-planning' : 'support-ended-as-planned',
                }
              : {}),
          })
          rows += 1
          from = until + pick(0, 3) * DAY
          if (!ended) break
        }
      }
      const assessment = writer.assessment(person, new Date(arrived), new Date(submitted), weekly)
      const decided = submitted + pick(1, 30) * DAY
      rows += 3
      if (decided >= end) continue
      const eligible = random() < 0.8
      writer.decision(assessment, person, new Date(decided), eligible, weekly)
      rows += 1
      if (!eligible || random() < 0.1) continue
      const kind = random()
      const split: FundingSplit =
        kind < 0.45
          ? { directPaymentPence: weekly, managedPence: 0, isfPence: 0 }
          : kind < 0.6
            ? { directPaymentPence: Math.floor(weekly / 2), managedPence: weekly - Math.floor(weekly / 2), isfPence: 0 }
            : kind < 0.9
              ? { directPaymentPence: 0, managedPence: weekly, isfPence: 0 }
              : { directPaymentPence: 0, managedPence: 0, isfPence: weekly }
      let at = decided + pick(7, 60) * DAY
      const steps: PlanStep[] = []
      const step = (action: string, to: string, days: number) => {
        at += days * DAY
        if (at < end) steps.push({ action, to, at: new Date(at) })
      }
      step('create', 'draft', 0)
      step('submit', 'submitted', pick(1, 20))
      if (random() < 0.1) {
        step('return', 'returned', pick(1, 10))
        step('submit', 'submitted', pick(1, 10))
      }
      step('approve', 'approved', pick(1, 40))
      step('activate', 'active', pick(1, 7))
      const reviews: number[] = []
      const ends = random() < 0.1
      while (at + 365 * DAY < end && steps.length > 0) {
        step('start-review', 'under-review', 365)
        reviews.push(at)
        step('complete-review', 'active', pick(5, 30))
        if (ends && random() < 0.5) break
      }
      if (ends) step('end', 'ended', pick(30, 200))
      if (steps.length === 0) continue
      const plan = writer.plan(person, split, steps)
      const ending = steps[steps.length - 1]
      // Some plans end because the person died, on the day the plan ended.
      if (ending?.to === 'ended' && random() < 0.3) {
        writer.died(person, ending.at.toISOString().slice(0, 10))
        rows += 1
      }
      rows += 2 + steps.length
      const attainments = ['fully', 'partly', 'not-achieved'] as const
      for (const opened of reviews) {
        writer.review(
          plan,
          new Date(opened),
          [1, 2, 3].map((n) => ({
            outcomeId: `outcome-${String(n)}`,
            attainment: attainments[pick(0, 2)] ?? 'partly',
          })),
        )
        rows += 4
      }
    }
    const responses = options.surveyResponses ?? 0
    if (responses > 0) {
      const statementId = options.findingInformationStatementId ?? 'find-information-and-advice'
      const definition = JSON.stringify({
        id: 'synthetic-survey',
        version: '1',
        title: 'Synthetic survey',
        questions: [
          {
            id: 'find-information',
            type: 'likert',
            scale: 'agreement',
            text: 'I can find information',
            link: { kind: 'i-statement', statementId },
          },
        ],
      })
      sqlite
        .prepare(
          "insert or ignore into coproduction_surveys (id, survey_id, survey_version, title, definition, first_used_at) values ('synthetic-survey-1', 'synthetic-survey', '1', 'Synthetic survey', ?, ?)",
        )
        // The table keeps the day only, and a history may end at any time of day.
        .run(definition, start - (start % DAY))
      const insert = sqlite.prepare(
        "insert into coproduction_responses (id, survey_ref, kind, variant, answers, submitted_on) values (?, 'synthetic-survey-1', 'anonymous', 'standard', ?, ?)",
      )
      for (let index = 0; index < responses; index += 1) {
        const on = new Date(start + Math.floor(random() * (end - start))).toISOString().slice(0, 10)
        insert.run(
          `r-${random().toString(36).slice(2)}-${String(index)}`,
          JSON.stringify([{ questionId: 'find-information', type: 'likert', value: pick(1, 5) }]),
          on,
        )
        rows += 1
      }
    }
  })()
  return { people: options.people, rows }
}
