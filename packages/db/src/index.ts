export { openDatabase, DatabaseOpenError, migrationsFolder } from './open-database.js'
export type { DatabaseHandle, OpenDatabaseOptions } from './open-database.js'
export type { SqliteDb } from './sqlite-db.js'
export type { AuditFor, WithAudit } from './audited-write.js'
export { repositoryMethodKinds, withoutUnauditedWrites, UnauditedWriteError } from './audited-writes-only.js'
export type { RepositoryMethodKind, RepositoriesOutsideAudit } from './audited-writes-only.js'
export * as schema from './schema.js'

export { connectDatabase } from './connect-database.js'
export type { AnyDatabaseHandle, ConnectDatabaseOptions } from './connect-database.js'
export { openPostgresDatabase, postgresMigrationsFolder } from './open-postgres.js'
export type { OpenPostgresOptions, PostgresDatabaseHandle } from './open-postgres.js'
export type { Repositories } from './repositories/index.js'
export type { UsersRepository } from './repositories/users.js'
export { duplicateEmailMessage } from './repositories/users.js'
export type { PeopleRepository } from './repositories/people.js'
export type { PersonFound, PersonSearchResult } from './repositories/person-search.js'
export { SEARCH_SHOWS } from './repositories/person-search.js'
export type { PersonSearchInput } from './person-search-query.js'
export { MIN_NAME_LETTERS, personKeys, REFERENCE_LENGTH } from './person-search-query.js'
export type { SessionsRepository } from './repositories/sessions.js'
export type { LoginAttemptsRepository, RecentFailures } from './repositories/login-attempts.js'
export { loginAttemptKey } from './repositories/login-attempts.js'
export type { FloodCountsRepository, FloodCount } from './repositories/flood-counts.js'
export { countedFigures } from './repositories/figure-counts.js'
export type {
  CountedFigure,
  FigureCount,
  FigureCountJob,
  FigureCountsRepository,
} from './repositories/figure-counts.js'
export { startFigureCounter } from './figures/figure-counter.js'
export type { FigureCounter, FigureCounterOptions } from './figures/figure-counter.js'
export {
  countFigure,
  ClientLevelDataParamsSchema,
  ProgressDashboardParamsSchema,
  SafeguardingCountsParamsSchema,
} from './figures/count-figure.js'
export type { ClientLevelDataFigure, CldRecordToFix } from './figures/count-figure.js'
export type { AuditRepository, AuditListOptions } from './repositories/audit.js'
export { auditActions, auditActionWords, describeAuditAction, isAuditAction } from './audit-actions.js'
export type { AuditAction } from './audit-actions.js'
export type { AssessmentsRepository } from './repositories/assessments.js'
export { assessmentSubmittedMessage } from './repositories/assessments.js'
export type { EligibilityDecisionsRepository } from './repositories/eligibility-decisions.js'
export { assessmentNotSentMessage } from './repositories/eligibility-decisions.js'
export type { RasVersionsRepository } from './repositories/ras-versions.js'
export { duplicateRasVersionMessage } from './repositories/ras-versions.js'
export type { FinancialAssessmentsRepository } from './repositories/financial-assessments.js'
export { financialVersionReplacedMessage } from './repositories/financial-assessments.js'
export {
  FinancialOutcomeSchema,
  RecordFinancialVersionSchema,
  RecordUpratingSchema,
  NewEvidenceSchema,
  EvidenceCategorySchema,
  EvidenceContentTypeSchema,
  financialOutcomeOf,
} from './records/charging.js'
export type {
  ChargeByHand,
  ChargeFigures,
  FinancialAssessment,
  FinancialAnswers,
  FinancialOutcome,
  RecordFinancialVersion,
  RecordUprating,
  UpratedVersion,
  NewEvidence,
  EvidenceSummary,
} from './records/charging.js'
export { evidenceCategories, evidenceContentTypes, MAX_EVIDENCE_BYTES } from './schema/charging.js'
export type {
  EvidenceCategory,
  EvidenceContentType,
  FinancialAssessmentStatus,
  FinancialAssessmentKind,
} from './schema/charging.js'
export type { PlanReviewDate, ReviewDatesOf, SupportPlansRepository } from './repositories/support-plans.js'
export { planInProgressMessage, noSuchPlanMessage } from './repositories/support-plans.js'
export {
  SupportPlanStatusSchema,
  NewSupportPlanVersionSchema,
  NewSupportPlanTransitionSchema,
  CreateSupportPlanSchema,
  SaveSupportPlanChangesSchema,
  NewOutcomeRatingSchema,
} from './records/support-planning.js'
export type {
  SupportPlanStatusValue,
  NewSupportPlanVersion,
  SupportPlanVersionRow,
  NewSupportPlanTransition,
  SupportPlanTransitionRow,
  CreateSupportPlan,
  SaveSupportPlanChanges,
  SupportPlanRow,
  StoredSupportPlan,
  SupportPlanReview,
  NewOutcomeRating,
  OutcomeRatingRow,
} from './records/support-planning.js'

