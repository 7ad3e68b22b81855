import { describe, expect, it } from 'vitest'
import { renderMarkdown } from '~/routes/_front+/markdown.server'

describe('renderMarkdown', () => {
  it('renders headings, lists and links from content pages', () => {
    const html = renderMarkdown('## Who we are\n\n- one\n- two\n\n[Contact us](/pages/contact)')
    expect(html).toContain('<h2>Who we are</h2>')
    expect(html).toContain('<li>one</li>')
    expect(html).toContain('<a href="/pages/contact">Contact us</a>')
  })

  it('shows raw HTML as text, so a content file cannot add a script to the page', () => {
    const html = renderMarkdown('Hello <script>alert(1)</script>')
    expect(html).not.toContain('<script>')
    expect(html).toContain('&lt;script&gt;')
  })
})
