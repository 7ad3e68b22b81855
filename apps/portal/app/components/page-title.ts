import type { MetaDescriptor } from '@remix-run/node'

type RootMatch = { id: string; data: unknown }

/** GOV.UK page titles: "Page - Service - Organisation", with "Error: " first when the form has problems. */
export function pageTitle(matches: readonly RootMatch[], page: string): MetaDescriptor[] {
  const root = matches.find((match) => match.id === 'root')?.data as
    { site?: { serviceName: string; organisationName: string }; formHasErrors?: boolean } | undefined
  const parts = [page, root?.site?.serviceName, root?.site?.organisationName].filter(Boolean)
  return [{ title: `${root?.formHasErrors ? 'Error: ' : ''}${parts.join(' - ')}` }]
}
