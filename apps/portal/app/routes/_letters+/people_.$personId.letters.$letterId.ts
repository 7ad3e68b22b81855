import type { LoaderFunctionArgs } from '@remix-run/node'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { requireActingFor } from '~/routes/_self-assessment+/self-assessment.server'

/**
 * A decision letter, downloaded by the person or whoever acts for them (issue 15, decision 052): the PDF exactly as it
 * was made when the decision was made. Anyone else, or a letter about someone else, is not found.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, 'routes/_letters+/people_.$personId.letters.$letterId')
  const { personId } = await requireActingFor(context, viewer, params.personId ?? '')
  const found = await context.database.repos.decisionLetters.pdfOf(personId, params.letterId ?? '')
  if (!found) throw new Response('There is no letter at this address.', { status: 404, statusText: 'Not Found' })
  await context.database.repos.audit.append({
    at: new Date(),
    actorUserId: viewer.id,
    action: 'decision-letter.read',
    personId,
    resource: `decision-letter:${found.letter.id}`,
    detail: { sha256: found.letter.sha256 },
  })
  return new Response(new Uint8Array(found.pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Length': String(found.pdf.length),
      'Content-Disposition': `attachment; filename="${found.letter.kind}-${found.letter.madeAt.toISOString().slice(0, 10)}.pdf"`,
      'Cache-Control': 'no-store',
    },
  })
}
