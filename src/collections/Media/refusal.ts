/**
 * A refused upload's message names the file it is about: in the admin's bulk upload twenty
 * photos go out one request each, and a refusal reaches the reporter as a toast that otherwise
 * would not say which photo it was ("IMG_0412.JPG — Tệp ảnh bị hỏng …"). The name is the
 * uploader's base name, without control characters, shortened; React shows it as text.
 */
const MAX_NAME = 80

export function fileNamed(name: string | undefined, message: string): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? ''
  const clean = base.replace(/[\u0000-\u001f\u007f-\u009f]/g, '').trim()
  if (!clean) return message
  const short = clean.length > MAX_NAME ? `${clean.slice(0, MAX_NAME - 1)}…` : clean
  return `${short} — ${message}`
}
