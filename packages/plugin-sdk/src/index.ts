// The Result shape is the kernel's; re-exported so that suppliers who imported it from here keep working.
export type { Issue, Result } from '@open-sds/kernel'
export { PLUGIN_API_VERSION, SUPPORTED_PLUGIN_API_VERSIONS } from './api-version.js'
export { WCAG_AA_TEXT_CONTRAST, contrastRatio, formatContrastRatio, relativeLuminance } from './contrast.js'
export { ColoursSchema, PluginColoursSchema, contrastProblems } from './colours-schema.js'
export type { ColourField, Colours, ContrastProblem, PluginColours } from './colours-schema.js'
export { LogoSchema, MAX_LOGO_BYTES, unsafeSvgReason } from './logo-schema.js'
export type { Logo } from './logo-schema.js'
export { FontStackSchema, GENERIC_FONT_FAMILIES, cssFontFamily } from './font-stack.js'
export type { FontStack } from './font-stack.js'
export {
  BrandingSchema,
  ContactSchema,
  FooterLinkSchema,
  PluginBrandingSchema,
  PluginContactSchema,
  ReferralSchema,
  isSafeHref,
} from './branding-schema.js'
export type { Branding, Contact, FooterLink, PluginBranding, PluginContact, Referral } from './branding-schema.js'
export { ContentPageSchema, ContentPagesSchema, ContentSchema, pagePath } from './content-schema.js'
export type { Content, ContentPage } from './content-schema.js'
export {
  CarersSlotSchema,
  ChargingPolicySlotSchema,
  DirectPaymentPolicySlotSchema,
  ExtendSelfAssessmentSchema,
  PLUGIN_SLOT_NAMES,
  PluginSlotsSchema,
  QuestionnairesSlotSchema,
  RasSlotSchema,
  ReplaceSelfAssessmentSchema,
  RiskMatrixSlotSchema,
  SelfAssessmentSlotSchema,
  SurveysSlotSchema,
  OutcomeFrameworksSlotSchema,
  ServicesSlotSchema,
  WorkQueuesSlotSchema,
  BudgetsSlotSchema,
  SignInSlotSchema,
  DirectorySlotSchema,
  NotificationsSlotSchema,
} from './slots.js'
export type {
  CarersSlot,
  ChargingPolicySlot,
  DirectPaymentPolicySlot,
  PluginSlotName,
  PluginSlots,
  QuestionnairesSlot,
  RasSlot,
  RiskMatrixSlot,
  SelfAssessmentSlot,
  SurveysSlot,
  OutcomeFrameworksSlot,
  ServicesSlot,
  WorkQueuesSlot,
  BudgetsSlot,
  SignInSlot,
  DirectorySlot,
  NotificationsSlot,
} from './slots.js'
/*
 * The domain packages the slots are made of, re-exported whole so that a plugin depends on the SDK alone and always
 * gets the versions the SDK validates with: `questionnaire.QuestionnaireDefinition`, `ras.calibrate(...)`.
 */
export * as questionnaire from '@open-sds/questionnaire'
export * as ras from '@open-sds/ras'
export * as safeguarding from '@open-sds/safeguarding'
export * as charging from '@open-sds/charging'
export type { CouncilPolicy, CouncilPolicyInput, PolicyFunction } from '@open-sds/charging'
export * as directPayments from '@open-sds/direct-payments'
export type { DirectPaymentPolicy } from '@open-sds/direct-payments'
export * as carers from '@open-sds/carers'
export type { CarersPolicy } from '@open-sds/carers'
export type { QuestionnaireDefinition, Section } from '@open-sds/questionnaire'
export type { RasConfig } from '@open-sds/ras'
export type { RiskMatrix } from '@open-sds/safeguarding'
export * as outcomes from '@open-sds/outcomes'
export type { Framework } from '@open-sds/outcomes'
export * as coproduction from '@open-sds/coproduction'
export type { Statement, StatementInput, Survey, SurveySet, SurveySetInput } from '@open-sds/coproduction'
export { ApiVersionSchema, NATIONAL_DEFAULTS_ID, PluginIdSchema, PluginManifestSchema } from './manifest-schema.js'
export type { PluginManifest } from './manifest-schema.js'
export { ConfigurationSchema } from './configuration.js'
export type {
  AppliedPlugin,
  BrandingField,
  ComposedConfiguration,
  Configuration,
  Provenance,
  SourceId,
} from './configuration.js'
export { definePlugin } from './define-plugin.js'
export { validatePlugin } from './validate-plugin.js'
export { composePlugins } from './compose-plugins.js'
export { riskMatrixInForce } from './risk-matrix-slot.js'
export { chargingPolicyInForce, checkChargingPolicy } from './charging-policy-slot.js'
export { directPaymentPolicyInForce } from './direct-payment-policy-slot.js'
export { carersPolicyInForce } from './carers-slot.js'
export { outcomeFrameworksInForce } from './outcome-frameworks-slot.js'
export { SERVICES, SERVICE_IDS, servicesInForce } from './services-slot.js'
export type { ServiceId, ServicesInForce } from './services-slot.js'
export { DEFAULT_WAITING_TARGET_DAYS, waitingTargetDaysOf } from './work-queues-slot.js'
export { budgetByHandWorkingDaysOf } from './budgets-slot.js'
export { staffSecondFactorOf, type StaffSecondFactorPolicy } from './sign-in-slot.js'
export {
  directoryAssurerEmailOf,
  directoryContentOf,
  directoryPlacesOf,
  directoryServicesOf,
  directoryTaxonomyOf,
} from './directory-slot.js'
export { notificationsOf } from './notifications-slot.js'
export { footerLinksFor } from './footer-links.js'
export { formatPluginErrors } from './format-plugin-errors.js'
export { nationalDefaults } from './national-defaults/index.js'
export { jsonSchemas } from './json-schemas.js'
