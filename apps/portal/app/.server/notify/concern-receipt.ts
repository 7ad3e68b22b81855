import { ukMobileNumber, type Repositories } from '@open-sds/db'
import { z } from 'zod'

const isEmail = (typed: string) => z.email().safeParse(typed).success

/**
 * Where a reporter's receipt goes (issue 15): the "phone number or email address" they gave, when it is an email
 * address or a UK mobile number. A landline, or words, get no receipt: the council phones them instead.
 */
export function receiptAddress(contact: string | undefined): { channel: 'email' | 'sms'; to: string } | undefined {
  const typed = (contact ?? '').trim()
  if (isEmail(typed)) return { channel: 'email', to: typed }
  const mobile = ukMobileNumber(typed)
  return mobile ? { channel: 'sms', to: mobile } : undefined
}

/**
 * Writes the receipt for a reported concern, in the transaction that stores it: its reference and what happens next,
 * nothing of what was reported (a message can be read by whoever holds the phone).
 */
export async function queueConcernReceipt(
  repos: Pick<Repositories, 'outbox'>,
  concern: { reference: string; contact: string | undefined; userId: string | undefined },
  now: Date,
): Promise<boolean> {
  const address = receiptAddress(concern.contact)
  if (!address) return false
  await repos.outbox.add(
    {
      toAddress: address.to,
      channel: address.channel,
      subject: `We have your concern, reference ${concern.reference}`,
      body: [
        `Thank you for telling us. We have your concern about an adult, reference ${concern.reference}.`,
        'Someone from the safeguarding team will look at it today. We may contact you to ask more.',
        'If someone is in immediate danger, call 999.',
      ].join('\n\n'),
      purpose: 'concern-received',
      userId: concern.userId,
    },
    now,
  )
  return true
}
