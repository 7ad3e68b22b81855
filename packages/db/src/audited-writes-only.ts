import type { Repositories } from './repositories/index.js'

/**
 * What each repository method does, so that a change to someone's record cannot be made without its audit entry:
 *
 * - `read`: changes nothing.
 * - `write`: changes a record; call it only inside `withAudit`, which stores its audit entry in the same transaction.
 * - `bookkeeping`: keeps the service running and is not a change to anyone's record: sessions, sign-in counts, the
 *   audit log itself, a concern's next reference number, an anonymous link's day of use (auditing that would name
 *   who answered), flood counters, a figure counter's taking and storing of a count.
 *
 * The type requires every method of every repository to be listed, so a new method cannot be added without
 * deciding which it is. There is no third way to change a record: every write goes through `withAudit` (issue 11).
 */
export type RepositoryMethodKind = 'read' | 'write' | 'bookkeeping'

type EveryMethodClassified = {
  [R in keyof Repositories]: { [M in keyof Repositories[R]]: RepositoryMethodKind }
}

export const repositoryMethodKinds = {
  users: {
    create: 'write',
    findById: 'read',
    findByEmail: 'read',
    findForSignIn: 'read',
    list: 'read',
    setRole: 'write',
    otherRoles: 'read',
    giveRole: 'write',
    takeAwayRole: 'write',
    // Changes nothing: holds off other changes of who is an administrator until the transaction ends.
    lockAdministrators: 'read',
    disable: 'write',
    enable: 'write',
    markEmailVerified: 'write',
    setPasswordHash: 'write',
    changeEmail: 'write',
  },
  people: {
    create: 'write',
    findById: 'read',
    update: 'write',
    updateReturnDetails: 'write',
    returnDetails: 'read',
    listForUser: 'read',
    grantAccess: 'write',
    revokeAccess: 'write',
    relationshipOf: 'read',
    accountsToTell: 'read',
    search: 'read',
    fillSearchKeys: 'bookkeeping',
  },
  sessions: {
    create: 'bookkeeping',
    findValid: 'read',
    touch: 'bookkeeping',
    setData: 'bookkeeping',
    delete: 'bookkeeping',
    deleteForUser: 'bookkeeping',
    deleteExpired: 'bookkeeping',
  },
  loginAttempts: { record: 'bookkeeping', countFailuresSince: 'read', recentFailures: 'read', prune: 'bookkeeping' },
  floodCounts: { count: 'bookkeeping', prune: 'bookkeeping' },
  // Asking for a recount is an administrator's act, audited; taking and storing a count is the counter's bookkeeping.
  figureCounts: { find: 'read', request: 'write', take: 'bookkeeping', finish: 'bookkeeping' },
  audit: { append: 'bookkeeping', listForPerson: 'read', listRecent: 'read', listPeopleInLog: 'read' },
  assessments: {
    findDraft: 'read',
    startDraft: 'write',
    saveAnswers: 'write',
    submit: 'write',
    sendForBudgetByHand: 'write',
    budgetByHand: 'read',
    listBudgetsToWorkOut: 'read',
    findById: 'read',
    listForPerson: 'read',
    listSubmitted: 'read',
  },
  eligibilityDecisions: { record: 'write', latestForAssessment: 'read', listForPerson: 'read' },
  rasVersions: { publish: 'write', list: 'read' },
  financialAssessments: {
    findDraft: 'read',
    startDraft: 'write',
    saveDraft: 'write',
    submitDraft: 'write',
    sendForChargeByHand: 'write',
    chargeByHand: 'read',
    listChargesToWorkOut: 'read',
    findById: 'read',
    current: 'read',
    history: 'read',
    listAwaitingReview: 'read',
    countAwaitingReview: 'read',
    listCurrentConfirmed: 'read',
    recordVersion: 'write',
    recordUprating: 'write',
    addEvidence: 'write',
    listEvidence: 'read',
    evidenceContent: 'read',
  },
  supportPlans: {
    create: 'write',
    findById: 'read',
    findOpenForPerson: 'read',
    listByStatus: 'read',
    saveChanges: 'write',
    listReviews: 'read',
    recordRatings: 'write',
    listRatings: 'read',
    listReviewDates: 'read',
    countReviewsDueBy: 'read',
  },
  referrals: {
    record: 'write',
    findByReference: 'read',
    link: 'write',
    close: 'write',
  },
  carers: {
    link: 'write',
    listCaredFor: 'read',
    listCarersOf: 'read',
    findDraft: 'read',
    startDraft: 'write',
    saveAnswers: 'write',
    send: 'write',
    findAssessment: 'read',
    listAssessments: 'read',
    determine: 'write',
    latestDetermination: 'read',
  },
  carerPlans: {
    agree: 'write',
    latest: 'read',
    listLatest: 'read',
    writeEmergencyPlan: 'write',
    latestEmergencyPlan: 'read',
  },
  combinedAssessments: {
    record: 'write',
    listForCarerAssessment: 'read',
    listForPersonAssessment: 'read',
    listForPerson: 'read',
  },
  proxies: {
    ask: 'write',
    findById: 'read',
    findByLinkHash: 'read',
    listForPerson: 'read',
    listForProxy: 'read',
    recordStep: 'write',
    activeScope: 'read',
  },
  safeguarding: {
    isAuthorised: 'read',
    authorise: 'write',
    withdraw: 'write',
    listAuthorised: 'read',
    nextReferenceSequence: 'bookkeeping',
    recordConcern: 'write',
    findConcernByReference: 'read',
    listConcerns: 'read',
    listFloodGroups: 'read',
    listVisibleToPerson: 'read',
    shareConcern: 'write',
    findShare: 'read',
    linkConcern: 'write',
    findLink: 'read',
    listConcernsAbout: 'read',
    recordImmediateAction: 'write',
    listImmediateActions: 'read',
    recordSection42Decision: 'write',
    latestSection42Decision: 'read',
    openEnquiry: 'write',
    findEnquiryForConcern: 'read',
    changeEnquiry: 'write',
    listEnquiryEvents: 'read',
    annualTotals: 'read',
    countConcernsToActOn: 'read',
  },
  positiveRisks: { record: 'write', find: 'read', listForPerson: 'read', decide: 'write', latestDecision: 'read' },
  coproduction: {
    submitResponse: 'write',
    listHeld: 'read',
    releaseHeld: 'write',
    createLinks: 'write',
    checkLink: 'bookkeeping',
    listResponses: 'read',
    countResponses: 'read',
    pendingComments: 'read',
    moderate: 'write',
    withdrawResponse: 'write',
    saveYouSaidWeDid: 'write',
    listYouSaidWeDid: 'read',
    recordActivity: 'write',
    listActivities: 'read',
  },
  progress: { counts: 'read', supportCounts: 'read' },
  clientLevelData: { source: 'read' },
  shortTermSupport: {
    record: 'write',
    recordOnce: 'write',
    update: 'write',
    findById: 'read',
    listForPerson: 'read',
  },
  // A message is written with the act that causes it, and a link is issued and spent with its audit entry (decision 027).
  // Sending a message, and recording how it got on, is the sender's bookkeeping: the message was written with its act.
  reviewNotices: {
    claim: 'write',
  },
  outbox: {
    add: 'write',
    listRecent: 'read',
    claimDue: 'bookkeeping',
    settle: 'bookkeeping',
    recordNotifyStatus: 'bookkeeping',
    listAwaitingDelivery: 'read',
  },
  contactPreferences: { find: 'read', set: 'write' },
  decisionLetters: { add: 'write', listForPerson: 'read', findBySubject: 'read', pdfOf: 'read' },
  secureMessages: {
    send: 'write',
    thread: 'read',
    readUpTo: 'read',
    // Written in the transaction of the thread's read entry (message-thread.read), so a read is never unrecorded.
    markRead: 'write',
    unreadThreads: 'read',
    staffWriters: 'read',
    staffToTell: 'read',
  },
  accountTokens: { issue: 'write', check: 'read', use: 'write' },
  // Setting up, using and turning off a second factor are audited with the act (decision 033).
  secondFactors: {
    find: 'read',
    begin: 'write',
    confirm: 'write',
    useStep: 'write',
    useRecoveryCode: 'write',
    replaceRecoveryCodes: 'write',
    unusedRecoveryCodes: 'read',
    remove: 'write',
  },
  work: {
    createTeam: 'write',
    listTeams: 'read',
    findTeam: 'read',
    addMember: 'write',
    removeMember: 'write',
    lockTeam: 'read',
    teamsOf: 'read',
    arrive: 'write',
    findItem: 'read',
    queue: 'read',
    caseload: 'read',
    counts: 'read',
    allocate: 'write',
    handOn: 'write',
    take: 'write',
    close: 'write',
    history: 'read',
    earlierWork: 'read',
  },
  // Directory listings are public records, not anyone's personal data; a change is still a change, audited (issue 17).
  directory: {
    putTaxonomy: 'write',
    putOrganization: 'write',
    putService: 'write',
    listServices: 'read',
    listFullServices: 'read',
    fullServicesAfter: 'read',
    servicesChangedAfter: 'read',
    lastChange: 'read',
    getService: 'read',
    checkService: 'read',
    allServices: 'read',
    listTaxonomies: 'read',
    getTaxonomy: 'read',
    listTaxonomyTerms: 'read',
    getTaxonomyTerm: 'read',
  },
  directoryListings: {
    signUp: 'write',
    listersOf: 'read',
    getLister: 'read',
    submit: 'write',
    history: 'read',
    listingsOf: 'read',
    waiting: 'read',
    review: 'write',
    recordImport: 'write',
    getImport: 'read',
    importWithHash: 'read',
    recentImports: 'read',
    importsByIds: 'read',
  },
  // Money paid, returns and decisions are written with their audit entry (issue 14).
  directPayments: {
    createAgreement: 'write',
    lockAgreement: 'read',
    findAgreement: 'read',
    listAgreements: 'read',
    listForPerson: 'read',
    listDecisions: 'read',
    recordDecision: 'write',
    lockPaymentRuns: 'read',
    findRunForPeriod: 'read',
    findRun: 'read',
    listRuns: 'read',
    paidReferences: 'read',
    recordRun: 'write',
    paymentsOfRun: 'read',
    paymentsMade: 'read',
    adjustmentsFor: 'read',
    adjustmentsOfRun: 'read',
    paymentsFor: 'read',
    recordReturn: 'write',
    returnsFor: 'read',
    cardTransactionsFor: 'read',
    findReturn: 'read',
    listReturnsToCheck: 'read',
    placeSpend: 'write',
    recordEmploymentEvidence: 'write',
    employmentEvidenceFor: 'read',
    attachReturnDocument: 'write',
    returnDocuments: 'read',
    returnDocumentContent: 'read',
    reviewBasis: 'read',
  },
} as const satisfies EveryMethodClassified

