import { describe, expect, it } from 'vitest'
import { createYouSaidWeDid, updateActionStatus } from '@open-sds/coproduction'
import { expectErrors, expectOk, now } from './fixtures.js'

const transport = {
  id: 'transport-evenings',
  theme: 'Active and supportive communities',
  whatPeopleSaid: 'There is no accessible transport after 6pm, so we miss evening events.',
  action: 'Commission an evening accessible minibus pilot with the community transport scheme',
  owner: 'Commissioning team',
  raisedOn: '2026-03-02',
  targetOn: '2026-09-30',
  raisedThrough: { surveyId: 'living-well-2026' },
}
const context = { now, actor: 'engagement-officer' }

describe('you said, we did', () => {
  it('starts as planned, with who recorded it and when', () => {
    const record = expectOk(createYouSaidWeDid(transport, context))
    expect(record.status).toEqual({ state: 'planned' })
    expect(record.history).toEqual([{ state: 'planned', at: now.toISOString(), by: 'engagement-officer' }])
  })

  it('moves through in progress to done, keeping the history', () => {
    const record = expectOk(createYouSaidWeDid(transport, context))
    const started = expectOk(updateActionStatus(record, { state: 'in-progress' }, context))
    const done = expectOk(
      updateActionStatus(
        started,
        { state: 'done', doneOn: '2026-05-10', whatChanged: 'Minibus runs Tue and Thu evenings' },
        context,
      ),
    )
    expect(done.status).toMatchObject({ state: 'done', doneOn: '2026-05-10' })
    expect(done.history.map((entry) => entry.state)).toEqual(['planned', 'in-progress', 'done'])
  })

  it('"not doing" needs the reason, because the people who raised it are owed one', () => {
    const record = expectOk(createYouSaidWeDid(transport, context))
    const errors = expectErrors(updateActionStatus(record, { state: 'not-doing' }, context))
    expect(errors).toEqual([
      { path: 'status.reason', message: 'Say why this will not be done: people who raised it are owed the reason' },
    ])
    expect(
      expectOk(updateActionStatus(record, { state: 'not-doing', reason: 'The bus operator withdrew' }, context)).status
        .state,
    ).toBe('not-doing')
  })

  it('refuses dates that cannot be right', () => {
    const record = expectOk(createYouSaidWeDid(transport, context))
    expect(expectErrors(updateActionStatus(record, { state: 'done', doneOn: '2026-06-01' }, context))[0]?.path).toBe(
      'status.doneOn',
    )
    expect(
      expectErrors(createYouSaidWeDid({ ...transport, raisedOn: '2026-06-01', targetOn: undefined }, context))[0]?.path,
    ).toBe('raisedOn')
    expect(expectErrors(createYouSaidWeDid({ ...transport, targetOn: '2026-01-01' }, context))[0]?.path).toBe(
      'targetOn',
    )
    expect(expectErrors(createYouSaidWeDid({ ...transport, action: '' }, context))).toEqual([
      { path: 'action', message: 'Say what is being done about it' },
    ])
  })
})
