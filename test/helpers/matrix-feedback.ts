/**
 * Readers' comments, questions and used form tokens in the role × route matrix: one of each
 * (made through the Local API, as the form route does), and how the matrix exercises them.
 */
import type { Payload } from 'payload'

import type { MatrixRole } from '../security/role-route-matrix.table'
import type { Probe } from './matrix-probes'

const moderators = new Set<MatrixRole>(['editor', 'approver', 'admin'])

export async function feedbackFixtures(payload: Payload, articleId: string, secret: string) {
  const comment = async () =>
    String(
      (
        await payload.create({
          collection: 'comments',
          data: {
            article: articleId,
            name: 'Bạn đọc ma trận',
            contact: `lienhe-${secret}@vidu.vn`,
            text: `Ý kiến chờ duyệt ${secret}`,
            status: 'pending',
          },
          overrideAccess: true,
        })
      ).id,
    )
  const question = async () =>
    String(
      (
        await payload.create({
          collection: 'questions',
          data: {
            name: 'Bạn đọc ma trận',
            contact: `lienhe-${secret}@vidu.vn`,
            question: `Câu hỏi chờ duyệt ${secret}`,
            status: 'pending',
          },
          overrideAccess: true,
        })
      ).id,
    )
  const tokenUse = async () =>
    String(
      (
        await payload.create({
          collection: 'form-token-uses',
          data: {
            nonce: `${secret}${Math.random().toString(36).slice(2)}`,
            expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
          },
          overrideAccess: true,
        })
      ).id,
    )
  return {
    ids: { comment: await comment(), question: await question(), tokenUse: await tokenUse() },
    make: { comment, question, tokenUse },
    articleId,
    /** Texts no public page, feed or API may show. */
    secretTexts: [`Ý kiến chờ duyệt ${secret}`, `Câu hỏi chờ duyệt ${secret}`, `lienhe-${secret}`],
    /** The pending comment's text: the desk (/admin) shows it to moderators, and only to them. */
    deskText: `Ý kiến chờ duyệt ${secret}`,
  }
}

type FeedbackFixtures = Awaited<ReturnType<typeof feedbackFixtures>>

export function feedbackProbes(f: FeedbackFixtures): Record<string, Probe> {
  const moderated = (id: string, fresh: () => Promise<string>, field: string): Probe => ({
    visible: (role) => (moderators.has(role) ? id : undefined),
    all: id,
    hidden: () => undefined,
    foreign: () => id,
    fresh,
    field,
    body: (mark) =>
      field === 'text'
        ? { article: f.articleId, name: 'Ma trận', contact: 'a@vidu.vn', text: mark }
        : { name: 'Ma trận', contact: 'a@vidu.vn', question: mark },
  })
  return {
    comments: moderated(f.ids.comment, f.make.comment, 'text'),
    questions: moderated(f.ids.question, f.make.question, 'question'),
    'form-token-uses': {
      visible: () => undefined,
      all: f.ids.tokenUse,
      hidden: () => undefined,
      foreign: () => f.ids.tokenUse,
      fresh: f.make.tokenUse,
      field: 'nonce',
      body: (mark) => ({ nonce: mark, expiresAt: new Date().toISOString() }),
    },
  }
}
