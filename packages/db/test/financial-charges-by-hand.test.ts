import { describe, expect, it } from 'vitest'
import type { FinancialOutcome } from '../src/index.js'
import { refusal, testEngines, type TestEngine } from './engines.js'
import { at, createPerson, createUser } from './helpers.js'

// Issue 19, "no dead end": the charging engine cannot price an assessment because of the council's data (a rate not
// yet published). The answers are still sent, held as "sent, charge to be worked out", and a finance officer records
// the charge by hand.
const reason = 'The disability premium (single) for 2026/27 has not been published yet, and this charge needs it.'

const byHand = (weeklyChargePence: number): FinancialOutcome => ({
  result: { weeklyChargePence, explanation: [{ text: 'Worked out by hand' }] },
  weeklyChargePence,
  weeklyCostOfCarePence: 30_000,
  rulesVersion: 'worked out by hand',
  policyName: 'Test policy',
  policyVersion: '1',
  ratesYear: '2026/27',
  assessedFor: '2026-12-02',
})

async function sentByHand(engine: TestEngine) {
  const handle = await engine.fresh()
  const user = await createUser(handle, 'person@example.org')
  const officer = await createUser(handle, 'finance@example.org')
  const person = await createPerson(handle, 'Sam Patel')
  const repo = handle.repos.financialAssessments
  const draft = await repo.startDraft({ personId: person.id, userId: user.id }, at('2026-12-02T10:00:00Z'))
  if (!draft.ok) throw new Error('setup')
  await repo.saveDraft(draft.value.id, { income: { esa: 9_000 } }, user.id, at('2026-12-02T10:05:00Z'))
  const sent = await repo.sendForChargeByHand(draft.value.id, reason, user.id, at('2026-12-02T10:10:00Z'))
  return { handle, repo, user, officer, person, draftId: draft.value.id, sent }
}

describe.each(testEngines())('on $name', (engine) => {
  describe('financial assessments sent with the charge to be worked out by hand', () => {
    it('are held as sent, with why, and listed for a finance officer until the charge is recorded', async () => {
      const { repo, user, officer, person, draftId, sent } = await sentByHand(engine)
      expect(sent).toEqual({
        ok: true,
        value: {
          financialAssessmentId: draftId,
          personId: person.id,
          reason,
          sentByUserId: user.id,
          sentAt: at('2026-12-02T10:10:00Z'),
        },
      })
      expect((await repo.chargeByHand(draftId))?.reason).toBe(reason)
      expect((await repo.listChargesToWorkOut()).map((entry) => entry.financialAssessmentId)).toEqual([draftId])
      // No charge has been worked out: nothing is current and nothing waits to be confirmed.
      expect(await repo.current(person.id)).toBeUndefined()
      expect(await repo.listAwaitingReview()).toEqual([])

      const recorded = await repo.submitDraft(draftId, byHand(4_500), officer.id, at('2026-12-03T09:00:00Z'))
      expect(recorded.ok && recorded.value.weeklyChargePence).toBe(4_500)
      expect(await repo.listChargesToWorkOut()).toEqual([])
      expect((await repo.current(person.id))?.id).toBe(draftId)
      // It stays on record that the charge was worked out by hand.
      expect((await repo.chargeByHand(draftId))?.reason).toBe(reason)
    })

    it('keep the answers they were sent with, and are sent once', async () => {
      const { handle, repo, user, draftId } = await sentByHand(engine)
      const save = await repo.saveDraft(draftId, { income: { esa: 1 } }, user.id, at('2026-12-02T11:00:00Z'))
      expect(save.ok).toBe(false)
      expect((await repo.findById(draftId))?.answers).toEqual({ income: { esa: 9_000 } })
      const again = await repo.sendForChargeByHand(draftId, reason, user.id, at('2026-12-02T11:00:00Z'))
      expect(again.ok ? [] : again.errors.map((e) => e.message)).toEqual([
        'This financial assessment has already been sent',
      ])
      expect(
        await refusal(engine.sql(handle, `update financial_assessments set answers = '{}' where id = ?`, draftId)),
      ).toContain('keeps the answers it was sent with')
    })

    it('the database refuses changing or removing the record, even by hand-written SQL', async () => {
      const { handle, draftId } = await sentByHand(engine)
      expect(
        await refusal(
          engine.sql(
            handle,
            `update financial_charges_by_hand set reason = 'x' where financial_assessment_id = ?`,
            draftId,
          ),
        ),
      ).toContain('it cannot be changed')
      expect(
        await refusal(
          engine.sql(handle, 'delete from financial_charges_by_hand where financial_assessment_id = ?', draftId),
        ),
      ).toContain('it cannot be removed')
    })

    it('refuses an empty reason and a version already recorded', async () => {
      const { handle, repo, user, officer, draftId } = await sentByHand(engine)
      const person = await createPerson(handle, 'Ali Khan')
      const draft = await repo.startDraft({ personId: person.id, userId: user.id }, at('2026-12-02T10:00:00Z'))
      if (!draft.ok) throw new Error('setup')
      const empty = await repo.sendForChargeByHand(draft.value.id, '  ', user.id, at('2026-12-02T10:00:00Z'))
      expect(empty.ok ? [] : empty.errors.map((e) => e.path)).toEqual(['reason'])
      await repo.submitDraft(draftId, byHand(4_500), officer.id, at('2026-12-03T09:00:00Z'))
      const recorded = await repo.sendForChargeByHand(draftId, reason, user.id, at('2026-12-03T10:00:00Z'))
      expect(recorded.ok).toBe(false)
    })
  })
})
