import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PortalClient } from '@open-sds/portal-harness'
import { portalEngines } from './support/engines'
import type { RunningPortal } from './support/portal-process'
import { portalSql } from './support/portal-sql'
import { PRIYA, determinedCarer, practitionerOutsideTheTeam } from './support/carers'
import { completeSelfAssessment } from './support/self-assessment'
import { page, signedIn, text } from './support/support-plan'
import { wordsOf } from './support/page-html'

// Issue 16 (carers.md §2, Care Act s12(5)): Ravi's carer's assessment combined with his mother Priya's while both
// agree. Dana records each agreement; both assessments and both records show it, linked; a withdrawal ends it.
describe.each(portalEngines())('a combined assessment on $name', (engine) => {
  let portal: RunningPortal
  let ravi: PortalClient
  let dana: PortalClient
  let carerAssessmentId = ''
  let carerPersonId = ''
  let priyaAssessmentId = ''

  beforeAll(async () => {
    portal = await engine.start()
    const carer = await determinedCarer(portal)
    ;({ ravi, dana } = carer)
    carerAssessmentId = carer.assessmentId
    carerPersonId = carer.carerPersonId
    await completeSelfAssessment(ravi, PRIYA)
    const [row] = await portalSql(
      portal,
      "select id from assessments where person_id = ? and status = 'submitted'",
      PRIYA,
    )
    priyaAssessmentId = String(row?.id)
  })

  afterAll(async () => {
    await portal?.stop()
  })

  const path = () => `/work/carer-assessments/${carerAssessmentId}/combined`

  it('refuses a word with nothing chosen, one for an assessment not offered, and a withdrawal never agreed', async () => {
    expect(await page(dana, path())).toContain('Priya Shah’s self-assessment, started')
    const empty = wordsOf(await text(await dana.submit(path(), {})))
    expect(empty).toContain('Select the cared-for person’s assessment')
    expect(empty).toContain('Select whose agreement this is')
    expect(empty).toContain('Select whether they agree or withdraw their agreement')
    const notOffered = await dana.submit(path(), { personAssessmentId: 'someone-else', party: 'carer', word: 'agreed' })
    expect(notOffered.status).toBe(400)
    expect(wordsOf(await text(notOffered))).toContain('Select one of the assessments listed')
    const neverAgreed = await text(
      await dana.submit(path(), { personAssessmentId: priyaAssessmentId, party: 'cared-for', word: 'withdrew' }),
    )
    expect(wordsOf(neverAgreed)).toContain(
      'The person cared for has not agreed to a combined assessment, so there is nothing to withdraw',
    )
    // What Dana chose is kept.
    expect(neverAgreed).toMatch(new RegExp(`checked=""[^>]*value="${priyaAssessmentId}"`))
    expect(neverAgreed).toMatch(/checked=""[^>]*value="withdrew"/)
    const [count] = await portalSql(portal, 'select count(*) as n from combined_assessment_agreements')
    expect(Number(count?.n)).toBe(0)
  })

  it('combines once both agree, shown and linked on both assessments and both records, audited', async () => {
    for (const party of ['carer', 'cared-for'])
      expect((await dana.submit(path(), { personAssessmentId: priyaAssessmentId, party, word: 'agreed' })).status).toBe(
        302,
      )
    const carerPage = await page(dana, `/work/carer-assessments/${carerAssessmentId}`)
    expect(wordsOf(carerPage)).toContain('Combined with Priya Shah’s assessment')
    expect(carerPage).toContain(`href="/practitioner/assessments/${priyaAssessmentId}"`)
    expect(wordsOf(carerPage)).toMatch(/Ravi Shah \(the carer\) agreed on \d+ \w+ \d{4} at/)
    const priyaPage = await page(dana, `/practitioner/assessments/${priyaAssessmentId}`)
    expect(wordsOf(priyaPage)).toContain('Combined with Ravi Shah’s carer’s assessment')
    expect(priyaPage).toContain(`href="/work/carer-assessments/${carerAssessmentId}"`)
    expect(wordsOf(await page(dana, `/people/${PRIYA}`))).toContain('Combined with Ravi Shah’s carer’s assessment')
    expect(wordsOf(await page(dana, `/people/${carerPersonId}`))).toContain('Combined with Priya Shah’s assessment')
    // Ravi reads it on his own record and his mother's, without links to the practitioners' pages.
    const ravisOwn = await page(ravi, `/people/${carerPersonId}`)
    expect(wordsOf(ravisOwn)).toContain('Combined with Priya Shah’s assessment')
    expect(ravisOwn).not.toContain('/practitioner/assessments/')
    const agreed = await portalSql(
      portal,
      "select person_id from audit_log where action = 'combined-assessment.agree' order by person_id",
    )
    expect(agreed.map((row) => row.person_id).sort()).toEqual([carerPersonId, carerPersonId, PRIYA, PRIYA].sort())
  })

  it('ends the combination when the person cared for withdraws, keeping who agreed and when', async () => {
    const withdrew = await dana.submit(path(), {
      personAssessmentId: priyaAssessmentId,
      party: 'cared-for',
      word: 'withdrew',
    })
    expect(withdrew.status).toBe(302)
    const carerPage = wordsOf(await page(dana, `/work/carer-assessments/${carerAssessmentId}`))
    expect(carerPage).toContain('Not combined with Priya Shah’s assessment')
    expect(carerPage).toContain('Priya Shah (the person cared for) has not agreed, or has withdrawn.')
    expect(carerPage).toMatch(/The combined assessment ended on \d+ \w+ \d{4} at .*, when agreement was withdrawn\./)
    expect(wordsOf(await page(dana, `/people/${PRIYA}`))).toContain('Not combined with Ravi Shah’s carer’s assessment')
    const words = await portalSql(portal, 'select party, word from combined_assessment_agreements order by recorded_at')
    expect(words.map((row) => `${String(row.party)} ${String(row.word)}`)).toEqual([
      'carer agreed',
      'cared-for agreed',
      'cared-for withdrew',
    ])
  })

  it('is reached by nobody outside the carers’ team without the carer on their caseload', async () => {
    const otto = await practitionerOutsideTheTeam(portal)
    expect((await otto.get(path())).status).toBe(404)
    expect(
      (await otto.submit(path(), { personAssessmentId: priyaAssessmentId, party: 'carer', word: 'withdrew' })).status,
    ).toBe(404)
    const alex = await signedIn(portal, 'citizen')
    expect((await alex.get(path())).status).toBe(404)
  })
})
