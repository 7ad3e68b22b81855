import type { MessageWording, OutboxPurpose, Repositories } from '@open-sds/db'
import { proxyMay, type ProxyAction } from '@open-sds/support-planning'
import type { AppContext } from '../context'

/** The news a person is sent of their own care (issue 15). */
export type PersonNotice = Extract<
  OutboxPurpose,
  | 'self-assessment-received'
  | 'plan-approved'
  | 'plan-returned'
  | 'financial-assessment-confirmed'
  | 'financial-assessment-corrected'
  | 'budget-agreed'
  | 'budget-changed'
  | 'not-eligible'
  | 'review-due'
  | 'review-overdue'
>

// Where each notice asks the reader to look, and what it says: no detail of the record, which stays behind sign-in.
// Easy Read: short sentences, one idea each, for whoever chose it on their account page. `{date}` is a date the
// caller gives, in words. `proxy`: what a proxy must be allowed to do to hear it (decision 035): news of a decision
// goes to whoever may see the records; a request to change or prepare something only to whoever may send forms.
type Words = { subject: string; news: string }
type Notice = Words & {
  easyRead: Words
  path: (personId: string) => string
  proxy?: ProxyAction
  /** The outbox purpose, when it is not the notice's own name. */
  purpose?: OutboxPurpose
}

/** A direct payment's review (regulation 7, issue 14): counted in the outbox as the review notices they are. */
export type DirectPaymentReviewNotice = 'direct-payment-review-due' | 'direct-payment-review-overdue'

const NOTICES: Record<PersonNotice | DirectPaymentReviewNotice, Notice> = {
  'self-assessment-received': {
    easyRead: {
      subject: 'We got your form',
      news: 'We got your form about your needs.\n\nSign in to see how much money you may get:',
    },
    subject: 'We have your self-assessment',
    news: 'We have received the self-assessment. Sign in to see the indicative budget and what happens next:',
    path: (personId) => `/people/${personId}/budget`,
  },
  'plan-approved': {
    easyRead: { subject: 'Your plan is agreed', news: 'We said yes to your support plan.\n\nSign in to read it:' },
    subject: 'The support plan is agreed',
    news: 'The council has agreed the support plan. Sign in to read it:',
    path: (personId) => `/people/${personId}/plan`,
  },
  'plan-returned': {
    easyRead: {
      subject: 'Your plan needs changes',
      news: 'We sent your support plan back.\n\nWe say what to change.\n\nSign in to read it:',
    },
    subject: 'The support plan needs changes',
    news: 'The council has returned the support plan with what needs to change. Sign in to read why and change it:',
    path: (personId) => `/people/${personId}/plan`,
    proxy: 'send-forms',
  },
  'financial-assessment-confirmed': {
    easyRead: {
      subject: 'What you pay is agreed',
      news: 'We worked out what you pay for your care each week.\n\nSign in to see it:',
    },
    subject: 'The charge for care is confirmed',
    news: 'The council has confirmed the financial assessment and the weekly charge. Sign in to see it, with how it was worked out:',
    path: (personId) => `/people/${personId}`,
  },
  'financial-assessment-corrected': {
    easyRead: {
      subject: 'We changed what you pay',
      news: 'We changed the money form about you.\n\nSign in to see what changed and why:',
    },
    subject: 'The financial assessment was corrected',
    news: 'A finance officer has corrected the financial assessment. Sign in to see what changed and why:',
    path: (personId) => `/people/${personId}`,
  },
  'budget-agreed': {
    easyRead: {
      subject: 'Your money for support is agreed',
      news: 'We agreed how much money you get for your support.\n\nSign in to see it:',
    },
    subject: 'The personal budget is agreed',
    news: 'The council has agreed the personal budget. Sign in to see it, with how it was worked out and what happens next:',
    path: (personId) => `/people/${personId}/budget`,
  },
  'budget-changed': {
    easyRead: {
      subject: 'Your money for support has changed',
      news: 'We changed how much money you get for your support.\n\nSign in to see it and why:',
    },
    subject: 'The personal budget has changed',
    news: 'The council has changed the personal budget. Sign in to see the new budget and the reason for the change:',
    path: (personId) => `/people/${personId}/budget`,
  },
  'not-eligible': {
    easyRead: {
      subject: 'We made a decision about your support',
      news: 'We looked at your needs.\n\nWe made a decision.\n\nSign in to read it and what you can do next:',
    },
    subject: 'The council has decided about eligibility',
    news: 'The council has decided whether the needs are eligible for support. Sign in to read the decision, the reasons and what you can do if you disagree:',
    path: (personId) => `/people/${personId}/budget`,
  },
  'review-due': {
    easyRead: {
      subject: 'It is nearly time to check your plan',
      news: 'We will check your support plan with you soon.\n\nThe date is {date}.\n\nThink about what is working and what is not.\n\nSign in to look at your plan:',
    },
    subject: 'The support plan is due for review',
    news: 'The support plan is due to be reviewed by {date}. The council will contact you to arrange it. It helps to think about what is working and what is not. Sign in to read the plan:',
    path: (personId) => `/people/${personId}/plan`,
    proxy: 'send-forms',
  },
  'review-overdue': {
    easyRead: {
      subject: 'We need to check your plan',
      news: 'We should have checked your support plan with you by {date}.\n\nWe are sorry it is late.\n\nWe will contact you.\n\nSign in to look at your plan:',
    },
    subject: 'The review of the support plan is overdue',
    news: 'The support plan should have been reviewed by {date}. The council will contact you to arrange it; you can also contact the council. Sign in to read the plan:',
    path: (personId) => `/people/${personId}/plan`,
    proxy: 'send-forms',
  },
  // Whoever manages the money sends its returns, so a proxy hears of its review when they may send forms.
  'direct-payment-review-due': {
    easyRead: {
      subject: 'It is nearly time to check your direct payment',
      news: 'We will check your direct payment with you soon.\n\nThe date is {date}.\n\nSign in to look at your money:',
    },
    subject: 'The direct payment is due for review',
    news: 'The direct payment is due to be reviewed by {date}: the council checks it still meets the needs and that the money is managed well. The council will contact you to arrange it. Sign in to see the money:',
    path: (personId) => `/people/${personId}/money`,
    proxy: 'send-forms',
    purpose: 'review-due',
  },
  'direct-payment-review-overdue': {
    easyRead: {
      subject: 'We need to check your direct payment',
      news: 'We should have checked your direct payment with you by {date}.\n\nWe are sorry it is late.\n\nWe will contact you.\n\nSign in to look at your money:',
    },
    subject: 'The review of the direct payment is overdue',
    news: 'The direct payment should have been reviewed by {date}. The council will contact you to arrange it; you can also contact the council. Sign in to see the money:',
    path: (personId) => `/people/${personId}/money`,
    proxy: 'send-forms',
    purpose: 'review-overdue',
  },
}

