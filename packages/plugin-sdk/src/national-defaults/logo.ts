import type { Logo } from '../logo-schema.js'

/** A plain ring and dot: a placeholder mark that belongs to no council. It takes the header's text colour. */
export const nationalDefaultLogo: Logo = {
  svg: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48" width="40" height="40" focusable="false"><circle cx="24" cy="24" r="18" fill="none" stroke="currentColor" stroke-width="5"/><circle cx="24" cy="24" r="7" fill="currentColor"/></svg>',
  alt: 'Open SDS',
}
