import type { Payload } from 'payload'

import { parseBannedWords } from './text-rules'

export interface FeedbackSettingsView {
  commentsClosed: boolean
  questionsClosed: boolean
  banned: string[]
  maxLinks: number
}

/** The feedback settings as the route and the pages need them (the list is never public). */
export async function readFeedbackSettings(payload: Payload): Promise<FeedbackSettingsView> {
  const doc = await payload.findGlobal({
    slug: 'feedback-settings',
    overrideAccess: true,
    depth: 0,
  })
  return {
    commentsClosed: doc.commentsClosed === true,
    questionsClosed: doc.questionsClosed === true,
    banned: parseBannedWords(doc.bannedWords),
    maxLinks: typeof doc.maxLinks === 'number' ? doc.maxLinks : 2,
  }
}