export { roles, relationships, assessmentStatuses } from './vocabulary.js'
export type { Role, Relationship, AssessmentStatus } from './vocabulary.js'
export {
  RoleSchema,
  RelationshipSchema,
  EmailSchema,
  NewUserSchema,
  UserSchema,
  NewPersonSchema,
  PersonChangesSchema,
  PersonSchema,
  PersonAccessSchema,
  SessionDataSchema,
  SessionSchema,
  AuditActionSchema,
  NewAuditEntrySchema,
  AuditEntrySchema,
  AssessmentStatusSchema,
  AssessmentActorSchema,
  StartAssessmentSchema,
  AssessmentAnswersSchema,
  SubmitAssessmentSchema,
  AssessmentSchema,
  RecordEligibilityDecisionSchema,
  EligibilityDecisionSchema,
  changeReasonMissingMessage,
  PublishRasVersionSchema,
  RasVersionSchema,
  rasEffectiveFromMessage,
} from './records.js'
export type {
  NewUser,
  User,
  NewPerson,
  PersonChanges,
  Person,
  PersonAccess,
  PersonWithRelationship,
  SessionData,
  Session,
  NewAuditEntry,
  AuditEntry,
  AssessmentActor,
  StartAssessment,
  AssessmentAnswers,
  BudgetByHand,
  SendForBudgetByHand,
  SubmitAssessment,
  Assessment,
  RecordEligibilityDecision,
  EligibilityDecision,
  PublishRasVersion,
  RasVersion,
} from './records.js'
// The Result shape is the kernel's; re-exported so that suppliers who imported it from here keep working.
export type { Issue, Result } from '@open-sds/kernel'
export { normalizeEmail } from './email.js'

export { hashPasswordScrypt, verifyPasswordScrypt, defaultScryptCost } from './password.js'
export type { ScryptCost } from './password.js'
export { createSessionToken, hashSessionToken, isSessionTokenHash } from './session-token.js'

