import { describe, expect, it } from 'vitest'
import { carerAssessmentNotSentMessage, carerAssessmentSentMessage } from '../src/index.js'
import { countRows, refusal, testEngines } from './engines.js'
import { at, createPerson, createUser } from './helpers.js'

// Issue 16: a carer is a person of their own, linked to whom they care for; their self-assessment is saved and resumed,
// fixed once sent; a determination is kept as recorded, on their own sent self-assessment only.
describe.each(testEngines())('carers on $name', (engine) => {
  async function carerWithHusband() {
    const handle = await engine.fresh()
    const maya = await createUser(handle, 'maya@example.org')
    const worker = await createUser(handle, 'worker@example.org')
    const carer = await createPerson(handle, 'Maya Example')
    const husband = await createPerson(handle, 'Joe Example')
    return { handle, maya, worker, carer, husband }
  }

  it('links a carer to someone known and someone not known, shows each side, and refuses the same person twice', async () => {
    const { handle, maya, carer, husband } = await carerWithHusband()
    const { carers } = handle.repos
    const known = await carers.link(
      {
        carerPersonId: carer.id,
        caredForPersonId: husband.id,
        caredForName: 'Joe Example',
        caredForDateOfBirth: '1950-02-03',
        relationship: 'My husband',
        createdByUserId: maya.id,
      },
      at('2026-12-03T09:00:00Z'),
    )
    const unknown = await carers.link(
      {
        carerPersonId: carer.id,
        caredForPersonId: null,
        caredForName: 'Rose Example',
        caredForDateOfBirth: null,
        relationship: 'My mum',
        createdByUserId: maya.id,
      },
      at('2026-12-03T09:01:00Z'),
    )
    expect(known.ok && unknown.ok).toBe(true)
    expect((await carers.listCaredFor(carer.id)).map((each) => each.caredForName)).toEqual([
      'Joe Example',
      'Rose Example',
    ])
    expect((await carers.listCarersOf(husband.id)).map((each) => [each.carerName, each.relationship])).toEqual([
      ['Maya Example', 'My husband'],
    ])
    const again = await carers.link(
      {
        carerPersonId: carer.id,
        caredForPersonId: husband.id,
        caredForName: 'Joe',
        caredForDateOfBirth: null,
        relationship: 'Husband',
        createdByUserId: maya.id,
      },
      at('2026-12-03T09:02:00Z'),
    )
    expect(again.ok ? '' : again.errors[0]?.message).toBe('You have already told us you care for this person')
    expect(await refusal(engine.sql(handle, "update caring_relationships set relationship = 'x'"))).toMatch(
      'a caring relationship cannot be changed',
    )
    expect(await refusal(engine.sql(handle, 'delete from caring_relationships'))).toMatch('cannot be removed')
    expect(
      await refusal(
        engine.sql(
          handle,
          'insert into caring_relationships (id, carer_person_id, cared_for_person_id, cared_for_name, relationship, created_by_user_id, created_at) values (?, ?, ?, ?, ?, ?, ?)',
          'x',
          carer.id,
          carer.id,
          'Me',
          'Me',
          maya.id,
          1,
        ),
      ),
    ).toMatch('caring_relationships_not_self')
  })

  it('saves and resumes a draft, fixes it once sent, and keeps a determination only on the carer’s own sent one', async () => {
    const { handle, maya, worker, carer, husband } = await carerWithHusband()
    const { carers } = handle.repos
    const start = {
      carerPersonId: carer.id,
      questionnaireId: 'carers-self-assessment',
      questionnaireVersion: '1',
      userId: maya.id,
    }
    const draft = await carers.startDraft(start, at('2026-12-03T09:00:00Z'))
    expect((await carers.startDraft(start, at('2026-12-03T09:05:00Z'))).id).toBe(draft.id)
    const saved = await carers.saveAnswers(draft.id, { 'hours-caring': 50 }, maya.id, at('2026-12-03T09:10:00Z'))
    expect(saved.ok && saved.value.answers).toEqual({ 'hours-caring': 50 })
    expect((await carers.findDraft(carer.id, 'carers-self-assessment'))?.answers).toEqual({ 'hours-caring': 50 })

    const determination = {
      carerAssessmentId: draft.id,
      carerPersonId: carer.id,
      decidedByUserId: worker.id,
      eligible: true,
      determination: { explanation: ['All three conditions hold'] },
      rulesVersion: 'carers-rules-2026.1',
    }
    const tooSoon = await carers.determine(determination, at('2026-12-03T09:20:00Z'))
    expect(tooSoon.ok ? '' : tooSoon.errors[0]?.message).toBe(carerAssessmentNotSentMessage)

    expect((await carers.send(draft.id, maya.id, at('2026-12-03T09:30:00Z'))).ok).toBe(true)
    const twice = await carers.send(draft.id, maya.id, at('2026-12-03T09:31:00Z'))
    expect(twice.ok ? '' : twice.errors[0]?.message).toBe(carerAssessmentSentMessage)
    const late = await carers.saveAnswers(draft.id, { 'hours-caring': 1 }, maya.id, at('2026-12-03T09:32:00Z'))
    expect(late.ok).toBe(false)
    expect(await refusal(engine.sql(handle, "update carer_assessments set answers = '{}'"))).toMatch('a sent carer')

    const wrongCarer = await carers.determine(
      { ...determination, carerPersonId: husband.id },
      at('2026-12-03T10:00:00Z'),
    )
    expect(wrongCarer.ok).toBe(false)
    const first = await carers.determine(determination, at('2026-12-03T10:00:00Z'))
    const second = await carers.determine({ ...determination, eligible: false }, at('2026-12-03T10:00:00Z'))
    expect(first.ok && second.ok).toBe(true)
    expect((await carers.latestDetermination(draft.id))?.eligible).toBe(false)
    expect(
      await refusal(
        engine.sql(handle, 'update carer_determinations set eligible = ?', engine.name === 'SQLite' ? 1 : true),
      ),
    ).toMatch('cannot be changed')
    expect(await refusal(engine.sql(handle, 'delete from carer_determinations'))).toMatch('cannot be removed')
    expect(await countRows(engine, handle, 'carer_determinations')).toBe(2)
    const direct = refusal(
      engine.sql(
        handle,
        'insert into carer_determinations (id, carer_assessment_id, carer_person_id, decided_by_user_id, decided_at, eligible, determination, rules_version) values (?, ?, ?, ?, ?, ?, ?, ?)',
        'x',
        draft.id,
        husband.id,
        worker.id,
        1,
        engine.name === 'SQLite' ? 1 : true,
        '{}',
        'v',
      ),
    )
    expect(await direct).toMatch('determined only on their own sent self-assessment')
  })
})
