import { describe, expect, it } from 'vitest'
import { main } from '../examples/basic.js'

describe('README example', () => {
  it('stores the email lower-cased, lists the caseload, shows the audit trail and refuses the duplicate', async () => {
    expect(await main()).toEqual({
      email: 'dana.ellis@example.org',
      caseload: ['Priya Shah (practitioner)'],
      auditTrail: ['2025-04-01T09:00:00.000Z person.read by Dana Ellis'],
      duplicateEmail: [{ path: 'email', message: 'An account with this email address already exists' }],
    })
  })
})
