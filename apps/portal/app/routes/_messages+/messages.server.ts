import type { MessageSide, MessageWording, Repositories } from '@open-sds/db'
import { hasRole } from '~/.server/auth/roles'
import { addressOf } from '~/.server/notify/person-notices'
import { mayDoFor } from '~/.server/auth/proxy-scope'
import type { Viewer } from '~/.server/auth/session'
import type { AppContext } from '~/.server/context'

export const threadPath = (personId: string) => `/people/${encodeURIComponent(personId)}/messages`

/**
 * Whether a member of staff works with a person, by the checks the portal already makes elsewhere (issue 15 asks for
 * no new rule): a practitioner with the person on their caseload, anyone holding open work about them or in a team
 * whose queue holds it, and a finance officer once the person's financial assessment has reached the council. The
 * answer is a test to ask of many people: what it needs of the viewer's work is read once, when first asked.
 */
export function worksWithTest(
  context: AppContext,
  viewer: Pick<Viewer, 'id' | 'roles'>,
): (personId: string) => Promise<boolean> {
  const { people, work, financialAssessments } = context.database.repos
  const practitioner = hasRole(viewer, 'practitioner')
  const finance = hasRole(viewer, 'finance-officer')
  let peopleInWork: Promise<Set<string>> | undefined
  const workAbout = async () => {
    const held = (await work.caseload(viewer.id)).filter((item) => !item.closed)
    const queued = await Promise.all((await work.teamsOf(viewer.id)).map((team) => work.queue(team.teamId)))
    return new Set([...held, ...queued.flat()].flatMap((item) => (item.personId ? [item.personId] : [])))
  }
  return async (personId) => {
    if (!practitioner && !finance) return false
    if (practitioner && (await people.relationshipOf(viewer.id, personId)) === 'practitioner') return true
    if (finance && (await financialAssessments.current(personId))) return true
    peopleInWork ??= workAbout()
    return (await peopleInWork).has(personId)
  }
}

/**
 * Which side of the person's thread the viewer is on, or undefined when they may not see it: the person's own
 * account and whoever acts for them (a proxy of any scope can read), or staff who work with the person.
 */
export async function sideOf(
  context: AppContext,
  viewer: Viewer,
  personId: string,
): Promise<{ side: MessageSide; maySend: boolean } | undefined> {
  if (viewer.role === 'citizen') {
    const relationship = await context.database.repos.people.relationshipOf(viewer.id, personId)
    if (relationship !== 'self' && relationship !== 'representative') return undefined
    // Writing to the council for someone is sending a form for them (decision 035): a proxy who may only see
    // records reads the thread but does not write in it.
    return { side: 'person', maySend: await mayDoFor(context, viewer.id, personId, 'send-forms') }
  }
  return (await worksWithTest(context, viewer)(personId)) ? { side: 'staff', maySend: true } : undefined
}

/** The threads with messages from people's side this member of staff works with and has not read, newest first. */
export async function unreadForStaff(context: AppContext, viewer: Pick<Viewer, 'id' | 'roles'>, limit = 50) {
  const worksWith = worksWithTest(context, viewer)
  const unread = await context.database.repos.secureMessages.unreadThreads(viewer.id, 'person', { limit: 200 })
  const theirs = []
  for (const thread of unread) {
    if (theirs.length >= limit) break
    if (await worksWith(thread.personId)) theirs.push(thread)
  }
  return theirs
}

export const threadNotFound = () =>
  new Response('There are no messages at this address that you can see.', { status: 404, statusText: 'Not Found' })

// Never the words of the message, nor whose thread it is: only that there is one, and where to sign in to read it.
const NOTICE: Record<MessageWording, { subject: string; news: string }> = {
  standard: {
    subject: 'You have a new message',
    news: 'You have a new secure message from the council. Sign in to read it:',
  },
  'easy-read': { subject: 'You have a new message', news: 'We sent you a message.\n\nSign in to read it:' },
}
const STAFF_NOTICE = 'You have a new secure message from someone you work with. Sign in to read it:'

type TellRepos = Pick<
  Repositories,
  'people' | 'outbox' | 'secureMessages' | 'financialAssessments' | 'users' | 'contactPreferences'
>
type StaffAccount = Awaited<ReturnType<Repositories['secureMessages']['staffToTell']>>[number]

/**
 * The staff who work with the person and hear of their messages: practitioners with them on their caseload and staff
 * who wrote in the thread (`staffToTell`), and the finance officer who confirmed or corrected their charge in force.
 */
async function staffToTell(repos: TellRepos, personId: string): Promise<StaffAccount[]> {
  const accounts = await repos.secureMessages.staffToTell(personId)
  const charge = await repos.financialAssessments.current(personId)
  const officerId =
    charge?.kind === 'confirmation' || charge?.kind === 'correction' ? charge.recordedByUserId : undefined
  if (!officerId || accounts.some((account) => account.userId === officerId)) return accounts
  const officer = await repos.users.findById(officerId)
  const isFinance =
    officer?.role === 'finance-officer' || (await repos.users.otherRoles(officerId)).includes('finance-officer')
  if (!officer || officer.disabledAt || !isFinance) return accounts
  const { channel, mobile, wording } = await repos.contactPreferences.find(officerId)
  return [
    ...accounts,
    {
      userId: officer.id,
      email: officer.email,
      displayName: officer.displayName,
      contact: { channel, mobile, wording },
    },
  ]
}

/**
 * Whether a member of staff still has an earlier message from the person's side unread: they were told of it, and
 * are not told again until they read the thread, so a chatty thread sends each of them one notice, not one a message.
 */
const stillUnread = async (repos: TellRepos, userId: string, personId: string, earlierFromPerson: number) =>
  earlierFromPerson > (await repos.secureMessages.readUpTo(userId, personId))

/**
 * Tells the other side of the thread that a message has come, in the transaction that stores it (call it inside that
 * `withAudit`), each account by the channel it chose. The writer is never told of their own message.
 */
export async function tellOfNewMessage(
  context: Pick<AppContext, 'config'>,
  repos: TellRepos,
  message: { personId: string; side: MessageSide; authorUserId: string; seq: number },
  now: Date,
): Promise<number> {
  const link = threadPath(message.personId)
  const fromPerson = message.side === 'person'
  const accounts = fromPerson
    ? (await staffToTell(repos, message.personId)).map((account) => ({ ...account, staff: true }))
    : await repos.people.accountsToTell(message.personId)
  // The person's side's last message before this one: staff who have not read up to it were told already.
  const earlierFromPerson = fromPerson
    ? Math.max(
        0,
        ...(await repos.secureMessages.thread(message.personId))
          .filter((each) => each.side === 'person' && each.seq < message.seq)
          .map((each) => each.seq),
      )
    : 0
  let told = 0
  for (const account of accounts) {
    if (account.userId === message.authorUserId) continue
    if (fromPerson && (await stillUnread(repos, account.userId, message.personId, earlierFromPerson))) continue
    const { subject, news } = NOTICE[account.contact.wording]
    await repos.outbox.add(
      {
        ...addressOf(account),
        subject,
        body: [
          `Dear ${account.displayName},`,
          'staff' in account ? STAFF_NOTICE : news,
          `${context.config.publicUrl}${link}`,
        ].join('\n\n'),
        purpose: 'new-message',
        link,
        userId: account.userId,
      },
      now,
    )
    told += 1
  }
  return told
}
