import type { MetaDescriptor } from '@remix-run/node'

type RootMatch = { id: string; data: unknown }

/** GOV.UK page titles: "Page - Service - Organisation", with "Error: " first when the form has problems. */
export function pageTitle(
  matches: readonly RootMatch[],
  page: string,
  /** For a page whose loader found the problems (a search sent by GET), which the root cannot know of. */
  hasErrors = false,
): MetaDescriptor[] {
  const root = matches.find((match) => match.id === 'root')?.data as
    { site?: { serviceName: string; organisationName: string }; formHasErrors?: boolean } | undefined
  const parts = [page, root?.site?.serviceName, root?.site?.organisationName].filter(Boolean)
  // A refusal redirected to its page (decision 055) reaches the page's loader alone; the root, run beside it, cannot know.
  const refused = matches.some((match) => Boolean((match.data as { refusal?: unknown } | undefined)?.refusal))
  return [{ title: `${root?.formHasErrors || hasErrors || refused ? 'Error: ' : ''}${parts.join(' - ')}` }]
}
