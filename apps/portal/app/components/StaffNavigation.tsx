/**
 * The places a member of staff works from, under the header (GOV.UK service navigation). The page they are on, or
 * a page within it, is marked as current.
 */
export function StaffNavigation({ links, path }: { links: { href: string; text: string }[]; path: string }) {
  const current = links
    .filter((link) => path === link.href || path.startsWith(`${link.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0]?.href
  return (
    <section className="govuk-service-navigation app-staff-navigation" aria-label="Staff pages">
      <div className="govuk-width-container">
        <div className="govuk-service-navigation__container">
          <nav aria-label="Staff menu" className="govuk-service-navigation__wrapper">
            <ul className="govuk-service-navigation__list">
              {links.map((link) => (
                <li
                  key={link.href}
                  className={`govuk-service-navigation__item${link.href === current ? ' govuk-service-navigation__item--active' : ''}`}
                >
                  <a
                    className="govuk-service-navigation__link"
                    href={link.href}
                    aria-current={link.href === current ? 'page' : undefined}
                  >
                    {link.href === current ? (
                      <strong className="govuk-service-navigation__active-fallback">{link.text}</strong>
                    ) : (
                      link.text
                    )}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </div>
    </section>
  )
}
