/**
 * The name a stored upload gets: the uploader's base name with the extension of the type detected
 * from its content. The extension decides how the file is served later (Express, nginx, Payload),
 * so it must never be the uploader's: `bao-cao.html` holding a PDF becomes `bao-cao.pdf`.
 */
export function nameForType(uploaded: string, ext: string): string {
  const base = uploaded.split(/[\\/]/).pop() ?? ''
  const dot = base.lastIndexOf('.')
  const stem = dot > 0 ? base.slice(0, dot) : base.replace(/^\.+/, '')
  return `${stem.trim() || 'tep'}.${ext}`
}