export { seedDemoData, demoAccounts, demoPeople } from './seed.js'
export { seedDecidedSelfAssessment, type DecidedSelfAssessment } from './seed-self-assessment.js'
export type { DemoAccount, SeedOptions, SeedSummary } from './seed.js'
export type { SafeguardingRepository } from './repositories/safeguarding.js'
export type {
  NewReferral,
  ReferralClosingRecord,
  ReferralLink,
  ReferralRecord,
  ReferralsRepository,
} from './repositories/referrals.js'
export {
  referralAlreadyClosedMessage,
  referralAlreadyLinkedMessage,
  referralNotLinkedMessage,
  referralReference,
} from './repositories/referrals.js'
export type {
  CarerAssessment,
  CarerDetermination,
  CarerOf,
  CarersRepository,
  CaringRelationship,
  NewCarerDetermination,
  NewCaringRelationship,
} from './repositories/carers.js'
export type {
  CarerEmergencyPlan,
  CarerPlanRecord,
  CarerPlansRepository,
  NewCarerEmergencyPlan,
  NewCarerPlan,
} from './repositories/carer-plans.js'
export { carerPlanNeedsEligibleMessage } from './repositories/carer-plans.js'
export type {
  CombinedAssessmentAgreementRecord,
  CombinedAssessmentsRepository,
  NewCombinedAssessmentAgreement,
} from './repositories/combined-assessments.js'
export {
  alreadyCaringForMessage,
  carerAssessmentNotSentMessage,
  carerAssessmentSentMessage,
} from './repositories/carers.js'
export type {
  NewProxyRequest,
  NewProxyStep,
  ProxiesRepository,
  ProxyEventRow,
  ProxyRecord,
  ProxyRequestRow,
} from './repositories/proxies.js'
export { proxyChangedMeanwhileMessage } from './repositories/proxies.js'
export { alreadyLinkedMessage, enquiryClosedMessage, staleEnquiryMessage } from './repositories/safeguarding.js'
export type { PositiveRisksRepository } from './repositories/positive-risks.js'
export * from './records/safeguarding.js'
export type { CoproductionRepository, HeldResponse } from './repositories/coproduction.js'
export {
  hashLinkToken,
  linkExpiredMessage,
  linkUnknownMessage,
  linkUsedMessage,
  responseGoneMessage,
  responseNotHeldMessage,
  youSaidWeDidChangedMessage,
} from './repositories/coproduction.js'
export * from './records/coproduction.js'
export type {
  ProgressCounts,
  ProgressPeriod,
  ProgressRepository,
  SupportCounts,
  SupportCountsPeriod,
} from './repositories/progress.js'
export { startOfDayInEngland } from './repositories/client-level-data.js'
export type {
  ClientLevelDataPerson,
  ClientLevelDataPeriod,
  ClientLevelDataRepository,
  ClientLevelDataSource,
} from './repositories/client-level-data.js'
export type { HoursCaringQuestion } from './repositories/client-level-data-carers.js'
export type { PersonReturnDetails } from './records.js'
export { NewShortTermSupportSchema } from './repositories/short-term-support.js'
export type {
  NewShortTermSupport,
  ShortTermSupportRecord,
  ShortTermSupportRepository,
} from './repositories/short-term-support.js'
export { syntheticNhsNumber } from './synthetic-history.js'
export type { PersonDetails } from './synthetic-history.js'
export { HistoryWriter, writeSyntheticHistory } from './synthetic-history.js'
export type { FundingSplit, PlanStep, SyntheticHistoryOptions, SyntheticHistorySummary } from './synthetic-history.js'
export type {
  ClaimedOutboxMessage,
  DeliveryOutcome,
  NewOutboxMessage,
  NotifyStatusOutcome,
  OutboxDelivery,
  OutboxMessage,
  OutboxMessageWithDelivery,
  OutboxRepository,
} from './repositories/outbox.js'
export type { ReviewNoticesRepository } from './repositories/review-notices.js'
export {
  accountLinkExpiredMessage,
  accountLinkProblemOf,
  accountLinkUnknownMessage,
  accountLinkUsedMessage,
} from './repositories/account-tokens.js'
export type {
  AccountLinkProblem,
  AccountToken,
  AccountTokensRepository,
  NewAccountToken,
} from './repositories/account-tokens.js'
export { accountTokenPurposes, messageWordings, outboxChannels, outboxPurposes } from './schema/accounts.js'
export type { AccountTokenPurpose, MessageWording, OutboxChannel, OutboxPurpose } from './schema/accounts.js'
export type { ReviewNoticeKind } from './schema/review-notices.js'
export {
  ContactPreferenceSchema,
  ukMobileNumber,
  type ContactPreference,
  type ContactPreferencesRepository,
} from './repositories/contact-preferences.js'
export { outboxDeliveryStatuses, type OutboxDeliveryStatus } from './schema/outbox-deliveries.js'
export {
  SecureMessageSchema,
  type NewSecureMessage,
  type SecureMessage,
  type SecureMessagesRepository,
  type StaffToTell,
  type UnreadThread,
} from './repositories/secure-messages.js'
export { MAX_MESSAGE_LENGTH, messageSides, type MessageSide } from './schema/secure-messages.js'
export type {
  DecisionLetterSummary,
  DecisionLettersRepository,
  NewDecisionLetter,
} from './repositories/decision-letters.js'
export { decisionLetterKinds, type DecisionLetterKind } from './schema/decision-letters.js'
export type { SecondFactor, SecondFactorsRepository } from './repositories/second-factors.js'
export { backupDatabase } from './backup.js'
export type { BackupOptions, BackupSummary } from './backup.js'
export * from './records/work.js'
export type {
  DirectoryChangeBatch,
  DirectoryChangeCursor,
  DirectoryPage,
  DirectoryPaging,
  DirectoryRepository,
  DirectoryServiceBatch,
  DirectoryServiceCursor,
  DirectoryServiceFilters,
  DirectoryServiceQuery,
  DirectoryTermQuery,
} from './repositories/directory.js'
export type {
  DirectoryLister,
  DirectoryListingsRepository,
  DirectoryImport,
  ListingReview,
  ListingVersion,
  ReviewInput,
} from './repositories/directory-listings.js'
export {
  directoryListerKinds,
  directoryReviewDecisions,
  type DirectoryListerKind,
  type DirectoryReviewDecision,
} from './schema/directory.js'
export type { HandOnWork, WorkRepository } from './repositories/work.js'
export type { EarlierWork } from './repositories/earlier-work.js'
export {
  alreadyAllocatedMessage,
  duplicateTeamNameMessage,
  notInTeamMessage,
  notTeamManagerMessage,
  workClosedMessage,
} from './repositories/work.js'
export { referralOutcomes, workKinds, workPriorities } from './vocabulary.js'
export { carerBudgetDeliveries } from './vocabulary.js'
export type { CarerBudgetDelivery } from './vocabulary.js'
export type { ProxyScope, WorkKind, WorkPriority } from './vocabulary.js'
export type {
  DeliveryMechanism,
  DirectPaymentAdjustmentRecord,
  DirectPaymentAgreementRecord,
  DirectPaymentDecision,
  DirectPaymentRecord,
  DirectPaymentReturnRecord,
  DirectPaymentRun,
  DirectPaymentsRepository,
  EmploymentEvidenceRecord,
  NewDirectPayment,
  NewDirectPaymentAdjustment,
  NewDirectPaymentAgreement,
  NewDirectPaymentReturn,
  NewEmploymentEvidence,
  NewSpendLine,
  NewSpendPlacement,
  NewReturnDocument,
  PaymentMadeRow,
  ReturnDocumentKind,
  ReturnDocumentSummary,
  ReviewBasisOf,
} from './repositories/direct-payments.js'
export {
  decisionMadeMeanwhileMessage,
  documentAlreadyAttachedMessage,
  returnClosedToDocumentsMessage,
  paymentRunRepeatedMessage,
  placedMeanwhileMessage,
  returnAlreadyCheckedMessage,
  statementAlreadyImportedMessage,
} from './repositories/direct-payments.js'
export { deliveryMechanisms, returnDocumentKinds } from './schema/direct-payments.js'
