import { Marked } from 'marked'

// Content comes from a plugin that a council vouches for, but it is still Markdown, not HTML: raw HTML in it
// is shown as text, so a slip in a content file cannot put a script on the council's pages.
const markdown = new Marked({
  gfm: true,
  renderer: {
    html({ text }) {
      return escapeHtml(text)
    },
  },
})

export function renderMarkdown(source: string): string {
  return markdown.parse(source, { async: false })
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}
