import { redirect } from '@remix-run/node'
import { proxyChangedMeanwhileMessage, type ProxyRecord } from '@open-sds/db'
import { ProxyReasonSchema, proxyStanding, proxyStepAllowed, type ProxyParty } from '@open-sds/support-planning'
import type { AppContext } from '~/.server/context'
import { refuse as refuseForm, type RefusalArgs } from '~/.server/refusals'
import { auditedChange } from '~/.server/audited-change'
import { withClosing } from '../_work+/work-arrival.server'
import { proxyEntry } from './proxies.server'

export type ProxyEndRefusal = { errors: { field: string; message: string }[]; values: Record<string, string> }

/**
 * Ends a proxy's access, by the person, the proxy or a practitioner (who must say why), if it has not ended: the
 * step, the access it takes away and the audit entry in one transaction, so it stops working at once. Answers the
 * page's action: refused, back to the page with the reason (decision 055), else a redirect to `done`.
 */
export async function endProxy(
  context: AppContext,
  record: ProxyRecord,
  by: { userId: string; party: ProxyParty },
  { form, refusal, done }: { form: FormData; refusal: RefusalArgs; done: string },
  now: Date,
) {
  const seen = Number(form.get('seen'))
  const reasonText = String(form.get('reason') ?? '')
  const refuse = (field: string, message: string) =>
    refuseForm<ProxyEndRefusal>(refusal, { errors: [{ field, message }], values: { reason: reasonText } })
  const allowed = proxyStepAllowed(proxyStanding(record.events.map((event) => event.step)), 'ended', by.party)
  if (!allowed.ok) return refuse('end', allowed.errors[0]?.message ?? proxyChangedMeanwhileMessage)
  const reason = ProxyReasonSchema.safeParse({ reason: reasonText })
  if (by.party === 'practitioner' && !reason.success)
    return refuse('reason', 'Say why you are ending their access to act for the person')
  const ended = await auditedChange(
    context,
    // A request cancelled before the council decided leaves the queue with it (closing finished work is harmless).
    (repos) =>
      withClosing(
        context,
        repos.proxies.recordStep(
          record.id,
          Number.isInteger(seen) ? seen : -1,
          { step: 'ended', byUserId: by.userId, reason: reason.success ? reason.data.reason : null },
          now,
        ),
        { subject: `proxy-request:${record.id}`, personId: record.personId, actorUserId: by.userId },
        now,
      ),
    () => proxyEntry(record, by.userId, 'proxy.end', now, { by: by.party }),
  )
  return ended.ok ? redirect(done) : refuse('end', ended.errors[0]?.message ?? proxyChangedMeanwhileMessage)
}
