/**
 * `GET /api/articles/stage-choices?id=…`: the stages the signed-in person may move this article
 * to, for the stage field in the admin (components/admin/StageField.tsx). An endpoint rather than
 * props computed when the form is built: the offer must follow the article as it moves (each
 * save or autosave can change its stage), and the field asks again after each one. The answer
 * comes from the server's own decision (capacities as apply-stage.ts works them out, then the
 * transition table); the save hook stays the guard. The article is read as the person, so
 * per-category rights apply (404 for one they may not see). Without `id`: a new article.
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { isStaff } from '@/access/roles'

import { capacitiesOf } from './capacities'
import { stageChoices } from './stage-choices'
import { isStage } from './stages'

const answer = (status: number, body: unknown) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })

async function handler(req: PayloadRequest): Promise<Response> {
  const user = req.user?.collection === 'users' ? req.user : null
  if (!user || !isStaff(user))
    return answer(user ? 403 : 401, { errors: [{ message: 'Chỉ cán bộ tòa soạn được xem.' }] })
  const id = new URL(req.url ?? '', 'http://localhost').searchParams.get('id')
  if (!id) return answer(200, stageChoices('writing', capacitiesOf(user, undefined, true)))
  const article = await req.payload.findByID({
    collection: 'articles',
    id,
    draft: true,
    depth: 0,
    user,
    overrideAccess: false,
    disableErrors: true,
    req,
  })
  if (!article) return answer(404, { errors: [{ message: 'Không tìm thấy bài viết.' }] })
  const from = isStage(article.stage) ? article.stage : 'writing'
  return answer(200, stageChoices(from, capacitiesOf(user, article, false)))
}

export const stageChoicesEndpoint: Endpoint = {
  path: '/stage-choices',
  method: 'get',
  handler,
}
