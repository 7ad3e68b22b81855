// Every code the audit log may hold, with the plain words a person reads in its place (issue 19). The codes stay
// short and stable for analysts and queries; people never see them. The words are written to follow a name on the
// audit log page ("Sam Patel: opened the record") and to stand alone in a person's own history, so one vocabulary
// serves both. `NewAuditEntry.action` is typed from this list: a new code cannot be written until it has words.

const words = {
  'assessment.budget-by-hand': 'Recorded a budget worked out by hand',
  'assessment.read': 'Opened the self-assessment',
  'assessment.start': 'Started the self-assessment',
  'assessment.send-for-budget-by-hand': 'Sent in the self-assessment, for the budget to be worked out by a person',
  'assessment.submit': 'Sent in the self-assessment',
  'assessment.update': 'Saved answers to the self-assessment',
  'audit.read': 'Read the audit log',
  'audit.download': 'Downloaded the audit log',
  'budget.read': 'Opened the budget',
  'caseload.read': 'Opened their caseload',
  'client-level-data.check': 'Checked the Client Level Data return',
  'client-level-data.export': 'Downloaded the Client Level Data return',
  'due-list.read': 'Opened the list of what is due and overdue',
  'comment.publish': 'Published a survey comment',
  'comment.withhold': 'Withheld a survey comment',
  'demo-data.seed': 'Added the demonstration records',
  'eligibility.decide': 'Recorded the eligibility decision',
  'figures.count-requested': 'Asked for the figures to be counted again',
  'financial-assessment.charge-by-hand': 'Recorded a charge worked out by hand',
  'financial-assessment.confirm': 'Confirmed the financial assessment',
  'financial-assessment.correct': 'Corrected the financial assessment',
  'financial-assessment.list': 'Listed financial assessments',
  'financial-assessment.read': 'Opened the financial assessment',
  'financial-assessment.start': 'Started the financial assessment',
  'financial-assessment.send-for-charge-by-hand':
    'Sent in the financial assessment, for the charge to be worked out by hand',
  'financial-assessment.submit': 'Sent in the financial assessment',
  'financial-assessment.update': 'Saved answers to the financial assessment',
  'financial-assessment.uprate': 'Uprated charges for a new year',
  'financial-assessment.uprating-preview': 'Previewed uprated charges',
  'financial-evidence.create': 'Uploaded evidence for the financial assessment',
  'financial-evidence.read': 'Opened evidence for the financial assessment',
  'person.create': 'Created the record',
  'person.list': 'Listed people',
  'person.read': 'Opened the record',
  'person.return-details.read': 'Opened the details for statutory returns',
  'person.return-details.update': 'Changed the details for statutory returns',
  'person.search': 'Searched for a person',
  'person.search.open': 'Opened the record from a search',
  'person.search.refused': 'Was refused a search for a person',
  'person.update': 'Changed the record',
  'positive-risk.decide': 'Recorded a decision on a positive risk',
  'positive-risk.read': 'Opened the positive risks',
  'positive-risk.record': 'Recorded a positive risk',
  'progress.download': 'Downloaded the progress measures',
  'progress.view': 'Viewed the progress measures',
  'ras.publish': 'Published a resource allocation system',
  'request.refused': 'Was refused a page they may not see',
  'safeguarding-concern.create': 'Raised a safeguarding concern',
  'safeguarding-concern.list': 'Listed safeguarding concerns',
  'safeguarding-concern.read': 'Opened a safeguarding concern',
  'safeguarding-concern.read-by-person': 'Opened safeguarding concerns from the record',
  'safeguarding-concern.share': 'Shared a safeguarding concern',
  'safeguarding-concern.link': "Linked a safeguarding concern to a person's record",
  'safeguarding-concern.link-refused': "Was told a safeguarding concern was already linked to a person's record",
  'safeguarding-concern.immediate-action': 'Recorded what was done to keep the person safe now',
  'safeguarding-counts.read': 'Viewed the safeguarding counts',
  'safeguarding-enquiry.change': 'Changed a safeguarding enquiry',
  'safeguarding-enquiry.close': 'Closed a safeguarding enquiry',
  'safeguarding-enquiry.open': 'Opened a safeguarding enquiry',
  'safeguarding-section42.decide': 'Decided whether a safeguarding enquiry is needed',
  'safeguarding.read-by-person': 'Opened the safeguarding history',
  'safeguarding.refused': 'Was refused safeguarding records',
  'safeguarding.staff-grant': 'Allowed a member of staff to see safeguarding concerns',
  'safeguarding.staff-withdraw': 'Stopped a member of staff seeing safeguarding concerns',
  'short-term-support.list': 'Listed short-term support',
  'short-term-support.read': 'Opened short-term support',
  'short-term-support.record': 'Recorded short-term support',
  'short-term-support.update': 'Changed short-term support',
  'support-plan.activate': 'Put the support plan in force',
  'support-plan.approve': 'Approved the support plan',
  'support-plan.complete-review': 'Finished the review and kept the support plan',
  'support-plan.create': 'Started a support plan',
  'support-plan.download': 'Downloaded the support plan',
  'support-plan.edit': 'Changed the support plan',
  'support-plan.end': 'Ended the support plan',
  'support-plan.flexible-change': 'Made a flexible change to the support plan',
  'support-plan.list': 'Listed support plans',
  'support-plan.rate': 'Rated outcomes for the review',
  'support-plan.read': 'Opened the support plan',
  'support-plan.return': 'Sent the support plan back for changes',
  'support-plan.revise': 'Started a revised support plan',
  'support-plan.start-review': 'Started a review of the support plan',
  'support-plan.submit': 'Sent the support plan for approval',
  'support-plan.update': 'Saved the support plan',
  'team.create': 'Created a team',
  'team.member-add': 'Added a member of staff to a team',
  'team.member-remove': 'Removed a member of staff from a team',
  'team.change-refused': 'Tried a change to a team that was refused',
  'team.list': 'Listed the teams',
  'survey-response.release': 'Released survey responses',
  'survey.links': 'Made survey links',
  'survey.respond': 'Answered a survey',
  'user.email-change': 'Changed the email address, confirmed from the new address',
  'user.email-change-refused': 'Tried a link to confirm a new email address that could not be used',
  'user.email-change-requested': 'Asked to change the email address',
  'user.password-change': 'Changed the password',
  'user.password-accepted': 'Gave the right password, and was asked for a one-time code to finish signing in',
  'user.password-change-refused': 'Gave a wrong current password, to change the password or email address',
  'user.password-reset': 'Reset the password with a link',
  'user.password-reset-refused': 'Tried a password reset link that could not be used',
  'user.password-reset-requested': 'Asked for a link to reset the password',
  'user.recovery-code-used': 'Signed in with a recovery code instead of a one-time code, which cannot be used again',
  'user.recovery-codes-renewed': 'Made new recovery codes for signing in, so the old ones no longer work',
  'user.second-factor-change-refused':
    'Gave a wrong password, to turn off signing in with a one-time code or make new recovery codes',
  'user.second-factor-failed': 'Gave a wrong one-time code or recovery code when signing in',
  'user.second-factor-locked': 'Tried a one-time code after too many wrong ones, and was asked to wait',
  'user.second-factor-passed': 'Gave the right one-time code when signing in',
  'user.second-factor-reset':
    "Reset a member of staff's sign-in code from an app, so they sign in with their password and set it up again",
  'user.second-factor-set-up': 'Set up signing in with a one-time code from an app',
  'user.second-factor-set-up-failed': 'Gave a wrong one-time code while setting up signing in with one',
  'user.second-factor-turned-off': 'Turned off signing in with a one-time code',
  'user.sign-in': 'Signed in',
  'user.sign-in-failed': 'Tried to sign in and failed',
  'user.sign-out': 'Signed out',
  'user.sign-up': 'Created an account',
  'user.staff-activate': 'Reactivated a staff account',
  'user.staff-change-refused': 'Tried to change a staff account, and was refused',
  'user.staff-create': 'Created a staff account',
  'user.staff-deactivate': 'Deactivated a staff account',
  'user.staff-role-change': 'Changed the role of a staff account',
  'work-item.allocate': 'Allocated work to a worker',
  'work-item.allocate-refused': 'Tried to allocate work and was refused',
  'work-item.arrive': 'New work arrived in a team’s queue',
  'work-item.close': 'Closed a piece of work',
  'work-item.take': 'Took a piece of work from the queue',
  'work-queue.read': 'Opened a team’s queue',
  'you-said-we-did.create': 'Added to the "you said, we did" log',
  'you-said-we-did.update': 'Changed the "you said, we did" log',
} as const satisfies Record<string, string>

/** A code the audit log may hold, `subject.verb`, e.g. `person.read`. */
export type AuditAction = keyof typeof words

/** Every code, in alphabetical order: for a filter's choices and for checking a code is known. */
export const auditActions = Object.keys(words) as [AuditAction, ...AuditAction[]]

/** The words for every code, for a list of choices. */
export const auditActionWords: Readonly<Record<AuditAction, string>> = words

/**
 * The plain words for a code read back from the log. A code no longer written (an entry from an older release) still
 * reads as words, never as the code: the log is shown to people who do not know the codes.
 */
export function describeAuditAction(code: string): string {
  return isAuditAction(code) ? words[code] : 'Did something this version no longer records'
}

export function isAuditAction(code: string): code is AuditAction {
  return Object.hasOwn(words, code)
}
