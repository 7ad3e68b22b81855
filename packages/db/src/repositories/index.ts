import type { Store } from '../store.js'
import { createAssessmentsRepository, type AssessmentsRepository } from './assessments.js'
import { createAccountTokensRepository, type AccountTokensRepository } from './account-tokens.js'
import { createAuditRepository, type AuditRepository } from './audit.js'
import { createContactPreferencesRepository, type ContactPreferencesRepository } from './contact-preferences.js'
import { createClientLevelDataRepository, type ClientLevelDataRepository } from './client-level-data.js'
import { createDirectPaymentsRepository, type DirectPaymentsRepository } from './direct-payments.js'
import { createDirectoryRepository, type DirectoryRepository } from './directory.js'
import { createDirectoryListingsRepository, type DirectoryListingsRepository } from './directory-listings.js'
import { createCoproductionRepository, type CoproductionRepository } from './coproduction.js'
import { createEligibilityDecisionsRepository, type EligibilityDecisionsRepository } from './eligibility-decisions.js'
import { createFigureCountsRepository, type FigureCountsRepository } from './figure-counts.js'
import { createFloodCountsRepository, type FloodCountsRepository } from './flood-counts.js'
import { createFinancialAssessmentsRepository, type FinancialAssessmentsRepository } from './financial-assessments.js'
import { createLoginAttemptsRepository, type LoginAttemptsRepository } from './login-attempts.js'
import { createOutboxRepository, type OutboxRepository } from './outbox.js'
import { createReviewNoticesRepository, type ReviewNoticesRepository } from './review-notices.js'
import { createPeopleRepository, type PeopleRepository } from './people.js'
import { createPositiveRisksRepository, type PositiveRisksRepository } from './positive-risks.js'
import { createProgressRepository, type ProgressRepository } from './progress.js'
import { createRasVersionsRepository, type RasVersionsRepository } from './ras-versions.js'
import { createProxiesRepository, type ProxiesRepository } from './proxies.js'
import { createReferralsRepository, type ReferralsRepository } from './referrals.js'
import { createCarersRepository, type CarersRepository } from './carers.js'
import { createCarerPlansRepository, type CarerPlansRepository } from './carer-plans.js'
import { createCombinedAssessmentsRepository, type CombinedAssessmentsRepository } from './combined-assessments.js'
import { createSafeguardingRepository, type SafeguardingRepository } from './safeguarding.js'
import { createShortTermSupportRepository, type ShortTermSupportRepository } from './short-term-support.js'
import { createSecondFactorsRepository, type SecondFactorsRepository } from './second-factors.js'
import { createDecisionLettersRepository, type DecisionLettersRepository } from './decision-letters.js'
import { createSecureMessagesRepository, type SecureMessagesRepository } from './secure-messages.js'
import { createSessionsRepository, type SessionsRepository } from './sessions.js'
import { createSupportPlansRepository, type SupportPlansRepository } from './support-plans.js'
import { createUsersRepository, type UsersRepository } from './users.js'
import { createWorkRepository, type WorkRepository } from './work.js'

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
  referrals: ReferralsRepository
  carers: CarersRepository
  carerPlans: CarerPlansRepository
  combinedAssessments: CombinedAssessmentsRepository
  proxies: ProxiesRepository
  positiveRisks: PositiveRisksRepository
  coproduction: CoproductionRepository
  progress: ProgressRepository
  clientLevelData: ClientLevelDataRepository
  shortTermSupport: ShortTermSupportRepository
  outbox: OutboxRepository
  reviewNotices: ReviewNoticesRepository
  contactPreferences: ContactPreferencesRepository
  secureMessages: SecureMessagesRepository
  decisionLetters: DecisionLettersRepository
  accountTokens: AccountTokensRepository
  secondFactors: SecondFactorsRepository
  work: WorkRepository
  directory: DirectoryRepository
  directoryListings: DirectoryListingsRepository
  directPayments: DirectPaymentsRepository
}

/**
 * Every repository, written against `Store` (decision 020): the same code runs them on SQLite and on PostgreSQL, so
 * both engines offer the whole service (decision 026).
 */
export function createRepositories(store: Store): Repositories {
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
    referrals: createReferralsRepository(store),
    carers: createCarersRepository(store),
    carerPlans: createCarerPlansRepository(store),
    combinedAssessments: createCombinedAssessmentsRepository(store),
    proxies: createProxiesRepository(store),
    supportPlans: createSupportPlansRepository(store),
    shortTermSupport: createShortTermSupportRepository(store),
    financialAssessments: createFinancialAssessmentsRepository(store),
    clientLevelData: createClientLevelDataRepository(store),
    positiveRisks: createPositiveRisksRepository(store),
    coproduction: createCoproductionRepository(store),
    progress: createProgressRepository(store),
    outbox: createOutboxRepository(store),
    reviewNotices: createReviewNoticesRepository(store),
    contactPreferences: createContactPreferencesRepository(store),
    secureMessages: createSecureMessagesRepository(store),
    decisionLetters: createDecisionLettersRepository(store),
    accountTokens: createAccountTokensRepository(store),
    secondFactors: createSecondFactorsRepository(store),
    work: createWorkRepository(store),
    directory: createDirectoryRepository(store),
    directoryListings: createDirectoryListingsRepository(store),
    directPayments: createDirectPaymentsRepository(store),
  }
}
