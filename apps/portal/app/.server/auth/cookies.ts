import type { PortalConfig } from '../config.js'

export type CookieOptions = { maxAgeSeconds?: number }

/**
 * With secure cookies on, names take the __Host- prefix: the browser then refuses any version of the cookie
 * set by a sub-domain or over plain HTTP, which closes the cookie-tossing route around CSRF protection.
 */
export function cookieName(config: PortalConfig, base: string): string {
  return config.secureCookies ? `__Host-${base}` : base
}

export function serialiseCookie(
  config: PortalConfig,
  base: string,
  value: string,
  options: CookieOptions = {},
): string {
  const parts = [`${cookieName(config, base)}=${value}`, 'Path=/', 'HttpOnly', 'SameSite=Lax']
  if (config.secureCookies) parts.push('Secure')
  if (options.maxAgeSeconds !== undefined) parts.push(`Max-Age=${options.maxAgeSeconds}`)
  return parts.join('; ')
}

export function readCookie(request: Request, config: PortalConfig, base: string): string | undefined {
  const header = request.headers.get('Cookie')
  if (!header) return undefined
  const wanted = cookieName(config, base)
  for (const pair of header.split(';')) {
    const index = pair.indexOf('=')
    if (index === -1) continue
    if (pair.slice(0, index).trim() === wanted) return pair.slice(index + 1).trim()
  }
  return undefined
}
