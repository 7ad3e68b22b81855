import { describe, expect, it } from 'vitest'
import { composePlugins, nationalDefaults, notificationsOf, validatePlugin } from '@open-sds/plugin-sdk'
import type { PluginManifest } from '@open-sds/plugin-sdk'
import { validManifest } from './fixtures.js'

const withNotifications = (notifications: unknown, id = 'test-council'): PluginManifest =>
  ({ ...validManifest(), id, notifications }) as PluginManifest

function settings(...plugins: PluginManifest[]) {
  const result = composePlugins(nationalDefaults, plugins)
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return notificationsOf(result.value)
}

const refusal = (notifications: unknown) => {
  const result = validatePlugin(withNotifications(notifications), '@test/plugin')
  return result.ok ? '' : result.errors.map((issue) => `${issue.path} ${issue.message}`).join('; ')
}

const template = '3fa85f64-5717-4562-b3fc-2c963f66afa6'

// Issue 15: a "plugin slot for template ids, sender names, reply-to addresses and letter headers, validated at start-up".
describe('the notifications slot: how messages go out through GOV.UK Notify', () => {
  it("has no settings unless a plugin gives them, and a later plugin's replace an earlier one's whole", () => {
    expect(settings(validManifest())).toEqual({})
    const first = { senderName: 'Example County Council', templates: { 'budget-agreed': { email: template } } }
    expect(settings(withNotifications(first))).toEqual(first)
    const later = { emailReplyToId: template }
    expect(settings(withNotifications(first), withNotifications(later, 'later'))).toEqual(later)
  })

  it('keeps a letter header and every kind of template', () => {
    const header = { addressLines: ['County Hall', 'Eastby', 'NM1 1AA'], telephone: '01234 567890' }
    const templates = {
      'plan-returned': { email: template, sms: template, easyReadEmail: template, easyReadSms: template },
    }
    expect(settings(withNotifications({ letterHeader: header, templates, smsSenderId: template }))).toEqual({
      letterHeader: header,
      templates,
      smsSenderId: template,
    })
  })

  it('refuses a template id that is not a Notify id, naming the field and saying what one looks like', () => {
    const said = refusal({ templates: { 'budget-agreed': { email: 'welcome-email' } } })
    expect(said).toContain('notifications.templates.budget-agreed.email')
    expect(said).toContain('An email template must be the id GOV.UK Notify shows for it')
  })

  it('refuses a kind of message that is not kebab-case, a letter with no address and a setting it does not know', () => {
    expect(refusal({ templates: { 'Budget Agreed': { email: template } } })).toContain(
      '"Budget Agreed", which is not accepted',
    )
    expect(refusal({ letterHeader: { addressLines: [] } })).toContain('Give at least one line of the address')
    expect(refusal({ replyTo: 'someone@example.org' })).toContain('replyTo')
  })

  it('keeps a letter font by its files, and refuses one that is not an absolute path to a font file, naming the field', () => {
    const font = {
      name: 'Council Sans',
      regular: '/srv/fonts/CouncilSans.ttf',
      bold: '/srv/fonts/CouncilSans-Bold.woff',
    }
    const letterHeader = { addressLines: ['County Hall'], font }
    expect(settings(withNotifications({ letterHeader }))).toEqual({ letterHeader })
    const relative = refusal({
      letterHeader: { addressLines: ['County Hall'], font: { ...font, regular: 'fonts/a.ttf' } },
    })
    expect(relative).toContain('notifications.letterHeader.font.regular')
    expect(relative).toContain('The regular font file must be an absolute path')
    const picture = refusal({
      letterHeader: { addressLines: ['County Hall'], font: { ...font, bold: '/srv/logo.png' } },
    })
    expect(picture).toContain('notifications.letterHeader.font.bold')
    expect(picture).toContain('must be a TrueType, OpenType or WOFF font')
    expect(refusal({ letterHeader: { addressLines: ['County Hall'], font: { ...font, name: ' ' } } })).toContain(
      'Give the font a name',
    )
  })
})
