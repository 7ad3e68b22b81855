import { describe, expect, it } from 'vitest'
import { EnquiryEventSchema, enquiryHistoryLabel } from '../src/index.js'

// Issue 19: an enquiry's history reads in plain words; no code reaches a page.
describe('enquiryHistoryLabel', () => {
  const changes = EnquiryEventSchema.options.map((option) => option.shape.type.value)

  it.each(['opened', 'closed', ...changes.filter((change) => change !== 'close')])(
    'has words of its own for %s',
    (event) => {
      const label = enquiryHistoryLabel(event)
      expect(label).not.toBe('Enquiry changed')
      expect(label).not.toMatch(/-/)
    },
  )

  it('says "Enquiry changed", never the code, for a step it does not know', () => {
    expect(enquiryHistoryLabel('record-something-new')).toBe('Enquiry changed')
  })
})
