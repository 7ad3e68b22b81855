import { randomUUID } from 'node:crypto'

const HOUR_MS = 60 * 60 * 1000

/**
 * Counts what each address sends to a public form in the current hour, in memory only: an address is never written
 * to the database, where it could be matched to an anonymous answer or report. Past the limit, what the address
 * sends is still accepted but marked with a flood group (one random id per address and hour), so it can be set
 * aside for triage or held back instead of refused. A restart forgets the counts, which only ever lets more through.
 */
export class HourlyFloodLimit {
  private readonly windows = new Map<string, { startedAt: number; count: number; group: string }>()

  constructor(readonly perHour: number) {}

  /** Counts one more from `address`; the flood group when this one is beyond the limit, else null. */
  count(address: string, now: Date): string | null {
    const at = now.getTime()
    if (this.windows.size > 50_000) this.forgetBefore(at - HOUR_MS)
    const current = this.windows.get(address)
    const window =
      current && at - current.startedAt < HOUR_MS ? current : { startedAt: at, count: 0, group: randomUUID() }
    window.count += 1
    this.windows.set(address, window)
    return window.count > this.perHour ? window.group : null
  }

  private forgetBefore(cutoff: number): void {
    for (const [address, window] of this.windows) if (window.startedAt < cutoff) this.windows.delete(address)
  }
}

/** Safeguarding concerns from one address in an hour before the rest are marked for triage as a possible flood. */
export const concernFlood = new HourlyFloodLimit(10)
/** Anonymous survey answers from one address in an hour before the rest are held back until a moderator releases them. */
export const anonymousAnswerFlood = new HourlyFloodLimit(10)
