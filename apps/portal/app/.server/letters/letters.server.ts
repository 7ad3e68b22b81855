import type { DecisionLetterKind, EligibilityDecision, FinancialAssessment, Repositories } from '@open-sds/db'
import { notificationsOf, type ComposedConfiguration } from '@open-sds/plugin-sdk'
import { chargeLetter, chargeLetterRules, type ChargeLetterInput } from './charge-letter'
import { eligibilityLetter, eligibilityLetterRules, type EligibilityLetterInput } from './eligibility-letter'
import { letterFontOf } from './letter-font'
import { renderLetterPdf, type LetterBrand, type LetterContent } from './pdf-letter'

/** The council's letter header: its name in its brand colour, and the address its plugin gives (decision 052). */
export function letterBrand(site: Pick<ComposedConfiguration, 'branding' | 'slots'>): LetterBrand {
  const header = notificationsOf(site).letterHeader
  return {
    organisationName: site.branding.organisationName,
    colour: site.branding.colours.brand,
    addressLines: header?.addressLines ?? [],
    telephone: header?.telephone,
    email: header?.email,
    font: letterFontOf(site),
  }
}

export type MadeLetter = { title: string; rulesVersion: string; pdf: Buffer }

type Site = Pick<ComposedConfiguration, 'branding' | 'slots'>

/**
 * A letter, made before its decision's transaction (rendering is not the database's work) from what the decision will
 * store, in the council's brand.
 */
async function makeLetter(
  site: Site,
  write: (organisationName: string) => LetterContent,
  rulesVersion: string,
  now: Date,
): Promise<MadeLetter> {
  const brand = letterBrand(site)
  const content = write(brand.organisationName)
  return { title: content.title, rulesVersion, pdf: await renderLetterPdf(content, brand, now) }
}

/** The letter for an eligibility decision, with the budget when eligible. */
export const eligibilityLetterFor = (site: Site, input: Omit<EligibilityLetterInput, 'organisationName'>, now: Date) =>
  makeLetter(
    site,
    (organisationName) => eligibilityLetter({ ...input, organisationName }),
    eligibilityLetterRules(input),
    now,
  )

/** The letter of a confirmed or corrected charge. */
export const chargeLetterFor = (site: Site, input: Omit<ChargeLetterInput, 'organisationName'>, now: Date) =>
  makeLetter(
    site,
    (organisationName) => chargeLetter({ ...input, organisationName }),
    chargeLetterRules(input.charge),
    now,
  )

/** The subject a decision's letter is kept under: one letter per decision. */
export const eligibilityLetterSubject = (decisionId: string) => `eligibility-decision:${decisionId}`
/** A charge letter is about the version of the financial assessment that confirmed or corrected the charge. */
export const chargeLetterSubject = (versionId: string) => `financial-assessment:${versionId}`

type Decided = EligibilityDecision | FinancialAssessment
const aboutOf = (kind: DecisionLetterKind, decided: Decided) => ({
  personId: decided.personId,
  subject: kind === 'charge' ? chargeLetterSubject(decided.id) : eligibilityLetterSubject(decided.id),
})

/** For `.then(...)` on recording a decision: keeps its letter with it, in the same transaction. */
export const thenKeepLetter =
  (
    repos: Pick<Repositories, 'decisionLetters'>,
    kind: DecisionLetterKind,
    letter: MadeLetter,
    madeByUserId: string,
    now: Date,
  ) =>
  async <R extends { ok: true; value: Decided } | { ok: false }>(result: R): Promise<R> => {
    if (result.ok)
      await repos.decisionLetters.add(
        {
          ...aboutOf(kind, result.value),
          kind,
          title: letter.title,
          rulesVersion: letter.rulesVersion,
          pdf: letter.pdf,
          madeByUserId,
        },
        now,
      )
    return result
  }
