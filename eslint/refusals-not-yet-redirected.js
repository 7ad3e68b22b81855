// Routes that still answer a refused form with a 400 reply to the POST (decision 055), from the repository root.
// Remove a route when it answers with refuse(); the lint rule says when one has been converted but is still listed.
export const refusalsNotYetRedirected = [
  'apps/portal/app/routes/_coproduction+/coproduction.surveys.$surveyId.tsx',
  'apps/portal/app/routes/_find+/find-a-person._index.tsx',
  'apps/portal/app/routes/_front+/forgotten-password.tsx',
  'apps/portal/app/routes/_front+/reset-password.tsx',
  'apps/portal/app/routes/_front+/sign-in_.code.tsx',
  'apps/portal/app/routes/_front+/sign-up.tsx',
]
