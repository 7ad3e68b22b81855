import type { Logo } from '@open-sds/plugin-sdk'

/** A speech bubble carrying two river waves: a voice, from Riverside. It takes the header's text colour. */
export const logo: Logo = {
  svg: [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48" width="40" height="40" focusable="false">',
    '<path d="M9 5 H39 A5 5 0 0 1 44 10 V29 A5 5 0 0 1 39 34 H22 L12 43 V34 H9 A5 5 0 0 1 4 29 V10 A5 5 0 0 1 9 5 Z"',
    ' fill="none" stroke="currentColor" stroke-width="3.5" stroke-linejoin="round"/>',
    '<path d="M11 16 C15 12 19 12 24 16 S33 20 37 16 M11 24 C15 20 19 20 24 24 S33 28 37 24"',
    ' fill="none" stroke="currentColor" stroke-width="3" stroke-linecap="round"/>',
    '</svg>',
  ].join(''),
  alt: 'Riverside Disability Voice',
}

/** The tab icon: the same bubble and waves in white on the organisation's purple, legible at 16 pixels. */
export const icon = [
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48">',
  '<rect width="48" height="48" rx="8" fill="#5b2a86"/>',
  '<path d="M11 16 C15 12 19 12 24 16 S33 20 37 16 M11 26 C15 22 19 22 24 26 S33 30 37 26"',
  ' fill="none" stroke="#ffffff" stroke-width="4" stroke-linecap="round"/>',
  '</svg>',
].join('')
