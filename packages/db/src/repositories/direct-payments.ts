import { createHash, randomUUID } from 'node:crypto'
import { and, asc, desc, eq, inArray, isNotNull, isNull, max, min, notInArray, or, sql } from 'drizzle-orm'
import { fail, formatLongDate, ok, type Result } from '@open-sds/kernel'
import type {
  deliveryMechanisms,
  directPaymentAdjustmentKinds,
  directPaymentAccountTypes,
  directPaymentBases,
  directPaymentDecisionKinds,
  directPaymentKinds,
  directPaymentRecipientRoles,
  directPaymentReturnSources,
  employmentEvidenceKinds,
  returnDocumentKinds,
} from '../schema/direct-payments.js'
import type { evidenceContentTypes } from '../schema/charging.js'
import { first, type Store } from '../store.js'

// The rules (what an agreement holds, what is due, what a return shows) are @open-sds/direct-payments'; this stores
// what it worked out, as given, and keeps money paid, returns and decisions append-only (issue 14).

export type DeliveryMechanism = (typeof deliveryMechanisms)[number]

export type NewDirectPaymentAgreement = {
  /** The agreement's own id, which its payments' references start with. */
  id: string
  personId: string
  /** The person's support plan it was agreed from; null for a carer's budget, which names `carerPlanId` instead. */
  planId: string | null
  /** The carer's agreed plan and budget it was agreed from (issue 16); one agreement each. */
  carerPlanId?: string | null
  planVersion: number
  recipientRole: (typeof directPaymentRecipientRoles)[number]
  accountType: (typeof directPaymentAccountTypes)[number]
  basis: (typeof directPaymentBases)[number]
  deliveryMechanism: DeliveryMechanism
  startDate: string
  weeklyPaymentPence: number
  costCentre: string
  /** The package's Agreement as made. */
  agreement: unknown
  rulesVersion: string
  createdByUserId: string
}

export type DirectPaymentDecision = {
  id: string
  agreementId: string
  sequence: number
  kind: (typeof directPaymentDecisionKinds)[number]
  reason: string
  returnId: string | null
  detail: unknown
  agreement: unknown
  decidedByUserId: string
  decidedAt: Date
}

export type DirectPaymentAgreementRecord = NewDirectPaymentAgreement & {
  createdAt: Date
  /** The agreement in force: the latest suspension, resumption or ending's, or the agreement as made. */
  current: unknown
  /** How many decisions it has: what an officer saw, so a decision made meanwhile by someone else is noticed. */
  decisionCount: number
}

export type NewDirectPayment = {
  agreementId: string
  reference: string
  kind: (typeof directPaymentKinds)[number]
  periodStart: string
  periodEnd: string
  dueDate: string
  pence: number
  explanation: unknown
}
export type DirectPaymentRecord = NewDirectPayment & { id: string; runId: string; paidOn: string }

/** A run's correction to a payment already made: arrears paid, or an overpayment recovered (`pence` above 0). */
export type NewDirectPaymentAdjustment = {
  agreementId: string
  reference: string
  adjustsReference: string
  kind: (typeof directPaymentAdjustmentKinds)[number]
  periodStart: string
  periodEnd: string
  pence: number
  explanation: unknown
}
export type DirectPaymentAdjustmentRecord = NewDirectPaymentAdjustment & { id: string; runId: string; paidOn: string }

/** What was paid or recovered against a scheduled payment's reference: what the package's reconciliation reads. */
export type PaymentMadeRow = { reference: string; pence: number; paidOn: string; kind: 'payment' | 'recovered' }

export type DirectPaymentRun = {
  id: string
  periodStart: string
  periodEnd: string
  paidOn: string
  paymentCount: number
  totalPence: number
  runByUserId: string
  runAt: Date
}

export type NewSpendLine = { spentOn: string | null; description: string; pence: number; supportId: string | null }

