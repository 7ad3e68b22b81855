import type { SqliteDb } from '../sqlite-db.js'
import type { Store } from '../store.js'
import { createAssessmentsRepository, type AssessmentsRepository } from './assessments.js'
import { createAuditRepository, type AuditRepository } from './audit.js'
import { createClientLevelDataRepository, type ClientLevelDataRepository } from './client-level-data.js'
import { createCoproductionRepository, type CoproductionRepository } from './coproduction.js'
import { createEligibilityDecisionsRepository, type EligibilityDecisionsRepository } from './eligibility-decisions.js'
import { createFigureCountsRepository, type FigureCountsRepository } from './figure-counts.js'
import { createFloodCountsRepository, type FloodCountsRepository } from './flood-counts.js'
import { createFinancialAssessmentsRepository, type FinancialAssessmentsRepository } from './financial-assessments.js'
import { createLoginAttemptsRepository, type LoginAttemptsRepository } from './login-attempts.js'
import { createPeopleRepository, type PeopleRepository } from './people.js'
import { createPositiveRisksRepository, type PositiveRisksRepository } from './positive-risks.js'
import { createProgressRepository, type ProgressRepository } from './progress.js'
import { createRasVersionsRepository, type RasVersionsRepository } from './ras-versions.js'
import { createSafeguardingRepository, type SafeguardingRepository } from './safeguarding.js'
import { createShortTermSupportRepository, type ShortTermSupportRepository } from './short-term-support.js'
import { createSessionsRepository, type SessionsRepository } from './sessions.js'
import { createSupportPlansRepository, type SupportPlansRepository } from './support-plans.js'
import { createUsersRepository, type UsersRepository } from './users.js'

/**
 * Everything the portal may do with its database. Every method returns a Promise even though better-sqlite3 is
 * synchronous: a PostgreSQL implementation of this same interface can then be swapped in without touching a route.
 */
export interface Repositories {
  users: UsersRepository
  people: PeopleRepository
  sessions: SessionsRepository
  loginAttempts: LoginAttemptsRepository
  floodCounts: FloodCountsRepository
  figureCounts: FigureCountsRepository
  audit: AuditRepository
  assessments: AssessmentsRepository
  eligibilityDecisions: EligibilityDecisionsRepository
  rasVersions: RasVersionsRepository
  financialAssessments: FinancialAssessmentsRepository
  supportPlans: SupportPlansRepository
  safeguarding: SafeguardingRepository
  positiveRisks: PositiveRisksRepository
  coproduction: CoproductionRepository
  progress: ProgressRepository
  clientLevelData: ClientLevelDataRepository
  shortTermSupport: ShortTermSupportRepository
}

/** The repositories written against `Store` (decision 020): the same code runs them on SQLite and on PostgreSQL. */
function storeRepositories(store: Store) {
  return {
    users: createUsersRepository(store),
    people: createPeopleRepository(store),
    sessions: createSessionsRepository(store),
    loginAttempts: createLoginAttemptsRepository(store),
    floodCounts: createFloodCountsRepository(store),
    figureCounts: createFigureCountsRepository(store),
    audit: createAuditRepository(store),
    assessments: createAssessmentsRepository(store),
    eligibilityDecisions: createEligibilityDecisionsRepository(store),
    rasVersions: createRasVersionsRepository(store),
    safeguarding: createSafeguardingRepository(store),
    supportPlans: createSupportPlansRepository(store),
    shortTermSupport: createShortTermSupportRepository(store),
    financialAssessments: createFinancialAssessmentsRepository(store),
    clientLevelData: createClientLevelDataRepository(store),
    positiveRisks: createPositiveRisksRepository(store),
    coproduction: createCoproductionRepository(store),
  }
}

/** Every repository on SQLite: those written against `Store`, and those still written for better-sqlite3 alone. */
export function createSqliteRepositories(store: Store, db: SqliteDb): Repositories {
  return {
    ...storeRepositories(store),
    progress: createProgressRepository(db),
  }
}

/** The repositories not yet moved onto `Store`: on PostgreSQL, every call to them is refused, saying so. */
export const notYetOnPostgresql = ['progress'] as const satisfies readonly (keyof Repositories)[]

const refusedOnPostgresql = (name: string) =>
  new Proxy(
    {},
    {
      get: (_target, method) =>
        typeof method === 'string' && method !== 'then'
          ? () =>
              Promise.reject(
                new Error(
                  `repos.${name}.${method} does not run on PostgreSQL yet (decision 020 lists what does). ` +
                    'Use SQLite (leave DATABASE_URL unset) for this part of the service.',
                ),
              )
          : undefined,
    },
  )

/** The repositories on PostgreSQL: those written against `Store`; the rest refuse every call (see notYetOnPostgresql). */
export function createPostgresRepositories(store: Store): Repositories {
  const refused = Object.fromEntries(notYetOnPostgresql.map((name) => [name, refusedOnPostgresql(name)]))
  return { ...(refused as Pick<Repositories, (typeof notYetOnPostgresql)[number]>), ...storeRepositories(store) }
}
