import { describe, expect, it } from 'vitest'
import { assessmentSubmittedMessage } from '../src/index.js'
import { refusal, testEngines, type TestEngine } from './engines.js'
import { at, createPerson, createUser } from './helpers.js'

// Issue 19, "no dead end": the council has no resource allocation system in force, or its RAS cannot price the
// answers. The person's answers are still sent, held as "sent, budget to be worked out by a person", and listed for a
// practitioner with the reason.
const reason = 'The council has not published how it works out personal budgets for 2 December 2026.'

async function sentByHand(engine: TestEngine) {
  const handle = await engine.fresh()
  const user = await createUser(handle, 'ravi@example.org')
  const person = await createPerson(handle, 'Priya Shah')
  const repo = handle.repos.assessments
  const draft = await repo.startDraft(
    { personId: person.id, questionnaireId: 'saq', questionnaireVersion: '3', userId: user.id, onBehalf: true },
    at('2026-12-02T10:00:00Z'),
  )
  await repo.saveAnswers(
    draft.id,
    { hygiene: 'some-help' },
    { userId: user.id, onBehalf: true },
    at('2026-12-02T10:05:00Z'),
  )
  const sent = await repo.sendForBudgetByHand(
    draft.id,
    { userId: user.id, onBehalf: true, reason },
    at('2026-12-02T10:10:00Z'),
  )
  return { handle, repo, user, person, draftId: draft.id, sent }
}

describe.each(testEngines())('on $name', (engine) => {
  describe('self-assessments sent with the budget to be worked out by a person', () => {
    it('are held as sent, with why, and listed for a practitioner until a budget is recorded', async () => {
      const { repo, user, person, draftId, sent } = await sentByHand(engine)
      expect(sent).toEqual({
        ok: true,
        value: {
          assessmentId: draftId,
          personId: person.id,
          reason,
          sentByUserId: user.id,
          sentOnBehalf: true,
          sentAt: at('2026-12-02T10:10:00Z'),
        },
      })
      expect((await repo.budgetByHand(draftId))?.reason).toBe(reason)
      expect((await repo.listBudgetsToWorkOut()).map((entry) => entry.assessmentId)).toEqual([draftId])
      // No budget was worked out, so nothing is listed as submitted.
      expect(await repo.listSubmitted()).toEqual([])

      const budget = { weeklyPence: 20_000, explanation: [{ text: 'Worked out by a practitioner' }] }
      const recorded = await repo.submit(
        draftId,
        { userId: user.id, onBehalf: true, budget, rasConfigId: 'by hand', rasConfigVersion: '1', weeklyPence: 20_000 },
        at('2026-12-03T09:00:00Z'),
      )
      expect(recorded.ok).toBe(true)
      expect(await repo.listBudgetsToWorkOut()).toEqual([])
      expect((await repo.budgetByHand(draftId))?.reason).toBe(reason)
    })

    it('keep the answers they were sent with, and are sent once', async () => {
      const { handle, repo, user, draftId } = await sentByHand(engine)
      const save = await repo.saveAnswers(
        draftId,
        { hygiene: 'full-help' },
        { userId: user.id, onBehalf: true },
        at('2026-12-02T11:00:00Z'),
      )
      expect(save.ok ? [] : save.errors.map((e) => e.message)).toEqual([assessmentSubmittedMessage])
      expect((await repo.findById(draftId))?.answers).toEqual({ hygiene: 'some-help' })
      const again = await repo.sendForBudgetByHand(
        draftId,
        { userId: user.id, onBehalf: true, reason },
        at('2026-12-02T11:00:00Z'),
      )
      expect(again.ok).toBe(false)
      expect(
        await refusal(engine.sql(handle, `update assessments set answers = '{}' where id = ?`, draftId)),
      ).toContain('keeps the answers it was sent with')
    })

    it('the database refuses changing or removing the record, even by hand-written SQL', async () => {
      const { handle, draftId } = await sentByHand(engine)
      expect(
        await refusal(
          engine.sql(handle, `update assessment_budgets_by_hand set reason = 'x' where assessment_id = ?`, draftId),
        ),
      ).toContain('it cannot be changed')
      expect(
        await refusal(engine.sql(handle, 'delete from assessment_budgets_by_hand where assessment_id = ?', draftId)),
      ).toContain('it cannot be removed')
    })

    it('refuses an empty reason and an assessment that does not exist', async () => {
      const { repo, user } = await sentByHand(engine)
      const empty = await repo.sendForBudgetByHand(
        'no-such',
        { userId: user.id, onBehalf: false, reason: '  ' },
        at('2026-12-02T10:00:00Z'),
      )
      expect(empty.ok ? [] : empty.errors.map((e) => e.path)).toEqual(['reason'])
      const missing = await repo.sendForBudgetByHand(
        'no-such',
        { userId: user.id, onBehalf: false, reason },
        at('2026-12-02T10:00:00Z'),
      )
      expect(missing.ok ? [] : missing.errors.map((e) => e.path)).toEqual(['id'])
    })
  })
})
