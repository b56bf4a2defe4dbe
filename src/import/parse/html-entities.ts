// HTML character references in a string that did not go through the HTML parser (html-tree.ts
// decodes the page's own text and attributes). The `entities` package holds the full WHATWG
// table and its legacy rules (`&nbsp` without `;`, unknown names kept as they are).
import { decodeHTML } from 'entities'

export function decodeEntities(text: string): string {
  return decodeHTML(text)
}
