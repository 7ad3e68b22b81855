/**
 * A small cookie-keeping HTTP client for route tests: it behaves like a browser without JavaScript
 * (follows nothing on its own, so tests see each redirect), and reads the CSRF token out of forms.
 */
export class PortalClient {
  /** `headers` go with every request: `X-Forwarded-For` to play a client behind a proxy, say. */
  constructor(
    private readonly baseUrl: string,
    private readonly headers: Record<string, string> = {},
    private readonly cookies = new Map<string, string>(),
  ) {}

  /**
   * The same browser (same cookies, shared from now on) talking to another portal process: as behind a load balancer
   * that sends each request to whichever process it likes.
   */
  through(baseUrl: string): PortalClient {
    return new PortalClient(baseUrl, this.headers, this.cookies)
  }

  async get(path: string): Promise<Response> {
    return this.send(path, { method: 'GET' })
  }

  async post(path: string, fields: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> {
    return this.send(path, {
      method: 'POST',
      body: new URLSearchParams(fields).toString(),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    })
  }

  /** Loads the page, then posts the form with the page's own CSRF token, as a browser would. */
  async submit(path: string, fields: Record<string, string>): Promise<Response> {
    const page = await this.get(path)
    const token = csrfTokenIn(await page.text())
    return this.post(path, { csrf: token, ...fields })
  }

  async signIn(email: string, password: string): Promise<Response> {
    return this.submit('/sign-in', { email, password })
  }

  /** The Cookie header this client would send, for requests a test builds itself. */
  cookieHeader(): string {
    return [...this.cookies.entries()].map(([name, value]) => `${name}=${value}`).join('; ')
  }

  hasCookie(namePart: string): boolean {
    return [...this.cookies.keys()].some((name) => name.includes(namePart) && this.cookies.get(name) !== '')
  }

  private async send(path: string, init: RequestInit): Promise<Response> {
    const cookie = this.cookieHeader()
    const response = await fetch(new URL(path, this.baseUrl), {
      ...init,
      redirect: 'manual',
      headers: {
        ...this.headers,
        ...(init.headers as Record<string, string> | undefined),
        ...(cookie ? { Cookie: cookie } : {}),
      },
    })
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';')
      const index = pair?.indexOf('=') ?? -1
      if (!pair || index < 0) continue
      const name = pair.slice(0, index)
      const value = pair.slice(index + 1)
      if (/Max-Age=0/i.test(header)) this.cookies.delete(name)
      else this.cookies.set(name, value)
    }
    return response
  }
}

export function csrfTokenIn(html: string): string {
  const match = /name="csrf" value="([^"]*)"/.exec(html)
  if (!match?.[1]) throw new Error('The page has no CSRF token in a form')
  return match[1]
}
