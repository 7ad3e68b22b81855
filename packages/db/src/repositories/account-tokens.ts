import { and, eq, gt, isNull, ne } from 'drizzle-orm'
import { fail, ok, type Result } from '@open-sds/kernel'
import type { AccountTokenPurpose } from '../schema/accounts.js'
import { isSessionTokenHash } from '../session-token.js'
import { first, type Store, type Tables } from '../store.js'

export const accountLinkUsedMessage = 'This link has already been used. Ask for a new one.'
export const accountLinkExpiredMessage = 'This link has expired. Ask for a new one.'
export const accountLinkUnknownMessage = 'This link is not recognised. Check it was copied whole, or ask for a new one.'

/** Why a link could not be used, for the audit log: the person is told the matching message above. */
export type AccountLinkProblem = 'used' | 'expired' | 'unknown'

export type AccountToken = Tables['accountTokens']['$inferSelect']

export type NewAccountToken = {
  /** The SHA-256 hex digest of the token (`hashSessionToken`), never the token. */
  tokenHash: string
  userId: string
  purpose: AccountTokenPurpose
  expiresAt: Date
  newEmail?: string | undefined
}

export interface AccountTokensRepository {
  /** Stores a single-use link under the hash of its token. Throws if given anything but a SHA-256 hex digest. */
  issue(token: NewAccountToken, now: Date): Promise<AccountToken>
  /** The link if it may be used now; otherwise why not, in words for the person and as a code for the audit. */
  check(tokenHash: string, purpose: AccountTokenPurpose, now: Date): Promise<Result<AccountToken>>
  /**
   * Spends the link: marks it used if it is unused and in time (in one statement, so two requests racing with the same
   * link cannot both succeed), and with it every other unused link of the same account for the same purpose, so an
   * older link in someone's mailbox stops working too. Answers as `check` when it cannot.
   */
  use(tokenHash: string, purpose: AccountTokenPurpose, now: Date): Promise<Result<AccountToken>>
}

/** The problem code of a refusal from `check` or `use`, for the audit entry. */
export const accountLinkProblemOf = (issues: readonly { message: string }[]): AccountLinkProblem => {
  const message = issues[0]?.message
  if (message === accountLinkUsedMessage) return 'used'
  if (message === accountLinkExpiredMessage) return 'expired'
  return 'unknown'
}

export function createAccountTokensRepository({ db, t }: Store): AccountTokensRepository {
  const { accountTokens } = t
  const find = async (tokenHash: string, purpose: AccountTokenPurpose) =>
    isSessionTokenHash(tokenHash)
      ? first(
          await db
            .select()
            .from(accountTokens)
            .where(and(eq(accountTokens.tokenHash, tokenHash), eq(accountTokens.purpose, purpose))),
        )
      : undefined
  const answer = (row: AccountToken | undefined, now: Date): Result<AccountToken> => {
    if (!row) return fail({ path: 'link', message: accountLinkUnknownMessage })
    if (row.usedAt !== null) return fail({ path: 'link', message: accountLinkUsedMessage })
    if (row.expiresAt.getTime() <= now.getTime()) return fail({ path: 'link', message: accountLinkExpiredMessage })
    return ok(row)
  }

  return {
    async issue(token, now) {
      if (!isSessionTokenHash(token.tokenHash)) {
        throw new TypeError('An account link must be stored under the SHA-256 hex digest of its token, never the token')
      }
      const [row] = await db
        .insert(accountTokens)
        .values({
          tokenHash: token.tokenHash,
          userId: token.userId,
          purpose: token.purpose,
          newEmail: token.newEmail ?? null,
          createdAt: now,
          expiresAt: token.expiresAt,
          usedAt: null,
        })
        .returning()
      if (!row) throw new Error('The database stored no account link')
      return row
    },

    async check(tokenHash, purpose, now) {
      return answer(await find(tokenHash, purpose), now)
    },

    async use(tokenHash, purpose, now) {
      if (!isSessionTokenHash(tokenHash)) return answer(undefined, now)
      const spent = first(
        await db
          .update(accountTokens)
          .set({ usedAt: now })
          .where(
            and(
              eq(accountTokens.tokenHash, tokenHash),
              eq(accountTokens.purpose, purpose),
              isNull(accountTokens.usedAt),
              gt(accountTokens.expiresAt, now),
            ),
          )
          .returning(),
      )
      if (!spent) return answer(await find(tokenHash, purpose), now)
      await db
        .update(accountTokens)
        .set({ usedAt: now })
        .where(
          and(
            eq(accountTokens.userId, spent.userId),
            eq(accountTokens.purpose, purpose),
            isNull(accountTokens.usedAt),
            ne(accountTokens.tokenHash, tokenHash),
          ),
        )
      return ok(spent)
    },
  }
}
