import { openDatabase, writeSyntheticHistory, type SyntheticHistorySummary } from '@open-sds/db'
import type { PortalDatabase } from './context.js'

/** The made-up practitioner who recorded the made-up history; its presence says the history is already there. */
const SYNTHETIC_PRACTITIONER = 'synthetic-practitioner'

/**
 * Three demo people make every published figure a "*", as small numbers must be. So the demo also holds a few
 * hundred fictional people's histories (self-assessments, decisions, plans, reviews, short-term support and answers
 * to the "finding information" question) over three years, enough for the progress measures and the Client Level
 * Data file to show figures. Written once, with one audit entry; on SQLite only, where the demo runs (the writer
 * goes through the real tables and their triggers with SQLite statements).
 */
export async function seedDemoHistory(database: PortalDatabase, now: Date): Promise<SyntheticHistorySummary | null> {
  if (database.engine !== 'sqlite') return null
  const handle = openDatabase({ path: database.path, migrate: false })
  try {
    const written = handle.sqlite.prepare('select 1 from users where id = ?').get(SYNTHETIC_PRACTITIONER)
    if (written) return null
    return await handle.withAudit(
      async () => writeSyntheticHistory(handle.sqlite, { people: 400, years: 3, endAt: now, surveyResponses: 120 }),
      (summary) => ({ at: now, action: 'demo-data.seed', resource: 'demo-data:history', detail: summary }),
    )
  } finally {
    handle.close()
  }
}
