import type { SqliteDb } from '../sqlite-db.js'
import { createAssessmentsRepository, type AssessmentsRepository } from './assessments.js'
import { createAuditRepository, type AuditRepository } from './audit.js'
import { createClientLevelDataRepository, type ClientLevelDataRepository } from './client-level-data.js'
import { createCoproductionRepository, type CoproductionRepository } from './coproduction.js'
import { createEligibilityDecisionsRepository, type EligibilityDecisionsRepository } from './eligibility-decisions.js'
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

export function createSqliteRepositories(db: SqliteDb): Repositories {
  return {
    users: createUsersRepository(db),
    people: createPeopleRepository(db),
    sessions: createSessionsRepository(db),
    loginAttempts: createLoginAttemptsRepository(db),
    audit: createAuditRepository(db),
    assessments: createAssessmentsRepository(db),
    eligibilityDecisions: createEligibilityDecisionsRepository(db),
    rasVersions: createRasVersionsRepository(db),
    financialAssessments: createFinancialAssessmentsRepository(db),
    supportPlans: createSupportPlansRepository(db),
    safeguarding: createSafeguardingRepository(db),
    positiveRisks: createPositiveRisksRepository(db),
    coproduction: createCoproductionRepository(db),
    progress: createProgressRepository(db),
    clientLevelData: createClientLevelDataRepository(db),
    shortTermSupport: createShortTermSupportRepository(db),
  }
}
