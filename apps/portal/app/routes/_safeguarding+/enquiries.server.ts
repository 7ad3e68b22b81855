import { randomUUID } from 'node:crypto'
import type { ConcernRecord, EnquiryRecord, Repositories } from '@open-sds/db'
import {
  ConcernSchema,
  EnquirySchema,
  Section42DecisionSchema,
  mspRowOf,
  openEnquiry,
  riskOutcomeRow,
  riskResultRow,
  transitionEnquiry,
  type Enquiry,
  type EnquiryEvent,
  type Result,
} from '@open-sds/safeguarding'
import { fail } from '@open-sds/kernel'
import type { Viewer } from '../../.server/auth/session.js'

/** The stored enquiry, read back through the package's own schema rather than trusted. */
export const enquiryOf = (record: EnquiryRecord): Enquiry => EnquirySchema.parse(record.enquiry)

/**
 * Opens the enquiry the latest section 42 decision calls for, carrying over what the concern recorded. A write: call
 * it inside `withAudit` with the repositories it gives.
 */
export async function openEnquiryFor(
  repos: Repositories,
  viewer: Viewer,
  concern: ConcernRecord,
  now: Date,
): Promise<Result<EnquiryRecord>> {
  const { safeguarding } = repos
  const decision = await safeguarding.latestSection42Decision(concern.id)
  if (!decision) return fail({ path: 'decision', message: 'Record the section 42 decision before opening an enquiry' })
  const id = randomUUID()
  const opened = openEnquiry(ConcernSchema.parse(concern.concern), Section42DecisionSchema.parse(decision.decision), {
    now,
    actor: viewer.displayName,
    enquiryId: id,
  })
  if (!opened.ok) return opened
  const enquiry = opened.value
  const stored = await safeguarding.openEnquiry(
    {
      id,
      concernId: concern.id,
      kind: enquiry.kind,
      personId: concern.personId,
      ageBand: enquiry.person.ageBand,
      openedOn: enquiry.openedOn,
      openedByUserId: viewer.id,
      typesOfAbuse: enquiry.risk.typesOfAbuse,
      locationOfRisk: enquiry.risk.locationOfRisk ?? null,
      sourceOfRisk: enquiry.risk.sourceOfRisk ?? null,
      enquiry,
    },
    now,
  )
  return stored
}

/**
 * One change to an open enquiry, checked by the package's life cycle and kept as a new version with its history. A
 * write: call it inside `withAudit` with the repositories it gives.
 */
export async function changeEnquiry(
  repos: Repositories,
  viewer: Viewer,
  record: EnquiryRecord,
  event: EnquiryEvent,
  now: Date,
): Promise<Result<EnquiryRecord>> {
  const current = enquiryOf(record)
  const next = transitionEnquiry(current, event, { actor: viewer.displayName, now, expectedVersion: record.version })
  if (!next.ok) return next
  const enquiry = next.value
  const closure = enquiry.status === 'closed' ? enquiry.closure : undefined
  return repos.safeguarding.changeEnquiry(
    {
      enquiryId: record.id,
      expectedVersion: record.version,
      actorUserId: viewer.id,
      event: event.type,
      detail: event as Record<string, unknown>,
      status: enquiry.status,
      typesOfAbuse: enquiry.risk.typesOfAbuse,
      locationOfRisk: enquiry.risk.locationOfRisk ?? null,
      sourceOfRisk: enquiry.risk.sourceOfRisk ?? null,
      closedOn: closure?.closedOn ?? null,
      riskOutcomeRow: closure ? riskOutcomeRow(closure.riskOutcome) : null,
      riskResultRow: closure ? riskResultRow(closure.riskOutcome) : null,
      mspRow: closure ? mspRowOf(enquiry) : null,
      enquiry,
    },
    now,
  )
}
