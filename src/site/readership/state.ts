/**
 * The counter's in-memory state, shared by the Express middleware (server module graph) and the
 * pages that show figures (Next's bundle): both run in one process but load separate copies of
 * modules, so the state hangs off globalThis like the content version does. "Đang truy cập" and
 * the once-per-visit rule share one daily salt, so one hash of a reader serves both (counter.ts).
 */
import { ACTIVE_WINDOW_MS, ActiveVisitors } from './active-visitors'
import { RepeatViews, VISIT_WINDOW_MS } from './repeat-views'
import { ViewTally } from './tally'
import { DailySalt } from './visitor-hash'

const KEY = Symbol.for('portal.readership.state')

interface State {
  tally: ViewTally
  salt: DailySalt
  active: ActiveVisitors
  repeats: RepeatViews
}

type Holder = { [KEY]?: State }

function createState(): State {
  const salt = new DailySalt()
  return {
    tally: new ViewTally(),
    salt,
    active: new ActiveVisitors(ACTIVE_WINDOW_MS, salt),
    repeats: new RepeatViews(VISIT_WINDOW_MS, undefined, salt),
  }
}

export function readershipState(): State {
  const holder = globalThis as Holder
  holder[KEY] ??= createState()
  return holder[KEY]
}
