import { describe, expect, it } from 'vitest'

/**
 * Every address the portal answers, written out in full. Bookmarks, links in letters and emails, and other
 * services' links point at these, so moving a route file (decision 015 groups them by feature) must never change
 * one. This list was taken from the route manifest before the move; a new page adds its address here on purpose.
 */
const ADDRESSES = [
  '/ (index)',
  '/*',
  '/account',
  '/account/details',
  '/account/email',
  '/account/password',
  '/account/two-factor',
  '/acting-for (index)',
  '/acting-for/accept',
  '/admin (index)',
  '/admin/audit',
  '/admin/audit.csv',
  '/admin/client-level-data',
  '/admin/client-level-data.csv',
  '/admin/messages',
  '/admin/progress',
  '/admin/progress.csv',
  '/admin/ras',
  '/admin/safeguarding-staff',
  '/admin/staff (index)',
  '/admin/staff/:userId',
  '/admin/staff/new',
  '/admin/teams (index)',
  '/admin/teams/:teamId',
  '/admin/teams/new',
  '/admin/uprating',
  '/ask-for-help',
  '/ask-for-help/sent',
  '/brand.css',
  '/carers (index)',
  '/carers/cares-for',
  '/carers/self-assessment/:questionId',
  '/carers/self-assessment/check',
  '/charging-estimate',
  '/confirm-email',
  '/coproduction (index)',
  '/coproduction/moderation',
  '/coproduction/surveys/:surveyId',
  '/coproduction/you-said-we-did',
  '/favicon.svg',
  '/feedback',
  '/finance',
  '/finance/assessments/:assessmentId',
  '/finance/evidence/:evidenceId',
  '/find-a-person (index)',
  '/find-a-person/:personId',
  '/find-support (index)',
  '/find-support/services/:serviceId',
  '/forgotten-password',
  '/my-care',
  '/my-care/act-for-me (index)',
  '/my-care/act-for-me/new',
  '/organisation',
  '/oruk (index)',
  '/oruk/*',
  '/oruk/services (index)',
  '/oruk/services/:id',
  '/oruk/taxonomies (index)',
  '/oruk/taxonomies/:id',
  '/oruk/taxonomy_terms (index)',
  '/oruk/taxonomy_terms/:id',
  '/outbox',
  '/pages/:slug',
  '/people/:personId',
  '/people/:personId/budget',
  '/people/:personId/financial-assessment (index)',
  '/people/:personId/financial-assessment/:step',
  '/people/:personId/financial-assessment/check',
  '/people/:personId/financial-assessment/evidence',
  '/people/:personId/financial-assessment/result',
  '/people/:personId/plan (index)',
  '/people/:personId/plan.json',
  '/people/:personId/plan/contingency',
  '/people/:personId/plan/money',
  '/people/:personId/plan/outcomes',
  '/people/:personId/plan/people',
  '/people/:personId/plan/review',
  '/people/:personId/plan/supports',
  '/people/:personId/return-details',
  '/people/:personId/risks (index)',
  '/people/:personId/risks/:riskId',
  '/people/:personId/safeguarding',
  '/people/:personId/self-assessment (index)',
  '/people/:personId/self-assessment/:questionId',
  '/people/:personId/self-assessment/check',
  '/people/:personId/short-term-support (index)',
  '/people/:personId/short-term-support/:supportId',
  '/ping',
  '/practitioner',
  '/practitioner/assessments/:assessmentId',
  '/practitioner/budgets-by-hand/:assessmentId',
  '/practitioner/plans (index)',
  '/practitioner/plans/:planId',
  '/practitioner/plans/:planId/review',
  '/report-a-concern',
  '/report-a-concern/sent',
  '/request-refused',
  '/reset-password',
  '/safeguarding',
  '/safeguarding/concerns/:reference (index)',
  '/safeguarding/concerns/:reference/close',
  '/safeguarding/concerns/:reference/enquiry',
  '/safeguarding/concerns/:reference/link',
  '/safeguarding/concerns/:reference/section-42',
  '/safeguarding/counts',
  '/safeguarding/counts.csv',
  '/sign-in',
  '/sign-in/code',
  '/sign-out',
  '/sign-up',
  '/surveys (index)',
  '/surveys/:surveyId',
  '/work/carer-assessments/:assessmentId',
  '/work/caseload',
  '/work/due',
  '/work/items/:itemId',
  '/work/proxy-requests/:requestId',
  '/work/queue',
  '/work/referrals/:reference',
  '/work/referrals/:reference/close',
  '/work/referrals/:reference/link',
]

type BuiltRoute = { path?: string; index?: boolean; parentId?: string }

describe('the addresses the portal answers', () => {
  it('are exactly the ones people already use, whichever folder a route file sits in', async () => {
    const buildPath = `../${process.env.OPEN_SDS_BUILD_DIR ?? 'build'}/server/index.js`
    const build = (await import(/* @vite-ignore */ buildPath)) as { routes: Record<string, BuiltRoute> }
    const fullPath = (id: string): string => {
      const route = build.routes[id]!
      const own = route.path ?? ''
      if (!route.parentId) return own
      const parent = fullPath(route.parentId)
      return [parent, own].filter(Boolean).join('/')
    }
    const addresses = Object.keys(build.routes)
      .filter((id) => id !== 'root')
      .map((id) => `/${fullPath(id)}${build.routes[id]!.index ? ' (index)' : ''}`)
      .sort()
    expect(addresses).toEqual(ADDRESSES)
  })
})
