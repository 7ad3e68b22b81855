import type { ComposedConfiguration } from '@open-sds/plugin-sdk'

type Branding = ComposedConfiguration['branding']

/** Mixes a #rrggbb colour with black; `amount` is the share of black (0 to 1). */
export function shade(hex: string, amount: number): string {
  const channels = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16))
  return `#${channels
    .map((value) =>
      Math.round(value * (1 - amount))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`
}

/**
 * The organisation's brand as CSS custom properties over GOV.UK Frontend's own. The plugin contract has
 * already checked every colour's contrast and that the font names carry nothing but names.
 */
export function brandStylesheet(branding: Branding): string {
  const { colours, fontStack } = branding
  const declarations = {
    '--govuk-brand-colour': colours.brand,
    '--govuk-link-colour': colours.link,
    '--govuk-link-visited-colour': colours.linkVisited,
    '--govuk-link-hover-colour': shade(colours.link, 0.4),
    '--open-sds-on-brand-colour': colours.onBrand,
    '--open-sds-button-colour': colours.button,
    '--open-sds-button-hover-colour': shade(colours.button, 0.2),
    '--open-sds-button-shadow-colour': shade(colours.button, 0.6),
    '--open-sds-font-family': fontStack.join(', '),
  }
  const body = Object.entries(declarations)
    .map(([name, value]) => `  ${name}: ${value};`)
    .join('\n')
  return `:root {\n${body}\n}\n`
}