export type NewDirectPaymentReturn = {
  agreementId: string
  periodStart: string
  periodEnd: string
  receivedOn: string
  openingBalancePence: number
  closingBalancePence: number
  paidInPence: number
  contributionsPaidInPence: number
  surplusPence: number
  source: (typeof directPaymentReturnSources)[number]
  statementSha256: string | null
  statementFileName: string | null
  /** The package's ReturnCheck. */
  result: unknown
  sentByUserId: string
  lines: readonly NewSpendLine[]
  /** The identities (SHA-256, hex) of the card transactions the return counts: none counted in an earlier one. */
  cardTransactions?: readonly string[]
}
export type DirectPaymentReturnRecord = Omit<NewDirectPaymentReturn, 'lines' | 'cardTransactions'> & {
  id: string
  sentAt: Date
  /** When a finance officer checked it (a decision on its surplus, or checked with a note). */
  checkedAt: Date | null
  /** How many times its spend was placed against the plan's supports since it was sent; `result` is the latest's. */
  placements: number
}

/** The person placing a return's spend lines against the plan's supports: one support id (or null) per line. */
export type NewSpendPlacement = {
  returnId: string
  supports: readonly (string | null)[]
  /** The package's ReturnCheck of the return so placed. */
  result: unknown
  placedByUserId: string
  /** How many placements the person saw: someone placing meanwhile is noticed. */
  seen: number
}

/** Personal-assistant employment evidence recorded against an agreement: the package's Evidence as given. */
export type NewEmploymentEvidence = {
  agreementId: string
  kind: (typeof employmentEvidenceKinds)[number]
  /** Whom or what it names: the insurer, payroll provider, pension scheme or personal assistant. */
  subject: string
  expiresOn: string
  /** The package's Evidence. */
  evidence: unknown
  rulesVersion: string
  recordedByUserId: string
}
export type EmploymentEvidenceRecord = NewEmploymentEvidence & { id: string; recordedAt: Date }

export type ReturnDocumentKind = (typeof returnDocumentKinds)[number]

/** A file sent with a return (a bank statement, an invoice, a timesheet): its type is the one its bytes show. */
export type NewReturnDocument = {
  returnId: string
  kind: ReturnDocumentKind
  fileName: string
  contentType: (typeof evidenceContentTypes)[number]
  content: Uint8Array
  uploadedByUserId: string
}
/** A document without its bytes (read those with `returnDocumentContent`). */
export type ReturnDocumentSummary = Omit<NewReturnDocument, 'content'> & {
  id: string
  sizeBytes: number
  sha256: string
  uploadedAt: Date
}

export const paymentRunRepeatedMessage = (run: DirectPaymentRun) =>
  `The period ${run.periodStart} to ${run.periodEnd} was already paid on ${run.paidOn}: a period is paid once. Any difference is paid as an adjustment.`
export const decisionMadeMeanwhileMessage =
  'Someone else recorded a decision on this agreement since you opened it: nothing was saved. Look at it again.'
export const returnAlreadyCheckedMessage =
  'The council has checked this return already: its spend can no longer be placed. Ask the council if something is wrong.'
export const placedMeanwhileMessage =
  'Someone else placed the spend on this return since you opened it: nothing was saved. Look at it again.'
export const statementAlreadyImportedMessage = (on: Date) =>
  `This statement file was already imported on ${formatLongDate(on.toISOString().slice(0, 10))}: nothing was added.`

export const documentAlreadyAttachedMessage = (on: Date) =>
  `This file was already sent with this return on ${formatLongDate(on.toISOString().slice(0, 10))}: nothing was added.`
export const returnClosedToDocumentsMessage =
  'The council has checked this return already, so no more documents can be sent with it. Send them with your next return, or ask the council.'

/** Rows a chunked insert sends at once: well under either engine's limit on parameters in one statement. */
const CHUNK = 500

