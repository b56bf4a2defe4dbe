// What the site search finds, with Vietnamese labels: every article kind, plus the readers'
// answered questions (hỏi đáp, collections/Questions). A leaf module, so the public site's
// components can read the labels without the engines.
import { ARTICLE_KINDS } from '@/collections/Articles/kinds'

export const QUESTION_KIND = { label: 'Hỏi đáp', value: 'question' } as const

export const SEARCH_KIND_OPTIONS = [...ARTICLE_KINDS, QUESTION_KIND] as const
