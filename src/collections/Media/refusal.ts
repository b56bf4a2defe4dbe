/**
 * A refused upload's message names the file it is about: in the admin's bulk upload twenty
 * photos go out one request each, and a refusal reaches the reporter as a toast that otherwise
 * would not say which photo it was ("IMG_0412.JPG — Tệp ảnh bị hỏng …"). The name is the
 * uploader's base name, without control characters, shortened; React shows it as text.
 *
 * Also dropped: bidirectional overrides, isolates and marks ('photo\u202Egpj.exe' shows as
 * 'photoexe.jpg' and would reverse the message after it) and line/paragraph separators, which
 * break lines as a newline does. The name is shortened by code points, so an emoji is never cut
 * into a lone surrogate (which UTF-8 cannot carry and shows as '�').
 */
const MAX_NAME = 80

const UNSHOWN =
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069]/g

export function fileNamed(name: string | undefined, message: string): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? ''
  const clean = base.replace(UNSHOWN, '').trim()
  if (!clean) return message
  const chars = Array.from(clean)
  const short = chars.length > MAX_NAME ? `${chars.slice(0, MAX_NAME - 1).join('')}…` : clean
  return `${short} — ${message}`
}
