import { and, eq, isNotNull, isNull, lt, or, sql } from 'drizzle-orm'
import { isSessionTokenHash } from '../session-token.js'
import { first, rowsChanged, type Store, type Tables } from '../store.js'

/** An account's second factor (decision 033): its secret sealed by the portal, confirmed or still being set up. */
export type SecondFactor = Tables['secondFactors']['$inferSelect']

export interface SecondFactorsRepository {
  /** The account's second factor, confirmed or waiting for its first code; undefined when it has none. */
  find(userId: string): Promise<SecondFactor | undefined>
  /**
   * Starts set-up with a new sealed secret, replacing one still waiting for its first code. False, changing nothing,
   * when the account already has a confirmed second factor: that is turned off first, with the password.
   */
  begin(userId: string, sealedSecret: string, now: Date): Promise<boolean>
  /**
   * Confirms set-up with the step of the first right code (so that code cannot be used again) and stores the recovery
   * codes' hashes, replacing any. False when there was no set-up waiting.
   */
  confirm(userId: string, step: number, recoveryCodeHashes: readonly string[], now: Date): Promise<boolean>
  /**
   * Spends a code's 30-second step: true only when it is later than the last step used, in one statement, so the same
   * code sent twice at once is accepted once.
   */
  useStep(userId: string, step: number): Promise<boolean>
  /** Spends a recovery code by its hash: true the first time, false after (or for a code not the account's). */
  useRecoveryCode(userId: string, codeHash: string, now: Date): Promise<boolean>
  /** Replaces every recovery code of the account with these. */
  replaceRecoveryCodes(userId: string, codeHashes: readonly string[], now: Date): Promise<void>
  /** How many of the account's recovery codes are still unused. */
  unusedRecoveryCodes(userId: string): Promise<number>
  /** Turns the second factor off: removes the secret and every recovery code. False when there was none. */
  remove(userId: string): Promise<boolean>
}

function checkedHashes(codeHashes: readonly string[]): readonly string[] {
  // The same check as for session tokens: a SHA-256-sized hex digest, never a code as typed.
  if (!codeHashes.every(isSessionTokenHash)) {
    throw new TypeError('A recovery code must be stored as its 64-character hex hash, never as the code')
  }
  return codeHashes
}

export function createSecondFactorsRepository({ db, t }: Store): SecondFactorsRepository {
  const { secondFactors, recoveryCodes } = t
  const replaceRecoveryCodes = async (userId: string, codeHashes: readonly string[], now: Date) => {
    checkedHashes(codeHashes)
    await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId))
    if (codeHashes.length > 0) {
      await db.insert(recoveryCodes).values(codeHashes.map((codeHash) => ({ codeHash, userId, createdAt: now })))
    }
  }
  return {
    async find(userId) {
      return first(await db.select().from(secondFactors).where(eq(secondFactors.userId, userId)))
    },

    async begin(userId, sealedSecret, now) {
      const confirmed = first(
        await db
          .select({ userId: secondFactors.userId })
          .from(secondFactors)
          .where(and(eq(secondFactors.userId, userId), isNotNull(secondFactors.confirmedAt))),
      )
      if (confirmed) return false
      await db.delete(secondFactors).where(eq(secondFactors.userId, userId))
      await db.insert(secondFactors).values({ userId, sealedSecret, createdAt: now })
      return true
    },

    async confirm(userId, step, recoveryCodeHashes, now) {
      checkedHashes(recoveryCodeHashes)
      const confirmed = rowsChanged(
        await db
          .update(secondFactors)
          .set({ confirmedAt: now, lastUsedStep: step })
          .where(and(eq(secondFactors.userId, userId), isNull(secondFactors.confirmedAt))),
      )
      if (confirmed === 0) return false
      await replaceRecoveryCodes(userId, recoveryCodeHashes, now)
      return true
    },

    async useStep(userId, step) {
      const changed = await db
        .update(secondFactors)
        .set({ lastUsedStep: step })
        .where(
          and(
            eq(secondFactors.userId, userId),
            isNotNull(secondFactors.confirmedAt),
            or(isNull(secondFactors.lastUsedStep), lt(secondFactors.lastUsedStep, sql`${step}`)),
          ),
        )
      return rowsChanged(changed) > 0
    },

    async useRecoveryCode(userId, codeHash, now) {
      const changed = await db
        .update(recoveryCodes)
        .set({ usedAt: now })
        .where(
          and(eq(recoveryCodes.codeHash, codeHash), eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)),
        )
      return rowsChanged(changed) > 0
    },

    replaceRecoveryCodes,

    async unusedRecoveryCodes(userId) {
      const rows = await db
        .select({ codeHash: recoveryCodes.codeHash })
        .from(recoveryCodes)
        .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)))
      return rows.length
    },

    async remove(userId) {
      await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId))
      return rowsChanged(await db.delete(secondFactors).where(eq(secondFactors.userId, userId))) > 0
    },
  }
}
