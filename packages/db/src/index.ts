export { openDatabase, DatabaseOpenError, migrationsFolder } from './open-database.js'
export type { DatabaseHandle, OpenDatabaseOptions } from './open-database.js'
export type { SqliteDb } from './sqlite-db.js'
export * as schema from './schema.js'

export { createSqliteRepositories } from './repositories/index.js'
export type { Repositories } from './repositories/index.js'
export type { UsersRepository } from './repositories/users.js'
export { duplicateEmailMessage } from './repositories/users.js'
export type { PeopleRepository } from './repositories/people.js'
export type { SessionsRepository } from './repositories/sessions.js'
export type { LoginAttemptsRepository } from './repositories/login-attempts.js'
export { loginAttemptKey } from './repositories/login-attempts.js'
export type { AuditRepository, AuditListOptions } from './repositories/audit.js'
export type { AssessmentsRepository } from './repositories/assessments.js'
export { assessmentSubmittedMessage } from './repositories/assessments.js'
export type { EligibilityDecisionsRepository } from './repositories/eligibility-decisions.js'
export { assessmentNotSentMessage } from './repositories/eligibility-decisions.js'
export type { RasVersionsRepository } from './repositories/ras-versions.js'
export { duplicateRasVersionMessage } from './repositories/ras-versions.js'

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
  SubmitAssessment,
  Assessment,
  RecordEligibilityDecision,
  EligibilityDecision,
  PublishRasVersion,
  RasVersion,
} from './records.js'
export type { Result, Issue } from './result.js'
export { normalizeEmail } from './email.js'

export { hashPasswordScrypt, verifyPasswordScrypt, defaultScryptCost } from './password.js'
export type { ScryptCost } from './password.js'
export { createSessionToken, hashSessionToken, isSessionTokenHash } from './session-token.js'

export { seedDemoData, demoAccounts, demoPeople } from './seed.js'
export type { DemoAccount, SeedOptions, SeedSummary } from './seed.js'
export { backupDatabase } from './backup.js'
export type { BackupOptions, BackupSummary } from './backup.js'