export interface DirectPaymentsRepository {
  /** Refused when the plan version already has an agreement. */
  createAgreement(input: NewDirectPaymentAgreement, now: Date): Promise<Result<DirectPaymentAgreementRecord>>
  /** Holds the agreement until the transaction ends (PostgreSQL; SQLite runs one transaction at a time already). */
  lockAgreement(id: string): Promise<void>
  findAgreement(id: string): Promise<DirectPaymentAgreementRecord | undefined>
  listAgreements(): Promise<DirectPaymentAgreementRecord[]>
  listForPerson(personId: string): Promise<DirectPaymentAgreementRecord[]>
  listDecisions(agreementId: string): Promise<DirectPaymentDecision[]>
  /** Refused when `seen` (the decisions the officer saw) is no longer the count: someone decided meanwhile. */
  recordDecision(
    input: Omit<DirectPaymentDecision, 'id' | 'sequence' | 'decidedAt'> & { seen: number },
    now: Date,
  ): Promise<Result<DirectPaymentDecision>>
  /** Holds payment runs until the transaction ends, so two officers confirming at once run one after the other. */
  lockPaymentRuns(): Promise<void>
  findRunForPeriod(periodStart: string): Promise<DirectPaymentRun | undefined>
  findRun(id: string): Promise<DirectPaymentRun | undefined>
  listRuns(): Promise<DirectPaymentRun[]>
  /** Which of these references have been paid. */
  paidReferences(references: readonly string[]): Promise<Set<string>>
  /**
   * Pays a period: refused when it was paid already; a reference already paid is left out, so nobody is paid twice.
   * Call inside `withAudit`, which makes the run one transaction.
   */
  recordRun(
    input: {
      periodStart: string
      periodEnd: string
      paidOn: string
      runByUserId: string
      payments: NewDirectPayment[]
      /** Corrections to payments already made; one already made (by its reference) is left out. */
      adjustments?: NewDirectPaymentAdjustment[]
    },
    now: Date,
  ): Promise<Result<DirectPaymentRun>>
  /** Everything paid and recovered against each of these agreements' scheduled references, adjustments included. */
  paymentsMade(agreementIds: readonly string[]): Promise<Map<string, PaymentMadeRow[]>>
  adjustmentsFor(agreementId: string): Promise<DirectPaymentAdjustmentRecord[]>
  adjustmentsOfRun(runId: string): Promise<(DirectPaymentAdjustmentRecord & { costCentre: string })[]>
  /** A run's payments with the cost centre to charge, for the council's finance system. */
  paymentsOfRun(runId: string): Promise<(DirectPaymentRecord & { costCentre: string })[]>
  paymentsFor(agreementId: string): Promise<DirectPaymentRecord[]>
  /** Refused when the same statement file was imported for this agreement before. */
  recordReturn(input: NewDirectPaymentReturn, now: Date): Promise<Result<DirectPaymentReturnRecord>>
  returnsFor(agreementId: string): Promise<DirectPaymentReturnRecord[]>
  /** The identities of the card transactions already counted in the agreement's returns. */
  cardTransactionsFor(agreementId: string): Promise<Set<string>>
  findReturn(id: string): Promise<(DirectPaymentReturnRecord & { lines: NewSpendLine[] }) | undefined>
  /** Returns sent that no finance officer has checked yet, oldest first. */
  listReturnsToCheck(): Promise<DirectPaymentReturnRecord[]>
  /**
   * Places a return's spend lines against the plan's supports, with the check so placed. Refused once a finance officer
   * has checked the return, or when someone placed it since `seen`. Call inside `withAudit`.
   */
  placeSpend(input: NewSpendPlacement, now: Date): Promise<Result<{ returnId: string; sequence: number }>>
  /** Records evidence against an agreement; newer evidence of a kind is a new row. Call inside `withAudit`. */
  recordEmploymentEvidence(input: NewEmploymentEvidence, now: Date): Promise<EmploymentEvidenceRecord>
  /** The evidence recorded against an agreement, oldest first. */
  employmentEvidenceFor(agreementId: string): Promise<EmploymentEvidenceRecord[]>
  /**
   * Keeps a file sent with a return. Refused once a finance officer has checked the return, and when the same file
   * (by its SHA-256) was sent with it before. Call inside `withAudit`.
   */
  attachReturnDocument(input: NewReturnDocument, now: Date): Promise<Result<ReturnDocumentSummary>>
  /** The documents sent with these returns, oldest first. */
  returnDocuments(returnIds: readonly string[]): Promise<ReturnDocumentSummary[]>
  /** One document's bytes, with the agreement and person it belongs to (whoever reads it is checked against them). */
  returnDocumentContent(
    id: string,
  ): Promise<{ summary: ReturnDocumentSummary; agreementId: string; personId: string; content: Buffer } | undefined>
  /**
   * Each agreement from a person's plan paid at least once and not ended, with its first payment's date and the dates
   * of the direct-payment reviews held (a `review` decision's `detail.heldOn`): what its next review counts from. A
   * carer's budget paid as a direct payment is reviewed on the same terms (regulation 7): `carerPlanId` names it.
   * With `caseloadOf`, only the agreements of the people on that practitioner's caseload, and every carer's as well
   * when `everyCarer` is set (their team handles carers' assessments): what one practitioner reviews (decision 058),
   * read without reading every agreement the council has.
   */
  reviewBasis(options?: ReviewBasisOf): Promise<
    {
      agreementId: string
      personId: string
      planId: string | null
      carerPlanId: string | null
      firstPaidOn: string
      reviewsHeldOn: string[]
    }[]
  >
}

