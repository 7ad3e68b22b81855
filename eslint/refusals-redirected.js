// A refused form is answered Post/Redirect/Get (decision 055): `refuse` from app/.server/refusals sends a browser back
// to the page with its errors kept for the page's loader. A route that answers a form with `json(…, { status: 400 })`
// leaves the refusal as the reply to a POST, and the browser's Back button then asks to send the form again.
// Routes not converted yet are listed in eslint.config.js; a listed file that no longer refuses this way is reported too,
// so the list only shrinks.
import path from 'node:path'

const repositoryRoot = path.resolve(import.meta.dirname, '..')
const REFUSAL_STATUSES = new Set([400, 409, 422])

/** The status a `json(body, init)` call answers with, when written out as a number. */
function statusOf(init) {
  if (!init) return undefined
  if (init.type === 'Literal') return init.value
  if (init.type !== 'ObjectExpression') return undefined
  for (const property of init.properties) {
    if (property.type === 'Property' && !property.computed && property.key.name === 'status') {
      return property.value.type === 'Literal' ? property.value.value : undefined
    }
  }
  return undefined
}

/** @type {import('eslint').Rule.RuleModule} */
export const refusalsRedirected = {
  meta: {
    type: 'problem',
    docs: { description: 'Refused forms are answered with refuse() (a redirect), not a 400 reply to the POST' },
    schema: [{ type: 'object', properties: { notYet: { type: 'array', items: { type: 'string' } } } }],
    messages: {
      reply:
        "A refused form answered json(…, { status: {{status}} }) stays the reply to a POST: the browser's Back then asks to send it again. Answer with refuse() from '~/.server/refusals' and take it in the loader with takeRefusal() (decision 055).",
      converted:
        'This file no longer answers a refused form with a 400 reply: take it off the not-yet list in eslint.config.js.',
    },
  },
  create(context) {
    const file = path.relative(repositoryRoot, context.physicalFilename).split(path.sep).join('/')
    const notYet = new Set(context.options[0]?.notYet ?? [])
    const listed = notYet.has(file)
    let found = false
    return {
      CallExpression(node) {
        if (node.callee.type !== 'Identifier' || node.callee.name !== 'json') return
        const status = statusOf(node.arguments[1])
        if (!REFUSAL_STATUSES.has(status)) return
        found = true
        if (!listed) context.report({ node, messageId: 'reply', data: { status: String(status) } })
      },
      'Program:exit'(node) {
        if (listed && !found) context.report({ node, messageId: 'converted' })
      },
    }
  },
}
