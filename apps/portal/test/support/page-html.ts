/** A response's HTML without the empty comments React puts between adjacent pieces of text, so a test reads words. */
export async function htmlOf(response: Response): Promise<string> {
  return (await response.text()).replaceAll('<!-- -->', '')
}

/** A page's words as a person reads them: tags gone, common entities decoded, runs of space made one. */
export const wordsOf = (html: string) =>
  html
    .replaceAll('&#x27;', "'")
    .replaceAll('&amp;', '&')
    .replaceAll('&quot;', '"')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
