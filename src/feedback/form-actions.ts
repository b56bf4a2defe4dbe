import type { FeedbackKind } from './fields'

/** Where the readers' forms post (served by Express, src/feedback/route.ts). */
export const FEEDBACK_FORM_ACTIONS: Record<FeedbackKind, string> = {
  comment: '/gui-y-kien',
  question: '/gui-cau-hoi',
}
