import type { FooterLink } from './branding-schema.js'
import type { Configuration } from './configuration.js'
import { pagePath } from './content-schema.js'

/** The footer: `branding.footerLinks` in order, then each page marked `footer: true` that they do not already link. */
export function footerLinksFor(configuration: Pick<Configuration, 'branding' | 'pages'>): FooterLink[] {
  const links = [...configuration.branding.footerLinks]
  const linked = new Set(links.map((link) => link.href))
  for (const page of configuration.pages) {
    const href = pagePath(page.slug)
    if (page.footer === true && !linked.has(href)) links.push({ text: page.title, href })
  }
  return links
}