type Kinds = typeof repositoryMethodKinds
type WritesOf<R extends keyof Repositories> = {
  [M in keyof Kinds[R]]: Kinds[R][M] extends 'write' ? M : never
}[keyof Kinds[R]]

/** The repositories without the methods that must run inside `withAudit`: what code outside a transaction gets. */
export type RepositoriesOutsideAudit = {
  [R in keyof Repositories]: Omit<Repositories[R], WritesOf<R> & keyof Repositories[R]>
}

/** Thrown when code outside `withAudit` tries a write anyway (a cast, or plain JavaScript): a fault in that code. */
export class UnauditedWriteError extends Error {
  override readonly name = 'UnauditedWriteError'
}

/**
 * The repositories as code outside a transaction should see them: every `write` method is removed from the type and,
 * should it be called anyway, refuses with `UnauditedWriteError` before touching the database. Hand this to request
 * handlers and give them `withAudit` for changes, so that no change can be stored without its audit entry.
 */
export function withoutUnauditedWrites(repos: Repositories): RepositoriesOutsideAudit {
  const guarded: Record<string, Record<string, unknown>> = {}
  for (const [name, repository] of Object.entries(repos) as [keyof Repositories, Record<string, unknown>][]) {
    const kinds = repositoryMethodKinds[name] as Record<string, RepositoryMethodKind>
    const view: Record<string, unknown> = {}
    for (const [method, implementation] of Object.entries(repository)) {
      view[method] =
        kinds[method] === 'write'
          ? () =>
              Promise.reject(
                new UnauditedWriteError(
                  `${name}.${method} changes a record, so it must be called inside withAudit, which stores its audit entry with it.`,
                ),
              )
          : implementation
    }
    guarded[name] = view
  }
  return guarded as unknown as RepositoriesOutsideAudit
}
