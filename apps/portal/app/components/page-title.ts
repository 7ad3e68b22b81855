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
  return [{ title: `${root?.formHasErrors || hasErrors ? 'Error: ' : ''}${parts.join(' - ')}` }]
}
