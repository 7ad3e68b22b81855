/** The plugin's information pages, as a list of links to each. */
export function InformationPageLinks({ pages }: { pages: readonly { slug: string; title: string }[] }) {
  return (
    <ul className="govuk-list">
      {pages.map((page) => (
        <li key={page.slug}>
          <a className="govuk-link" href={`/pages/${page.slug}`}>
            {page.title}
          </a>
        </li>
      ))}
    </ul>
  )
}
