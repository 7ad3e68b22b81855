import type { Logo } from '@open-sds/plugin-sdk'

/** A low sun over two rolling moorland hills. It takes the header's text colour, so it contrasts with the brand. */
export const logo: Logo = {
  svg: [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 48" width="54" height="40" focusable="false">',
    '<circle cx="45" cy="15" r="7" fill="currentColor"/>',
    '<path d="M0 38 C9 27 19 24 29 31 C38 21 51 19 64 29 V48 H0 Z" fill="currentColor" fill-opacity="0.55"/>',
    '<path d="M0 44 C13 35 27 35 39 41 C47 37 56 36 64 40 V48 H0 Z" fill="currentColor"/>',
    '</svg>',
  ].join(''),
  alt: 'Northmoor County Council',
}
