import type { EligibilityDecision, Repositories } from '@open-sds/db'
import { notificationsOf, type ComposedConfiguration } from '@open-sds/plugin-sdk'
import { eligibilityLetter, eligibilityLetterRules, type EligibilityLetterInput } from './eligibility-letter'
import { renderLetterPdf, type LetterBrand } from './pdf-letter'

/** The council's letter header: its name in its brand colour, and the address its plugin gives (decision 052). */
export function letterBrand(site: Pick<ComposedConfiguration, 'branding' | 'slots'>): LetterBrand {
  const header = notificationsOf(site).letterHeader
  return {
    organisationName: site.branding.organisationName,
    colour: site.branding.colours.brand,
    addressLines: header?.addressLines ?? [],
    telephone: header?.telephone,
    email: header?.email,
  }
}

export type MadeLetter = { title: string; rulesVersion: string; pdf: Buffer }

/**
 * The letter for an eligibility decision, made before the decision's transaction (rendering is not the database's
 * work) from what the decision will store.
 */
export async function eligibilityLetterFor(
  site: Pick<ComposedConfiguration, 'branding' | 'slots'>,
  input: Omit<EligibilityLetterInput, 'organisationName'>,
  now: Date,
): Promise<MadeLetter> {
  const brand = letterBrand(site)
  const content = eligibilityLetter({ ...input, organisationName: brand.organisationName })
  return {
    title: content.title,
    rulesVersion: eligibilityLetterRules(input),
    pdf: await renderLetterPdf(content, brand, now),
  }
}

/** The subject a decision's letter is kept under: one letter per decision. */
export const eligibilityLetterSubject = (decisionId: string) => `eligibility-decision:${decisionId}`

/** For `.then(...)` on recording an eligibility decision: keeps its letter with it, in the same transaction. */
export const thenKeepLetter =
  (repos: Pick<Repositories, 'decisionLetters'>, letter: MadeLetter, madeByUserId: string, now: Date) =>
  async <R extends { ok: true; value: EligibilityDecision } | { ok: false }>(result: R): Promise<R> => {
    if (result.ok)
      await repos.decisionLetters.add(
        {
          personId: result.value.personId,
          kind: 'eligibility-and-budget',
          subject: eligibilityLetterSubject(result.value.id),
          title: letter.title,
          rulesVersion: letter.rulesVersion,
          pdf: letter.pdf,
          madeByUserId,
        },
        now,
      )
    return result
  }
