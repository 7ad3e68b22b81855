export type { Issue, Result } from './result.js'
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
  isSafeHref,
} from './branding-schema.js'
export type { Branding, Contact, FooterLink, PluginBranding, PluginContact } from './branding-schema.js'
export { ContentPageSchema, ContentPagesSchema, ContentSchema, pagePath } from './content-schema.js'
export type { Content, ContentPage } from './content-schema.js'
export {
  ChargingPolicySlotSchema,
  PLUGIN_SLOT_NAMES,
  PluginSlotsSchema,
  QuestionnairesSlotSchema,
  RasSlotSchema,
  RiskMatrixSlotSchema,
  SurveysSlotSchema,
} from './slots.js'
export type {
  ChargingPolicySlot,
  PluginSlotName,
  PluginSlots,
  QuestionnairesSlot,
  RasSlot,
  RiskMatrixSlot,
  SurveysSlot,
} from './slots.js'
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
export { footerLinksFor } from './footer-links.js'
export { formatPluginErrors } from './format-plugin-errors.js'
export { nationalDefaults } from './national-defaults/index.js'
export { jsonSchemas } from './json-schemas.js'
