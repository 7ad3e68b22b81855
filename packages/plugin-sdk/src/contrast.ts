/** WCAG 2.2 success criterion 1.4.3 (Contrast, Minimum), level AA: normal-size text needs at least 4.5:1. */
export const WCAG_AA_TEXT_CONTRAST = 4.5

export const HEX_COLOUR_PATTERN = /^#[0-9a-fA-F]{6}$/

/** Relative luminance of a `#rrggbb` colour, as WCAG 2.2 defines it (0 for black, 1 for white). */
export function relativeLuminance(hex: string): number {
  if (!HEX_COLOUR_PATTERN.test(hex)) throw new RangeError(`Not a #rrggbb colour: ${hex}`)
  const [r, g, b] = [1, 3, 5].map((start) => linearise(parseInt(hex.slice(start, start + 2), 16) / 255)) as [
    number,
    number,
    number,
  ]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

function linearise(channel: number): number {
  return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4
}

/** WCAG contrast ratio between two `#rrggbb` colours, from 1 (none) to 21 (black on white); order does not matter. */
export function contrastRatio(foreground: string, background: string): number {
  const a = relativeLuminance(foreground)
  const b = relativeLuminance(background)
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)
}

/**
 * "2.1:1". Rounded down, so a ratio just short of the threshold (4.499) never reads as if it passed (4.5).
 */
export function formatContrastRatio(ratio: number): string {
  const floored = Math.floor(ratio * 100) / 100
  return `${floored}:1`
}
