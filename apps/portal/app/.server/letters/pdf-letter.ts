import PDFDocument from 'pdfkit'
import type { LetterFont } from './letter-font'

/** How the council's letters look: its name, colour and address from its plugin (branding, notifications slots). */
export type LetterBrand = {
  organisationName: string
  /** A #rrggbb colour for the council's name at the top. */
  colour: string
  addressLines: readonly string[]
  telephone?: string | undefined
  email?: string | undefined
  /** The council's typeface, embedded in the letter; without one, pdfkit's standard Helvetica. */
  font?: LetterFont | undefined
}

export type LetterTable = {
  /** The table's header row, one per column. */
  headers: readonly string[]
  /** Each row's first cell heads the row. */
  rows: readonly (readonly string[])[]
  /** Each column's width in points, or '*' to share what is left; by default the first columns share it. */
  widths?: readonly (number | '*')[] | undefined
}

export type LetterSection = { heading: string; paragraphs: readonly string[]; table?: LetterTable | undefined }

/** What a decision letter says, in order: every word is real text in the PDF, never an image. */
export type LetterContent = {
  title: string
  /** The date of the decision, as people write it: "3 December 2026". */
  date: string
  greeting: string
  opening: readonly string[]
  sections: readonly LetterSection[]
  closing: readonly string[]
}

const INK = '#0b0c0c'

/**
 * The letter as a tagged PDF (PDF/UA's structure: a Document of headings, paragraphs and tables with header cells,
 * its language en-GB and its title shown as the window title), made on the server. `madeAt` is written as its creation
 * date, so the same letter made twice is the same but for the document id.
 */
export function renderLetterPdf(content: LetterContent, brand: LetterBrand, madeAt: Date): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    pdfVersion: '1.7',
    tagged: true,
    lang: 'en-GB',
    displayTitle: true,
    info: { Title: content.title, Author: brand.organisationName, Subject: content.title, CreationDate: madeAt },
  })
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })

  // The council's font is embedded (subset to the letters used) under two names; Helvetica is the PDF standard font.
  if (brand.font) {
    doc.registerFont('LetterBody', brand.font.regular)
    doc.registerFont('LetterBold', brand.font.bold)
  }
  const BODY = brand.font ? 'LetterBody' : 'Helvetica'
  const BOLD = brand.font ? 'LetterBold' : 'Helvetica-Bold'
  const root = doc.struct('Document')
  doc.addStructure(root)
  const block = (type: 'H1' | 'H2' | 'P', text: string, font: string, size: number, colour = INK, gap = 0.6) => {
    root.add(
      doc.struct(type, {}, () => {
        doc.font(font).fontSize(size).fillColor(colour).text(text)
      }),
    )
    doc.moveDown(gap)
  }

  // The letter header: who it is from, in the council's colour, and where to reach them.
  block('P', brand.organisationName, BOLD, 18, brand.colour, 0.2)
  for (const line of [
    ...brand.addressLines,
    brand.telephone && `Telephone: ${brand.telephone}`,
    brand.email && `Email: ${brand.email}`,
  ]) {
    if (line) block('P', line, BODY, 10, INK, 0)
  }
  doc.moveDown(1)
  block('P', content.date, BODY, 11)
  block('H1', content.title, BOLD, 20)
  block('P', content.greeting, BODY, 12)
  for (const paragraph of content.opening) block('P', paragraph, BODY, 12)
  for (const section of content.sections) {
    doc.moveDown(0.4)
    block('H2', section.heading, BOLD, 15)
    for (const paragraph of section.paragraphs) block('P', paragraph, BODY, 12)
    if (section.table) {
      const { headers, rows, widths } = section.table
      doc.font(BODY).fontSize(11).fillColor(INK)
      const heading = (text: string, scope: 'Column' | 'Row') => ({
        type: 'TH' as const,
        scope,
        text,
        font: { src: BOLD },
      })
      // pdfkit tags the table under `structParent` (its types do not list the option yet).
      const table = {
        structParent: root,
        columnStyles: widths ? [...widths] : headers.length === 2 ? ['*', 120] : ['*', '*', 50],
        data: [
          headers.map((text) => heading(text, 'Column')),
          ...rows.map(([first = '', ...rest]) => [
            heading(first, 'Row'),
            ...rest.map((text) => ({ type: 'TD' as const, text })),
          ]),
        ],
      }
      doc.table(table)
      doc.moveDown(0.8)
    }
  }
  for (const paragraph of content.closing) block('P', paragraph, BODY, 12)
  root.end()
  doc.end()
  return done
}
