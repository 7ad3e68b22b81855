import type { Viewer } from '../../.server/auth/session.js'
import type { AppContext } from '../../.server/context.js'
import { auditRead } from '../../.server/audit-read.js'
import { riskView } from '../_safeguarding+/positive-risks.server.js'

/** A risk the person has recorded (positive risk-taking), as the plan lists it, linked to where it can be read. */
export type RecordedRisk = { id: string; risk: string; rating: string; decision: string; href: string }

/**
 * The risks the person has recorded and had rated, for their plan to show beside it. A practitioner's link opens the
 * risk to agree it; the person's goes to it on their own list of risks. Reading them is audited as the risks page is.
 */
export async function recordedRisks(
  context: AppContext,
  viewer: Viewer,
  request: Request,
  personId: string,
  forPractitioner: boolean,
): Promise<RecordedRisk[]> {
  const records = await context.database.repos.positiveRisks.listForPerson(personId)
  if (records.length === 0) return []
  await auditRead(context, viewer, request, {
    action: 'positive-risk.read',
    personId,
    resource: `person:${personId}:risks`,
  })
  return records.map((record) => {
    const view = riskView(record, record.decision)
    return {
      id: view.id,
      risk: view.risk,
      rating: view.rating.label,
      decision: view.decision?.outcome ?? 'Not agreed yet',
      href: forPractitioner ? `/people/${personId}/risks/${view.id}` : `/people/${personId}/risks#risk-${view.id}`,
    }
  })
}
