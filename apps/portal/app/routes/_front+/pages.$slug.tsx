import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { pageTitle } from '~/components/page-title'
import { authorise } from '~/.server/auth/authorise'
import { renderMarkdown } from './markdown.server'

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, data?.title ?? 'Page not found')

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context } = await authorise(request, 'routes/_front+/pages.$slug')
  const page = context.site.pages.find((candidate) => candidate.slug === params.slug)
  if (!page)
    throw new Response('There is no page at this address. It may have moved: try the start page.', {
      status: 404,
      statusText: 'Not Found',
    })
  return json({ title: page.title, summary: page.summary ?? null, html: renderMarkdown(page.markdown) })
}

export default function ContentPage() {
  const { title, summary, html } = useLoaderData<typeof loader>()
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{title}</h1>
        {summary ? <p className="govuk-body-l">{summary}</p> : null}
        <div className="app-prose" dangerouslySetInnerHTML={{ __html: html }} />
      </div>
    </div>
  )
}
