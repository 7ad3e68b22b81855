import type { OutboxPurpose, Repositories } from '@open-sds/db'
import type { AppContext } from '../context'

/** The news a person is sent of their own care (issue 15). */
export type PersonNotice = Extract<
  OutboxPurpose,
  | 'self-assessment-received'
  | 'plan-approved'
  | 'plan-returned'
  | 'financial-assessment-confirmed'
  | 'financial-assessment-corrected'
>

// Where each notice asks the reader to look, and what it says: no detail of the record, which stays behind sign-in.
const NOTICES: Record<PersonNotice, { subject: string; news: string; path: (personId: string) => string }> = {
  'self-assessment-received': {
    subject: 'We have your self-assessment',
    news: 'We have received the self-assessment. Sign in to see the indicative budget and what happens next:',
    path: (personId) => `/people/${personId}/budget`,
  },
  'plan-approved': {
    subject: 'The support plan is agreed',
    news: 'The council has agreed the support plan. Sign in to read it:',
    path: (personId) => `/people/${personId}/plan`,
  },
  'plan-returned': {
    subject: 'The support plan needs changes',
    news: 'The council has returned the support plan with what needs to change. Sign in to read why and change it:',
    path: (personId) => `/people/${personId}/plan`,
  },
  'financial-assessment-confirmed': {
    subject: 'The charge for care is confirmed',
    news: 'The council has confirmed the financial assessment and the weekly charge. Sign in to see it, with how it was worked out:',
    path: (personId) => `/people/${personId}`,
  },
  'financial-assessment-corrected': {
    subject: 'The financial assessment was corrected',
    news: 'A finance officer has corrected the financial assessment. Sign in to see what changed and why:',
    path: (personId) => `/people/${personId}`,
  },
}

/**
 * Writes the notice to the person's own account and to each representative's, in the transaction of the act that
 * causes it (call it inside that `withAudit`). A person with no account is told nothing here: staff tell them.
 */
export async function tellPerson(
  context: Pick<AppContext, 'config'>,
  repos: Pick<Repositories, 'people' | 'outbox'>,
  personId: string,
  notice: PersonNotice,
  now: Date,
): Promise<number> {
  const { subject, news, path } = NOTICES[notice]
  const link = path(personId)
  const accounts = await repos.people.accountsToTell(personId)
  for (const account of accounts) {
    await repos.outbox.add(
      {
        toAddress: account.email,
        subject,
        body: [
          `Dear ${account.displayName},`,
          account.relationship === 'representative' ? `This is about the care of someone you act for. ${news}` : news,
          `${context.config.publicUrl}${link}`,
        ].join('\n\n'),
        purpose: notice,
        link,
        userId: account.userId,
      },
      now,
    )
  }
  return accounts.length
}

/** For `.then(...)` on a write that returns a Result: tells the person when it succeeded, in the same transaction. */
export const thenTell =
  (
    context: Pick<AppContext, 'config'>,
    repos: Pick<Repositories, 'people' | 'outbox'>,
    personId: string,
    notice: PersonNotice,
    now: Date,
  ) =>
  async <R extends { ok: boolean }>(result: R): Promise<R> => {
    if (result.ok) await tellPerson(context, repos, personId, notice, now)
    return result
  }
