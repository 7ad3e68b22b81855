import type { AppContext } from './context.js'

/**
 * Counts what each address sends to a public form in the current clock hour, in the database so that every portal
 * process sharing it shares the count (issue 13). The address itself is never stored: only a hash keyed with a random
 * key of that hour, deleted with the hour's counts once a later hour is counted, so a flood group cannot be traced back
 * to an address afterwards (decision 023). Past the limit, what the address sends is still accepted but marked with
 * the address's flood group for that hour, so it can be set aside for triage or held back instead of refused.
 */
export class HourlyFloodLimit {
  constructor(
    readonly name: string,
    readonly perHour: number,
  ) {}

  /** Counts one more from `address`; the flood group when this one is beyond the limit, else null. */
  async count(context: AppContext, address: string, now: Date): Promise<string | null> {
    const counted = await context.database.repos.floodCounts.count(this.name, address, now)
    return counted.count > this.perHour ? counted.floodGroup : null
  }
}

/** Safeguarding concerns from one address in an hour before the rest are marked for triage as a possible flood. */
export const concernFlood = new HourlyFloodLimit('safeguarding-concern', 10)
/** Anonymous survey answers from one address in an hour before the rest are held back until a moderator releases them. */
export const anonymousAnswerFlood = new HourlyFloodLimit('anonymous-survey-answer', 10)
/** Requests for help from one address in an hour before the rest are marked as a possible flood for the front door. */
export const referralFlood = new HourlyFloodLimit('referral', 10)
