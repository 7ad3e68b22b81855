import { formatLongDate, todayInEngland } from '@open-sds/kernel'
import type { AppContext } from '~/.server/context'

/** A link to an import run's page, in words: where it came from and the day it was imported (decision 065). */
export type ImportLink = { href: string; text: string }

/** The links to the import runs that sent these versions, by run id (a version an organisation sent has none). */
export async function importLinksOf(
  context: AppContext,
  importIds: readonly (string | null)[],
): Promise<Map<string, ImportLink>> {
  const ids = [...new Set(importIds.filter((id): id is string => id !== null))]
  const runs = await context.database.repos.directoryListings.importsByIds(ids)
  return new Map(
    runs.map((run) => [
      run.id,
      {
        href: `/admin/directory/imports/${run.id}`,
        text: `Imported from ${run.source} on ${formatLongDate(todayInEngland(run.importedAt))}`,
      },
    ]),
  )
}
