import { describe, expect, it } from 'vitest'
import { checkImmediateAction } from '../src/index.js'

const concern = { receivedOn: '2026-12-01', today: '2026-12-02' }
const action = {
  whatWasDone: 'Police welfare check; he was found safe',
  doneOn: '2026-12-01',
  takenBy: 'Northmoor Police',
}

describe('an immediate safety action on a concern', () => {
  it('is what was done, the day and who did it, trimmed', () => {
    expect(checkImmediateAction({ ...action, takenBy: '  Northmoor Police ' }, concern)).toEqual({
      ok: true,
      value: action,
    })
  })

  it('says which part is missing, in plain words', () => {
    const result = checkImmediateAction({ whatWasDone: ' ', doneOn: '2026-12-01', takenBy: '' }, concern)
    expect(result.ok ? [] : result.errors).toEqual([
      { path: 'whatWasDone', message: 'Say what was done to keep the person safe' },
      { path: 'takenBy', message: 'Say who did it, for example you, the police or their GP' },
    ])
  })

  it('was done between the day the concern came in and today', () => {
    const early = checkImmediateAction({ ...action, doneOn: '2026-11-30' }, concern)
    expect(early.ok ? [] : early.errors).toEqual([
      { path: 'doneOn', message: 'The date it was done cannot be before the concern was received' },
    ])
    const late = checkImmediateAction({ ...action, doneOn: '2026-12-03' }, concern)
    expect(late.ok ? [] : late.errors).toEqual([
      { path: 'doneOn', message: 'The date it was done cannot be in the future' },
    ])
  })
})
