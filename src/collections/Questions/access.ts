import type { Access } from 'payload'

import { scopedCategories } from '@/access/categories'
import { isEditorial } from '@/access/roles'

/**
 * Questions to the body (hỏi đáp) belong to no article and so to no category: the body answers
 * them as a whole, through editors and approvers who are not limited to categories, and admins.
 * An editor limited to a section ("Ban biên tập chuyên mục Kinh tế") moderates that section's
 * comments only, and does not see the readers' questions or their contacts.
 */
export const moderateQuestions: Access = ({ req }) =>
  isEditorial(req.user) && scopedCategories(req.user) === null
