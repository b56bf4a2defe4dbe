/**
 * The counter's in-memory state, shared by the Express middleware (server module graph) and the
 * pages that show figures (Next's bundle): both run in one process but load separate copies of
 * modules, so the state hangs off globalThis like the content version does.
 */
import { ActiveVisitors } from './active-visitors'
import { RepeatViews } from './repeat-views'
import { ViewTally } from './tally'

const KEY = Symbol.for('portal.readership.state')

interface State {
  tally: ViewTally
  active: ActiveVisitors
  repeats: RepeatViews
}

type Holder = { [KEY]?: State }

export function readershipState(): State {
  const holder = globalThis as Holder
  holder[KEY] ??= {
    tally: new ViewTally(),
    active: new ActiveVisitors(),
    repeats: new RepeatViews(),
  }
  return holder[KEY]
}
