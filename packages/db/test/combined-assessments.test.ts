import { describe, expect, it } from 'vitest'
import { refusal, testEngines } from './engines.js'
import { at, createPerson, createUser } from './helpers.js'

// Issue 16 (carers.md §2, Care Act s12(5)): a carer's assessment combined with the cared-for person's while both agree.
// Each word is kept as recorded, in order; only an assessment of someone the carer cares for can be combined.
describe.each(testEngines())('combined assessments on $name', (engine) => {
  async function carerAndHusband() {
    const handle = await engine.fresh()
    const maya = await createUser(handle, 'maya@example.org')
    const worker = await createUser(handle, 'worker@example.org')
    const carer = await createPerson(handle, 'Maya Example')
    const husband = await createPerson(handle, 'Joe Example')
    const stranger = await createPerson(handle, 'Sam Stranger')
    const { carers, assessments } = handle.repos
    await carers.link(
      {
        carerPersonId: carer.id,
        caredForPersonId: husband.id,
        caredForName: 'Joe Example',
        caredForDateOfBirth: null,
        relationship: 'My husband',
        createdByUserId: maya.id,
      },
      at('2026-12-01T09:00:00Z'),
    )
    const carerStart = {
      carerPersonId: carer.id,
      questionnaireId: 'carers',
      questionnaireVersion: '1',
      userId: maya.id,
    }
    const carerAssessment = await carers.startDraft(carerStart, at('2026-12-01T09:00:00Z'))
    const personStart = (personId: string) => ({
      personId,
      questionnaireId: 'self-assessment',
      questionnaireVersion: '1',
      userId: worker.id,
      onBehalf: true,
    })
    const husbandAssessment = await assessments.startDraft(personStart(husband.id), at('2026-12-01T09:00:00Z'))
    const strangerAssessment = await assessments.startDraft(personStart(stranger.id), at('2026-12-01T09:00:00Z'))
    return { handle, worker, carer, husband, carerAssessment, husbandAssessment, strangerAssessment }
  }

  it('keeps each party’s word in order, with both people named, seen from either assessment or person', async () => {
    const { handle, worker, carer, husband, carerAssessment, husbandAssessment } = await carerAndHusband()
    const { combinedAssessments } = handle.repos
    const word = (party: 'carer' | 'cared-for', said: 'agreed' | 'withdrew') => ({
      carerAssessmentId: carerAssessment.id,
      personAssessmentId: husbandAssessment.id,
      party,
      word: said,
      recordedByUserId: worker.id,
    })
    const first = await combinedAssessments.record(word('carer', 'agreed'), at('2026-12-02T10:00:00Z'))
    expect(first).toMatchObject({ carerName: 'Maya Example', personName: 'Joe Example', personAssessmentSent: false })
    // Two words within one millisecond keep the order they were recorded in.
    await combinedAssessments.record(word('cared-for', 'agreed'), at('2026-12-02T10:00:01Z'))
    await combinedAssessments.record(word('cared-for', 'withdrew'), at('2026-12-02T10:00:01Z'))
    const fromCarer = await combinedAssessments.listForCarerAssessment(carerAssessment.id)
    expect(fromCarer.map((each) => `${each.party} ${each.word}`)).toEqual([
      'carer agreed',
      'cared-for agreed',
      'cared-for withdrew',
    ])
    expect(await combinedAssessments.listForPersonAssessment(husbandAssessment.id)).toEqual(fromCarer)
    expect(await combinedAssessments.listForPerson(husband.id)).toEqual(fromCarer)
    expect(await combinedAssessments.listForPerson(carer.id)).toEqual(fromCarer)
    expect(await refusal(engine.sql(handle, "update combined_assessment_agreements set word = 'agreed'"))).toMatch(
      'cannot be changed',
    )
    expect(await refusal(engine.sql(handle, 'delete from combined_assessment_agreements'))).toMatch('cannot be removed')
  })

  it('refuses combining with the assessment of someone the carer does not care for', async () => {
    const { handle, worker, carerAssessment, strangerAssessment } = await carerAndHusband()
    const refused = await refusal(
      handle.repos.combinedAssessments.record(
        {
          carerAssessmentId: carerAssessment.id,
          personAssessmentId: strangerAssessment.id,
          party: 'carer',
          word: 'agreed',
          recordedByUserId: worker.id,
        },
        at('2026-12-02T10:00:00Z'),
      ),
    )
    expect(refused).toMatch('combined only with the assessment of someone they care for')
    expect(await handle.repos.combinedAssessments.listForPerson(strangerAssessment.personId)).toEqual([])
  })
})