const aboutSomeoneElse = (wording: MessageWording) =>
  wording === 'easy-read' ? 'This is about someone you help.' : 'This is about the care of someone you act for.'

/** Where an account hears, the way it chose (issue 15): a text message to its mobile, or an email. */
export function addressOf(account: {
  email: string
  contact: { channel: string; mobile: string | null; wording: MessageWording }
}): { toAddress: string; channel: 'sms' | 'email'; wording: MessageWording } {
  const mobile = account.contact.channel === 'sms' ? account.contact.mobile : null
  return mobile
    ? { toAddress: mobile, channel: 'sms', wording: account.contact.wording }
    : { toAddress: account.email, channel: 'email', wording: account.contact.wording }
}

const filledIn = (text: string, date: string | undefined) =>
  date === undefined ? text : text.replaceAll('{date}', date)

/**
 * Writes the notice to the person's own account and to each representative's, in the transaction of the act that
 * causes it (call it inside that `withAudit`). A proxy hears it only when their scope covers what it is about
 * (decision 035); a representative the council recorded before proxies existed hears everything, as they may do
 * everything. A person with no account is told nothing here: staff tell them. Returns how many accounts were told.
 */
export async function tellPerson(
  context: Pick<AppContext, 'config'>,
  repos: Pick<Repositories, 'people' | 'outbox' | 'proxies'>,
  personId: string,
  notice: PersonNotice | DirectPaymentReviewNotice,
  now: Date,
  facts: { date?: string } = {},
): Promise<number> {
  const { path, proxy = 'see-records', purpose = notice as PersonNotice, ...wordings } = NOTICES[notice]
  const link = path(personId)
  let told = 0
  for (const account of await repos.people.accountsToTell(personId)) {
    if (account.relationship === 'representative') {
      const scope = await repos.proxies.activeScope(account.userId, personId)
      if (scope !== undefined && !proxyMay(scope, proxy)) continue
    }
    const chosen = account.contact.wording === 'easy-read' ? wordings.easyRead : wordings
    const subject = chosen.subject
    const news = filledIn(chosen.news, facts.date)
    await repos.outbox.add(
      {
        ...addressOf(account),
        subject,
        body: [
          `Dear ${account.displayName},`,
          account.relationship === 'representative' ? `${aboutSomeoneElse(account.contact.wording)} ${news}` : news,
          `${context.config.publicUrl}${link}`,
        ].join('\n\n'),
        purpose,
        link,
        userId: account.userId,
      },
      now,
    )
    told += 1
  }
  return told
}

/** For `.then(...)` on a write that returns a Result: tells the person when it succeeded, in the same transaction. */
export const thenTell =
  (
    context: Pick<AppContext, 'config'>,
    repos: Pick<Repositories, 'people' | 'outbox' | 'proxies'>,
    personId: string,
    notice: PersonNotice,
    now: Date,
  ) =>
  async <R extends { ok: boolean }>(result: R): Promise<R> => {
    if (result.ok) await tellPerson(context, repos, personId, notice, now)
    return result
  }
