import { describe, expect, it } from 'vitest'
import { checkEmploymentEvidence, type EmploymentInput } from '../src/index.js'
import { unwrap } from './fixtures.js'

const base = (overrides: Partial<EmploymentInput> = {}): EmploymentInput => ({
  on: '2026-09-01',
  recipientRole: 'the-person',
  personalAssistants: [{ name: 'Kemi Adeyemi' }],
  evidence: [
    {
      kind: 'employers-liability-insurance',
      insurer: 'Independent Living Insurance',
      coverPence: 1_000_000_000,
      expiresOn: '2027-03-31',
    },
    { kind: 'payroll-provider', provider: 'DPSS payroll', expiresOn: '2027-03-31' },
    { kind: 'pension', scheme: 'NEST', expiresOn: '2026-09-20' },
  ],
  ...overrides,
})

describe("a personal assistant's employer: the evidence held", () => {
  it('Norfolk (NEST pension, DPSS payroll): all held, the pension evidence expiring within 30 days; DBS recommended, not required, for an adult with capacity', () => {
    const check = unwrap(checkEmploymentEvidence(base()))
    expect(check.findings.map(({ kind, status }) => [kind, status])).toEqual([
      ['employers-liability-insurance', 'held'],
      ['payroll-provider', 'held'],
      ['pension', 'expiring'],
      ['dbs', 'recommended'],
    ])
    expect(check.toActOn.map((finding) => finding.text)).toEqual([
      'Workplace pension: expires soon, on 20 September 2026.',
    ])
  })

  it('checks the employer’s evidence before any personal assistant is named (Gloucestershire policy 8.3–8.5)', () => {
    const check = unwrap(checkEmploymentEvidence(base({ personalAssistants: [], evidence: [] })))
    expect(check.toActOn.map((finding) => finding.text)).toEqual([
      "Employer's liability insurance: no evidence held.",
      'Payroll provider: no evidence held.',
      'Workplace pension: no evidence held.',
    ])
  })

  it("employer's liability insurance must cover at least £5 million and be in date (St Helens wants evidence each year)", () => {
    const check = unwrap(
      checkEmploymentEvidence(
        base({
          evidence: [
            {
              kind: 'employers-liability-insurance',
              insurer: 'Cheap Cover Ltd',
              coverPence: 200_000_000,
              expiresOn: '2026-08-31',
            },
          ],
        }),
      ),
    )
    expect(check.toActOn.map(({ kind, status }) => [kind, status])).toEqual([
      ['employers-liability-insurance', 'expired'],
      ['employers-liability-insurance', 'not-enough'],
      ['payroll-provider', 'missing'],
      ['pension', 'missing'],
    ])
    expect(check.toActOn[1]?.text).toContain('covers £2,000,000, less than the £5,000,000 the law requires')
  })

  it('Gloucestershire 8.3 to 8.5: an authorised person must have a DBS check on a PA who is not close family or a friend', () => {
    const check = unwrap(
      checkEmploymentEvidence(
        base({
          recipientRole: 'authorised-person',
          personalAssistants: [{ name: 'Kemi Adeyemi' }, { name: 'Tola Bello', closeFamilyOrFriend: true }],
          evidence: [
            ...(base().evidence ?? []),
            { kind: 'dbs', personalAssistant: 'Someone Else', expiresOn: '2029-01-01' },
          ],
        }),
      ),
    )
    const dbs = check.findings.filter((finding) => finding.kind === 'dbs')
    expect(dbs.map(({ subject, status }) => [subject, status])).toEqual([
      ['Kemi Adeyemi', 'missing'],
      ['Tola Bello', 'recommended'],
    ])
  })

  it('the newest evidence of a kind counts', () => {
    const evidence = [
      ...(base().evidence ?? []).filter((item) => item.kind !== 'pension'),
      { kind: 'pension' as const, scheme: 'NEST', expiresOn: '2026-01-01' },
      { kind: 'pension' as const, scheme: 'NEST', expiresOn: '2027-06-30' },
    ]
    expect(unwrap(checkEmploymentEvidence(base({ evidence }))).toActOn).toEqual([])
  })

  it('refuses an expiry date that is not a date, naming the field', () => {
    const refused = checkEmploymentEvidence({
      ...base(),
      evidence: [{ kind: 'pension', scheme: 'NEST', expiresOn: 'soon' }],
    })
    expect(refused).toMatchObject({
      ok: false,
      errors: [{ path: 'evidence.0.expiresOn', message: expect.stringContaining('must be a real date') }],
    })
  })
})
