import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

type StructNode = { role: string; children?: StructNode[] }
const rolesIn = (node: StructNode | null): string[] =>
  node ? [node.role, ...(node.children ?? []).flatMap((child) => rolesIn(child as StructNode))] : []

/**
 * A PDF as a reader meets it (decision letters, issue 15): its text with runs of white space made one space (a line
 * wrapped in a table cell reads as the words it wraps), its structure tree's roles, its metadata, whether it is
 * tagged, the fonts it names (a subset embedded is named with a tag, like ABCDEF+Council-Regular) and whether it
 * embeds font files. Font dictionaries are plain objects in the file (pdfkit makes no object streams), so they are
 * read from the bytes.
 */
export async function readPdf(bytes: Uint8Array) {
  const raw = Buffer.from(bytes).toString('latin1')
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise
  const pages = await Promise.all(
    Array.from({ length: pdf.numPages }, async (_, index) => {
      const pdfPage = await pdf.getPage(index + 1)
      const text = (await pdfPage.getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join(' ')
      return { text, roles: rolesIn((await pdfPage.getStructTree()) as StructNode | null) }
    }),
  )
  const { info } = (await pdf.getMetadata()) as unknown as { info: Record<string, unknown> }
  const markInfo = await pdf.getMarkInfo()
  return {
    text: pages
      .map((each) => each.text)
      .join(' ')
      .replace(/\s+/g, ' '),
    roles: pages.flatMap((each) => each.roles),
    info,
    marked: markInfo?.Marked === true,
    fonts: [...new Set([...raw.matchAll(/\/BaseFont \/([^\s/]+)/g)].map((match) => match[1]))],
    embedsFonts: /\/FontFile[23]? /.test(raw),
  }
}
