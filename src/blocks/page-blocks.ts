import { contactBlock } from './Contact/config'
import { leaderListBlock } from './LeaderList/config'
import { orgChartBlock } from './OrgChart/config'
import { richTextSectionBlock } from './RichTextSection/config'

/** The blocks of a standing page's layout (the `pages` collection), in the admin's menu order. */
export const pageBlocks = [richTextSectionBlock, leaderListBlock, orgChartBlock, contactBlock]
