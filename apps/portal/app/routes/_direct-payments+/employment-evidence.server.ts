import {
  checkEmploymentEvidence,
  EvidenceSchema,
  type Agreement,
  type Evidence,
  type EvidenceStatus,
} from '@open-sds/direct-payments'
import type { EmploymentEvidenceRecord } from '@open-sds/db'
import { fail, formatPence, ok, parsePounds, type Result } from '@open-sds/kernel'
import type { Viewer } from '../../.server/auth/session.js'
import type { AppContext } from '../../.server/context.js'
import { auditedChange } from '../../.server/audited-change.js'
import { dateFromBoxes } from '../../.server/forms.js'
import { formatDate } from '../../components/dates.js'
import { todayInEngland } from '../_self-assessment+/self-assessment.server.js'
import { notFound } from './direct-payments.server.js'

/*
 * Personal-assistant employment evidence (issue 14): what the finance officer records against an agreement, and what
 * the finance officer and the person see of it. What is held, expiring or expired is @open-sds/direct-payments'
 * checkEmploymentEvidence; this reads the form and stores what was recorded, with its audit entry.
 */

export const EVIDENCE_KINDS: Record<Evidence['kind'], string> = {
  'employers-liability-insurance': 'Employer’s liability insurance',
  'payroll-provider': 'Payroll provider',
  pension: 'Workplace pension',
  dbs: 'A personal assistant’s DBS check',
}

const SUBJECT_WORDS: Record<Evidence['kind'], string> = {
  'employers-liability-insurance': 'the insurer',
  'payroll-provider': 'the payroll provider',
  pension: 'the pension scheme',
  dbs: 'the personal assistant’s name',
}

export const EVIDENCE_FIELDS = ['kind', 'subject', 'cover', 'expiresOn'] as const

const isKind = (value: string): value is Evidence['kind'] => Object.hasOwn(EVIDENCE_KINDS, value)

/** The evidence as typed, checked: every problem named by its field at once. */
export function readEvidenceForm(raw: Record<string, string>): Result<Evidence> {
  const problems: { path: string; message: string }[] = []
  const kind = raw.kind ?? ''
  if (!isKind(kind)) problems.push({ path: 'kind', message: 'Choose which evidence this is' })
  const subject = (raw.subject ?? '').trim()
  const subjectWords = isKind(kind) ? SUBJECT_WORDS[kind] : 'who or what the evidence names'
  if (subject === '') problems.push({ path: 'subject', message: `Enter ${subjectWords}` })
  else if (subject.length > 200)
    problems.push({ path: 'subject', message: `${subjectWords} must be 200 characters or fewer` })
  const expiresOn = dateFromBoxes(raw, 'expiresOn')
  if (expiresOn === '') problems.push({ path: 'expiresOn', message: 'Enter the date the evidence expires' })
  else if (expiresOn === 'not a date')
    problems.push({ path: 'expiresOn', message: 'Enter the date the evidence expires, as a real date' })
  let coverPence = 0
  if (kind === 'employers-liability-insurance') {
    const cover = parsePounds(raw.cover ?? '', { label: 'the amount the insurance covers', path: 'cover' })
    if (cover.ok) coverPence = cover.value
    else problems.push(...cover.errors)
  }
  if (problems.length > 0 || !isKind(kind)) return fail(...problems)
  const evidence = {
    'employers-liability-insurance': { kind, insurer: subject, coverPence, expiresOn },
    'payroll-provider': { kind, provider: subject, expiresOn },
    pension: { kind, scheme: subject, expiresOn },
    dbs: { kind, personalAssistant: subject, expiresOn },
  }[kind]
  const parsed = EvidenceSchema.safeParse(evidence)
  if (!parsed.success)
    return fail(
      ...parsed.error.issues.map((issue) => ({ path: String(issue.path[0] ?? 'form'), message: issue.message })),
    )
  return ok(parsed.data)
}

/** Records the evidence against the agreement with its audit entry, in one transaction. */
export async function recordEvidence(
  context: AppContext,
  viewer: Viewer,
  agreementId: string,
  raw: Record<string, string>,
  rulesVersion: string,
  now: Date,
): Promise<Result<EmploymentEvidenceRecord>> {
  const known = await context.database.repos.directPayments.findAgreement(agreementId)
  if (!known) throw notFound()
  const evidence = readEvidenceForm(raw)
  if (!evidence.ok) return evidence
  const subject = subjectOf(evidence.value)
  return auditedChange(
    context,
    async (repos) =>
      ok(
        await repos.directPayments.recordEmploymentEvidence(
          {
            agreementId,
            kind: evidence.value.kind,
            subject,
            expiresOn: evidence.value.expiresOn,
            evidence: evidence.value,
            rulesVersion,
            recordedByUserId: viewer.id,
          },
          now,
        ),
      ),
    (stored) => ({
      at: now,
      actorUserId: viewer.id,
      action: 'direct-payment.evidence-recorded',
      personId: known.personId,
      resource: `direct-payment:${agreementId}`,
      detail: { evidenceId: stored.id, kind: stored.kind, expiresOn: stored.expiresOn },
    }),
  )
}

const subjectOf = (evidence: Evidence): string => {
  switch (evidence.kind) {
    case 'employers-liability-insurance':
      return evidence.insurer
    case 'payroll-provider':
      return evidence.provider
    case 'pension':
      return evidence.scheme
    case 'dbs':
      return evidence.personalAssistant
  }
}

export const STATUS_TAGS: Record<EvidenceStatus, { words: string; colour: string }> = {
  held: { words: 'Held', colour: 'govuk-tag--green' },
  expiring: { words: 'Expiring soon', colour: 'govuk-tag--yellow' },
  expired: { words: 'Expired', colour: 'govuk-tag--red' },
  missing: { words: 'Missing', colour: 'govuk-tag--red' },
  recommended: { words: 'Recommended', colour: 'govuk-tag--grey' },
  'not-enough': { words: 'Not enough cover', colour: 'govuk-tag--red' },
}

/**
 * What the evidence recorded shows on a day: each finding of the package's check (the newest evidence of each kind;
 * a DBS check for each personal assistant named in one), what to act on, and everything recorded, newest first.
 */
export function evidenceView(records: readonly EmploymentEvidenceRecord[], agreement: Agreement, today: string) {
  const evidence = records.map((record) => record.evidence as Evidence)
  // Each personal assistant named in a DBS check, once however their name was typed.
  const named = new Map<string, string>()
  for (const item of evidence)
    if (item.kind === 'dbs') named.set(item.personalAssistant.toLowerCase(), item.personalAssistant)
  const assistants = [...named.values()].map((name) => ({ name }))
  const check = checkEmploymentEvidence({
    on: today,
    recipientRole: agreement.recipient.role,
    personalAssistants: assistants,
    evidence,
  })
  if (!check.ok) throw new Error(`stored employment evidence no longer checks: ${JSON.stringify(check.errors)}`)
  return {
    findings: check.value.findings.map((finding) => ({
      text: finding.text,
      status: finding.status,
      tag: STATUS_TAGS[finding.status],
    })),
    toActOn: check.value.toActOn.length,
    how: check.value.explanation.map((line) => line.text),
    recorded: [...records].reverse().map((record) => {
      const item = record.evidence as Evidence
      return {
        id: record.id,
        kind: EVIDENCE_KINDS[item.kind],
        subject: record.subject,
        cover:
          item.kind === 'employers-liability-insurance' ? formatPence(item.coverPence, { omitZeroPence: true }) : null,
        expires: formatDate(record.expiresOn),
        recordedOn: formatDate(todayInEngland(record.recordedAt)),
      }
    }),
  }
}
