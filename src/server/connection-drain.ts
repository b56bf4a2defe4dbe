import type { Server } from 'node:http'
import type { Socket } from 'node:net'
import net from 'node:net'

/** How long a connection that has not sent a request yet gets to send one during shutdown. */
const FIRST_REQUEST_GRACE_MS = 3000

/**
 * Tracks the server's connections so a shutdown can drain them without cutting a request.
 * Node's own `server.close()` also closes every connection it counts as idle, which includes
 * one just accepted whose request has not been read yet (a busy event loop makes that common):
 * the client sees a reset for a request it already sent. Instead the listener is closed alone,
 * connections close after their current response (`Connection: close`), ones that finished a
 * response close at once, and ones that never sent anything get a short grace.
 */
export function connectionDrain(server: Server) {
  const active = new Map<Socket, number>()
  let draining = false
  let drainStarted = 0

  const settle = (socket: Socket) => {
    if (!draining || (active.get(socket) ?? 0) > 0) return
    const served = (socket as Socket & { servedOne?: boolean }).servedOne
    if (served) return socket.destroySoon()
    // Bytes read but no request event yet: its headers are arriving; it will be answered.
    if (socket.bytesRead === 0 && Date.now() - drainStarted >= FIRST_REQUEST_GRACE_MS)
      socket.destroySoon()
  }

  server.on('connection', (socket: Socket) => {
    active.set(socket, 0)
    socket.once('close', () => active.delete(socket))
  })
  server.on('request', (req, res) => {
    const socket = req.socket
    active.set(socket, (active.get(socket) ?? 0) + 1)
    if (draining) res.setHeader('connection', 'close')
    res.once('close', () => {
      active.set(socket, Math.max(0, (active.get(socket) ?? 1) - 1))
      ;(socket as Socket & { servedOne?: boolean }).servedOne = true
      settle(socket)
    })
  })

  return {
    /** Stops accepting; resolves when every connection has closed. */
    drain(): Promise<void> {
      draining = true
      drainStarted = Date.now()
      const closed = new Promise<void>((resolve) =>
        net.Server.prototype.close.call(server, () => resolve()),
      )
      for (const socket of active.keys()) settle(socket)
      setTimeout(() => {
        for (const socket of active.keys()) settle(socket)
      }, FIRST_REQUEST_GRACE_MS).unref()
      return closed
    },
    /** Past the deadline: cut whatever is still open. */
    cutAll(): void {
      for (const socket of active.keys()) socket.destroy()
    },
  }
}