/** Whose direct-payment reviews: every agreement's, or one practitioner's (decision 058). */
export type ReviewBasisOf = { caseloadOf?: string; everyCarer?: boolean }

export function createDirectPaymentsRepository(store: Store): DirectPaymentsRepository {
  const { db, t, engine } = store
  const {
    directPaymentAgreements: agreements,
    directPaymentDecisions: decisions,
    directPaymentRuns: runs,
    directPayments: payments,
    directPaymentReturns: returns,
    directPaymentSpendLines: spendLines,
    directPaymentCardTransactions: cardTransactionRows,
    directPaymentAdjustments: adjustments,
    directPaymentSpendPlacements: placements,
    directPaymentEmploymentEvidence: evidence,
    directPaymentReturnDocuments: documents,
    personAccess,
  } = t
  const documentColumns = {
    id: documents.id,
    returnId: documents.returnId,
    kind: documents.kind,
    fileName: documents.fileName,
    contentType: documents.contentType,
    sizeBytes: documents.sizeBytes,
    sha256: documents.sha256,
    uploadedByUserId: documents.uploadedByUserId,
    uploadedAt: documents.uploadedAt,
  }

  const reviewedBy = (options: ReviewBasisOf | undefined) => {
    if (options?.caseloadOf === undefined) return undefined
    const onCaseload = inArray(
      agreements.personId,
      db
        .select({ personId: personAccess.personId })
        .from(personAccess)
        .where(and(eq(personAccess.userId, options.caseloadOf), eq(personAccess.relationship, 'practitioner'))),
    )
    return options.everyCarer === true ? or(onCaseload, isNotNull(agreements.carerPlanId)) : onCaseload
  }

  const withCurrent = async (rows: (typeof agreements.$inferSelect)[]): Promise<DirectPaymentAgreementRecord[]> => {
    if (rows.length === 0) return []
    const ids = rows.map((row) => row.id)
    const found: (typeof decisions.$inferSelect)[] = []
    for (let at = 0; at < ids.length; at += CHUNK)
      found.push(
        ...(await db
          .select()
          .from(decisions)
          .where(inArray(decisions.agreementId, ids.slice(at, at + CHUNK)))
          .orderBy(asc(decisions.sequence))),
      )
    const current = new Map<string, unknown>()
    const counts = new Map<string, number>()
    for (const decision of found) {
      counts.set(decision.agreementId, Math.max(counts.get(decision.agreementId) ?? 0, decision.sequence))
      if (decision.agreement !== null) current.set(decision.agreementId, decision.agreement)
    }
    return rows.map((row) => ({
      ...row,
      current: current.has(row.id) ? current.get(row.id) : row.agreement,
      decisionCount: counts.get(row.id) ?? 0,
    }))
  }

  /** Each return's latest placement of its spend, and how many it has had. */
  const placementsOf = async (returnIds: string[]) => {
    const latest = new Map<string, { sequence: number; supports: (string | null)[]; result: unknown }>()
    for (let at = 0; at < returnIds.length; at += CHUNK)
      for (const row of await db
        .select({
          returnId: placements.returnId,
          sequence: placements.sequence,
          supports: placements.supports,
          result: placements.result,
        })
        .from(placements)
        .where(inArray(placements.returnId, returnIds.slice(at, at + CHUNK)))) {
        const sequence = Number(row.sequence)
        if ((latest.get(row.returnId)?.sequence ?? 0) < sequence) latest.set(row.returnId, { ...row, sequence })
      }
    return latest
  }

  const withPlacements = async <Row extends typeof returns.$inferSelect>(
    rows: Row[],
    checked: Map<string, Date>,
  ): Promise<DirectPaymentReturnRecord[]> => {
    const placed = await placementsOf(rows.map((row) => row.id))
    return rows.map((row) => toReturn(row, checked.get(row.id) ?? null, placed.get(row.id)))
  }

  const toReturn = (
    row: typeof returns.$inferSelect,
    checkedAt: Date | null,
    placed?: { sequence: number; result: unknown },
  ): DirectPaymentReturnRecord => ({
    ...row,
    result: placed?.result ?? row.result,
    checkedAt,
    placements: placed?.sequence ?? 0,
  })

  const checkedAtOf = async (returnIds: string[]) => {
    const checked = new Map<string, Date>()
    for (let at = 0; at < returnIds.length; at += CHUNK) {
      const rows = await db
        .select({ returnId: decisions.returnId, decidedAt: decisions.decidedAt })
        .from(decisions)
        .where(inArray(decisions.returnId, returnIds.slice(at, at + CHUNK)))
      for (const row of rows) if (row.returnId !== null) checked.set(row.returnId, row.decidedAt)
    }
    return checked
  }

  const repository: DirectPaymentsRepository = {
    async createAgreement(input, now) {
      const carerPlanId = input.carerPlanId ?? null
      const taken = first(
        await db
          .select({ id: agreements.id })
          .from(agreements)
          .where(
            carerPlanId === null
              ? and(eq(agreements.planId, input.planId ?? ''), eq(agreements.planVersion, input.planVersion))
              : eq(agreements.carerPlanId, carerPlanId),
          ),
      )
      if (taken)
        return fail({
          path: 'planVersion',
          message: 'This version of the plan already has a direct-payment agreement: open that one',
        })
      const row = first(
        await db
          .insert(agreements)
          .values({ ...input, carerPlanId, createdAt: now })
          .returning(),
      )
      if (!row) throw new Error('The database stored no agreement')
      return ok({ ...row, current: row.agreement, decisionCount: 0 })
    },

    async lockAgreement(id) {
      if (engine === 'postgresql')
        await db.execute(sql`select 1 from ${agreements} where ${agreements.id} = ${id} for update`)
    },

    async findAgreement(id) {
      const [found] = await withCurrent(await db.select().from(agreements).where(eq(agreements.id, id)))
      return found
    },

    async listAgreements() {
      return withCurrent(await db.select().from(agreements).orderBy(asc(agreements.createdAt), asc(agreements.id)))
    },

    async listForPerson(personId) {
      return withCurrent(
        await db.select().from(agreements).where(eq(agreements.personId, personId)).orderBy(desc(agreements.createdAt)),
      )
    },

    async listDecisions(agreementId) {
      return db
        .select()
        .from(decisions)
        .where(eq(decisions.agreementId, agreementId))
        .orderBy(asc(decisions.sequence)) as Promise<DirectPaymentDecision[]>
    },

    async recordDecision({ seen, ...input }, now) {
      const [latest] = await db
        .select({ sequence: max(decisions.sequence) })
        .from(decisions)
        .where(eq(decisions.agreementId, input.agreementId))
      const count = Number(latest?.sequence ?? 0)
      if (count !== seen) return fail({ path: 'agreement', message: decisionMadeMeanwhileMessage })
      if (input.returnId !== null) {
        const already = first(
          await db.select({ id: decisions.id }).from(decisions).where(eq(decisions.returnId, input.returnId)),
        )
        if (already) return fail({ path: 'returnId', message: 'This return has already been checked' })
      }
      const row = first(
        await db
          .insert(decisions)
          .values({ ...input, id: randomUUID(), sequence: count + 1, decidedAt: now })
          .returning(),
      )
      if (!row) throw new Error('The database stored no decision')
      return ok(row as DirectPaymentDecision)
    },

    async lockPaymentRuns() {
      // A lock on a name, not a row: the run for a period does not exist until one of the officers makes it.
      if (engine === 'postgresql') await db.execute(sql`select pg_advisory_xact_lock(hashtext('direct-payment-runs'))`)
    },

    async findRunForPeriod(periodStart) {
      return first(await db.select().from(runs).where(eq(runs.periodStart, periodStart)))
    },

    async findRun(id) {
      return first(await db.select().from(runs).where(eq(runs.id, id)))
    },

    async listRuns() {
      return db.select().from(runs).orderBy(desc(runs.periodStart))
    },

    async paidReferences(references) {
      const paid = new Set<string>()
      for (let at = 0; at < references.length; at += CHUNK) {
        const rows = await db
          .select({ reference: payments.reference })
          .from(payments)
          .where(inArray(payments.reference, references.slice(at, at + CHUNK)))
        for (const row of rows) paid.add(row.reference)
      }
      return paid
    },

    async recordRun(input, now) {
      const earlier = await repository.findRunForPeriod(input.periodStart)
      if (earlier) return fail({ path: 'period', message: paymentRunRepeatedMessage(earlier) })
      const paid = await repository.paidReferences(input.payments.map((payment) => payment.reference))
      const toPay = input.payments.filter((payment) => !paid.has(payment.reference))
      const adjusted = new Set<string>()
      const wanted = (input.adjustments ?? []).map((adjustment) => adjustment.reference)
      for (let at = 0; at < wanted.length; at += CHUNK)
        for (const row of await db
          .select({ reference: adjustments.reference })
          .from(adjustments)
          .where(inArray(adjustments.reference, wanted.slice(at, at + CHUNK))))
          adjusted.add(row.reference)
      const toAdjust = (input.adjustments ?? []).filter((adjustment) => !adjusted.has(adjustment.reference))
      const signed = toAdjust.reduce(
        (sum, adjustment) => sum + (adjustment.kind === 'recovery' ? -adjustment.pence : adjustment.pence),
        0,
      )
      const id = randomUUID()
      const run = first(
        await db
          .insert(runs)
          .values({
            id,
            periodStart: input.periodStart,
            periodEnd: input.periodEnd,
            paidOn: input.paidOn,
            paymentCount: toPay.length + toAdjust.length,
            totalPence: toPay.reduce((sum, payment) => sum + payment.pence, 0) + signed,
            runByUserId: input.runByUserId,
            runAt: now,
          })
          .returning(),
      )
      if (!run) throw new Error('The database stored no payment run')
      for (let at = 0; at < toPay.length; at += CHUNK)
        await db
          .insert(payments)
          .values(
            toPay
              .slice(at, at + CHUNK)
              .map((payment) => ({ ...payment, id: randomUUID(), runId: id, paidOn: input.paidOn })),
          )
      for (let at = 0; at < toAdjust.length; at += CHUNK)
        await db
          .insert(adjustments)
          .values(
            toAdjust
              .slice(at, at + CHUNK)
              .map((adjustment) => ({ ...adjustment, id: randomUUID(), runId: id, paidOn: input.paidOn })),
          )
      return ok(run)
    },

    async paymentsMade(agreementIds) {
      const made = new Map<string, PaymentMadeRow[]>()
      const add = (agreementId: string, row: PaymentMadeRow) =>
        made.set(agreementId, [...(made.get(agreementId) ?? []), row])
      for (let at = 0; at < agreementIds.length; at += CHUNK) {
        const ids = agreementIds.slice(at, at + CHUNK)
        for (const row of await db
          .select({
            agreementId: payments.agreementId,
            reference: payments.reference,
            pence: payments.pence,
            paidOn: payments.paidOn,
          })
          .from(payments)
          .where(inArray(payments.agreementId, ids)))
          add(row.agreementId, { reference: row.reference, pence: row.pence, paidOn: row.paidOn, kind: 'payment' })
        for (const row of await db
          .select({
            agreementId: adjustments.agreementId,
            reference: adjustments.adjustsReference,
            pence: adjustments.pence,
            paidOn: adjustments.paidOn,
            kind: adjustments.kind,
          })
          .from(adjustments)
          .where(inArray(adjustments.agreementId, ids)))
          add(row.agreementId, {
            reference: row.reference,
            pence: row.pence,
            paidOn: row.paidOn,
            kind: row.kind === 'recovery' ? 'recovered' : 'payment',
          })
      }
      return made
    },

    async adjustmentsFor(agreementId) {
      return db
        .select()
        .from(adjustments)
        .where(eq(adjustments.agreementId, agreementId))
        .orderBy(asc(adjustments.paidOn), asc(adjustments.reference))
    },

    async adjustmentsOfRun(runId) {
      return db
        .select({
          id: adjustments.id,
          agreementId: adjustments.agreementId,
          runId: adjustments.runId,
          reference: adjustments.reference,
          adjustsReference: adjustments.adjustsReference,
          kind: adjustments.kind,
          periodStart: adjustments.periodStart,
          periodEnd: adjustments.periodEnd,
          paidOn: adjustments.paidOn,
          pence: adjustments.pence,
          explanation: adjustments.explanation,
          costCentre: agreements.costCentre,
        })
        .from(adjustments)
        .innerJoin(agreements, eq(agreements.id, adjustments.agreementId))
        .where(eq(adjustments.runId, runId))
        .orderBy(asc(adjustments.reference))
    },

    async paymentsOfRun(runId) {
      return db
        .select({
          id: payments.id,
          agreementId: payments.agreementId,
          runId: payments.runId,
          reference: payments.reference,
          kind: payments.kind,
          periodStart: payments.periodStart,
          periodEnd: payments.periodEnd,
          dueDate: payments.dueDate,
          paidOn: payments.paidOn,
          pence: payments.pence,
          explanation: payments.explanation,
          costCentre: agreements.costCentre,
        })
        .from(payments)
        .innerJoin(agreements, eq(agreements.id, payments.agreementId))
        .where(eq(payments.runId, runId))
        .orderBy(asc(payments.reference))
    },

    async paymentsFor(agreementId) {
      return db
        .select()
        .from(payments)
        .where(eq(payments.agreementId, agreementId))
        .orderBy(asc(payments.dueDate), asc(payments.reference))
    },

    async recordReturn({ lines, cardTransactions = [], ...input }, now) {
      if (input.statementSha256 !== null) {
        const earlier = first(
          await db
            .select({ sentAt: returns.sentAt })
            .from(returns)
            .where(and(eq(returns.agreementId, input.agreementId), eq(returns.statementSha256, input.statementSha256))),
        )
        if (earlier) return fail({ path: 'statement', message: statementAlreadyImportedMessage(earlier.sentAt) })
      }
      const id = randomUUID()
      const row = first(
        await db
          .insert(returns)
          .values({ ...input, id, sentAt: now })
          .returning(),
      )
      if (!row) throw new Error('The database stored no return')
      for (let at = 0; at < lines.length; at += CHUNK)
        await db
          .insert(spendLines)
          .values(lines.slice(at, at + CHUNK).map((line, index) => ({ ...line, returnId: id, line: at + index + 1 })))
      for (let at = 0; at < cardTransactions.length; at += CHUNK)
        await db
          .insert(cardTransactionRows)
          .values(
            cardTransactions
              .slice(at, at + CHUNK)
              .map((identity) => ({ agreementId: input.agreementId, identity, returnId: id })),
          )
      return ok(toReturn(row, null))
    },

    async cardTransactionsFor(agreementId) {
      const rows = await db
        .select({ identity: cardTransactionRows.identity })
        .from(cardTransactionRows)
        .where(eq(cardTransactionRows.agreementId, agreementId))
      return new Set(rows.map((row) => row.identity))
    },

    async returnsFor(agreementId) {
      const rows = await db
        .select()
        .from(returns)
        .where(eq(returns.agreementId, agreementId))
        .orderBy(asc(returns.periodEnd), asc(returns.sentAt))
      return withPlacements(rows, await checkedAtOf(rows.map((row) => row.id)))
    },

    async findReturn(id) {
      const row = first(await db.select().from(returns).where(eq(returns.id, id)))
      if (!row) return undefined
      const checked = await checkedAtOf([id])
      const placed = (await placementsOf([id])).get(id)
      const lines = await db
        .select({
          spentOn: spendLines.spentOn,
          description: spendLines.description,
          pence: spendLines.pence,
          supportId: spendLines.supportId,
        })
        .from(spendLines)
        .where(eq(spendLines.returnId, id))
        .orderBy(asc(spendLines.line))
      // The lines as sent, each against the support the latest placement gave it.
      const placedLines = lines.map((line, index) =>
        placed === undefined ? line : { ...line, supportId: placed.supports[index] ?? null },
      )
      return { ...toReturn(row, checked.get(id) ?? null, placed), lines: placedLines }
    },

    async listReturnsToCheck() {
      const rows = await db
        .select({ row: returns })
        .from(returns)
        .leftJoin(decisions, eq(decisions.returnId, returns.id))
        .where(isNull(decisions.id))
        .orderBy(asc(returns.sentAt))
      return withPlacements(
        rows.map(({ row }) => row),
        new Map(),
      )
    },

    async placeSpend({ seen, ...input }, now) {
      const checked = first(
        await db.select({ id: decisions.id }).from(decisions).where(eq(decisions.returnId, input.returnId)),
      )
      if (checked) return fail({ path: 'return', message: returnAlreadyCheckedMessage })
      const [latest] = await db
        .select({ sequence: max(placements.sequence) })
        .from(placements)
        .where(eq(placements.returnId, input.returnId))
      const count = Number(latest?.sequence ?? 0)
      if (count !== seen) return fail({ path: 'return', message: placedMeanwhileMessage })
      const sequence = count + 1
      await db.insert(placements).values({
        id: randomUUID(),
        returnId: input.returnId,
        sequence,
        supports: [...input.supports],
        result: input.result,
        placedByUserId: input.placedByUserId,
        placedAt: now,
      })
      return ok({ returnId: input.returnId, sequence })
    },

    async recordEmploymentEvidence(input, now) {
      const row = { ...input, id: randomUUID(), recordedAt: now }
      await db.insert(evidence).values(row)
      return row
    },

    async employmentEvidenceFor(agreementId) {
      return db
        .select()
        .from(evidence)
        .where(eq(evidence.agreementId, agreementId))
        .orderBy(asc(evidence.recordedAt), asc(evidence.id))
    },

    async attachReturnDocument(input, now) {
      const checked = first(
        await db.select({ id: decisions.id }).from(decisions).where(eq(decisions.returnId, input.returnId)),
      )
      if (checked) return fail({ path: 'return', message: returnClosedToDocumentsMessage })
      const content = Buffer.from(input.content)
      const sha256 = createHash('sha256').update(content).digest('hex')
      const earlier = first(
        await db
          .select({ uploadedAt: documents.uploadedAt })
          .from(documents)
          .where(and(eq(documents.returnId, input.returnId), eq(documents.sha256, sha256))),
      )
      if (earlier) return fail({ path: 'file', message: documentAlreadyAttachedMessage(earlier.uploadedAt) })
      // Two sending the same file at once: the unique index keeps one, and the other is told as above.
      const row = first(
        await db
          .insert(documents)
          .values({ ...input, id: randomUUID(), content, sizeBytes: content.byteLength, sha256, uploadedAt: now })
          .onConflictDoNothing()
          .returning(documentColumns),
      )
      return row ? ok(row) : fail({ path: 'file', message: documentAlreadyAttachedMessage(now) })
    },

    async returnDocuments(returnIds) {
      if (returnIds.length === 0) return []
      return db
        .select(documentColumns)
        .from(documents)
        .where(inArray(documents.returnId, [...returnIds]))
        .orderBy(asc(documents.uploadedAt), asc(documents.id))
    },

    async returnDocumentContent(id) {
      const row = first(
        await db
          .select({
            ...documentColumns,
            content: documents.content,
            agreementId: agreements.id,
            personId: agreements.personId,
          })
          .from(documents)
          .innerJoin(returns, eq(returns.id, documents.returnId))
          .innerJoin(agreements, eq(agreements.id, returns.agreementId))
          .where(eq(documents.id, id)),
      )
      if (!row) return undefined
      const { content, agreementId, personId, ...summary } = row
      return { summary, agreementId, personId, content }
    },

    async reviewBasis(options) {
      const ended = db
        .select({ agreementId: decisions.agreementId })
        .from(decisions)
        .where(eq(decisions.kind, 'ending'))
      const whose = reviewedBy(options)
      const rows = await db
        .select({
          agreementId: agreements.id,
          personId: agreements.personId,
          planId: agreements.planId,
          carerPlanId: agreements.carerPlanId,
          firstPaidOn: min(payments.paidOn).mapWith(String),
        })
        .from(agreements)
        .innerJoin(payments, eq(payments.agreementId, agreements.id))
        .where(and(notInArray(agreements.id, ended), whose))
        .groupBy(agreements.id, agreements.personId, agreements.planId, agreements.carerPlanId)
        .orderBy(asc(agreements.id))
      // Reviews are few (one or two a year an agreement): read those of the same agreements and keep each one's date.
      const held = new Map<string, string[]>()
      for (const row of await db
        .select({ agreementId: decisions.agreementId, detail: decisions.detail })
        .from(decisions)
        .innerJoin(agreements, eq(agreements.id, decisions.agreementId))
        .where(and(eq(decisions.kind, 'review'), whose))) {
        const heldOn = (row.detail as { heldOn?: unknown } | null)?.heldOn
        if (typeof heldOn === 'string') held.set(row.agreementId, [...(held.get(row.agreementId) ?? []), heldOn])
      }
      return rows.map((row) => ({ ...row, reviewsHeldOn: held.get(row.agreementId) ?? [] }))
    },
  }
  return repository
}
