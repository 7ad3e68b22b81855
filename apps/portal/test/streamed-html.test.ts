import { Writable } from 'node:stream'
import { createElement } from 'react'
import { renderToPipeableStream } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { portalEngines } from './support/engines'
import type { RunningPortal } from './support/portal-process'

// Pages are streamed by React's renderToPipeableStream (app/entry.server.tsx). React 18.3.1 wrote a whole 2,048-byte
// buffer when a character of two or three bytes (’, £, é) did not fit at its end, so the one or two bytes left
// unwritten reached the browser as NUL characters (react issue 31134); patches/react-dom@18.3.1.patch writes only the
// bytes filled. Before the patch, 3 of these 39 widths gave a NUL.

/** The bytes renderToPipeableStream sends for `element`, as the portal's entry pipes them. */
function rendered(element: ReturnType<typeof createElement>): Promise<Buffer> {
  const chunks: Buffer[] = []
  return new Promise((resolve, reject) => {
    const { pipe } = renderToPipeableStream(element, {
      onAllReady() {
        pipe(
          new Writable({
            write(chunk: Uint8Array, _encoding, done) {
              chunks.push(Buffer.from(chunk))
              done()
            },
            final(done) {
              resolve(Buffer.concat(chunks))
              done()
            },
          }),
        )
      },
      onShellError: reject,
    })
  })
}

describe('pages streamed by React', () => {
  it('hold no NUL byte where a character of more than one byte falls across a buffer edge', async () => {
    for (let width = 1; width < 40; width += 1) {
      const paragraphs = Array.from({ length: 200 }, (_, i) => createElement('p', { key: i }, `${'x'.repeat(width)}’`))
      const bytes = await rendered(createElement('div', null, paragraphs))
      expect(bytes.includes(0), `${String(width)} letters before each ’`).toBe(false)
      expect(bytes.toString('utf8')).toContain(`<p>${'x'.repeat(width)}’</p>`)
    }
  })
})

describe.each(portalEngines())('the directory pages as served, on $name', (engine) => {
  let portal: RunningPortal
  beforeAll(async () => {
    portal = await engine.start()
  })
  afterAll(async () => {
    await portal?.stop()
  })

  it('hold no NUL character: the search page and every service page it links to', async () => {
    const search = await (await fetch(new URL('/find-support?words=', portal.url))).text()
    expect(search).not.toContain('\u0000')
    const links = [...search.matchAll(/href="(\/find-support\/services\/[^"]+)"/g)].map((match) => match[1] ?? '')
    expect(links.length).toBeGreaterThan(5)
    for (const link of links) {
      const page = await (await fetch(new URL(link, portal.url))).text()
      expect(page.includes('\u0000'), link).toBe(false)
    }
  })
})
