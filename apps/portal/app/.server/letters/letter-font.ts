import { readFileSync } from 'node:fs'
import PDFDocument from 'pdfkit'
import { notificationsOf, type ComposedConfiguration } from '@open-sds/plugin-sdk'
import { ConfigurationError } from '../config'

/** The council's typeface as letters embed it: its name and the bytes of its regular and bold files. */
export type LetterFont = { name: string; regular: Buffer; bold: Buffer }

type Site = Pick<ComposedConfiguration, 'slots' | 'provenance'>

// Read once: the files are the plugin's and do not change while the portal runs.
const read = new Map<string, Buffer>()
const bytesOf = (file: string) => {
  const known = read.get(file)
  if (known) return known
  const bytes = readFileSync(file)
  read.set(file, bytes)
  return bytes
}

/** The font the plugin names for letters, or undefined for pdfkit's Helvetica. */
export function letterFontOf(site: Pick<ComposedConfiguration, 'slots'>): LetterFont | undefined {
  const font = notificationsOf(site).letterHeader?.font
  return font && { name: font.name, regular: bytesOf(font.regular), bold: bytesOf(font.bold) }
}

/** Whether pdfkit can set text in the font and embed it: the reason it cannot, or undefined. */
function cannotEmbed(bytes: Buffer): string | undefined {
  try {
    const doc = new PDFDocument({ tagged: true })
    doc.registerFont('letter', bytes)
    doc.font('letter').text('Your weekly charge is £12.50.')
    doc.end()
    return undefined
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
}

/**
 * Stops the start when the plugin's letter font cannot be used (issue 15): a file that is not there, cannot be read or
 * is not a font PDF letters can embed. Found now, not when a decision is made and its letter cannot be written.
 */
export function checkLetterFontAtStartUp(site: Site): void {
  const font = notificationsOf(site).letterHeader?.font
  if (!font) return
  const plugin = site.provenance.slots.notifications ?? 'a plugin'
  const problems: string[] = []
  for (const weight of ['regular', 'bold'] as const) {
    const field = `notifications.letterHeader.font.${weight}`
    let bytes: Buffer
    try {
      bytes = bytesOf(font[weight])
    } catch (error) {
      const code = (error as { code?: string }).code
      problems.push(
        `- ${field} (${plugin}): ${code === 'ENOENT' ? 'there is no file at' : 'the portal cannot read'} ${font[weight]}`,
      )
      continue
    }
    const reason = cannotEmbed(bytes)
    if (reason)
      problems.push(
        `- ${field} (${plugin}): ${font[weight]} is not a font letters can embed (${reason}). Give a TrueType, OpenType or WOFF file.`,
      )
  }
  if (problems.length > 0)
    throw new ConfigurationError(
      `The portal cannot start because of the font for its letters (${font.name}):\n${problems.join('\n')}`,
    )
}
