/**
 * How many connections the local upload server holds at once. A client that opens connections
 * and stops half-way (in its headers, mid-body, or idle) must not tie the server up or fill its
 * memory, and must not lock out the owner's editor either: when the cap is reached, a new
 * connection pushes out the oldest one that is not being served; only when every one is serving
 * an upload is the new one refused.
 */
import type { Socket } from 'node:net';

export class ConnectionGuard {
  /** Open connections, oldest first (a Map keeps insertion order), and whether each is serving. */
  private readonly open = new Map<Socket, { serving: number }>();

  constructor(private readonly max: number) {}

  /** A new connection arrived: make room for it, or refuse it. */
  admit(socket: Socket): void {
    if (this.open.size >= this.max) {
      const idle = [...this.open].find(([, state]) => state.serving === 0)?.[0];
      if (!idle) {
        socket.destroy();
        return;
      }
      this.forget(idle);
      idle.destroy();
    }
    this.open.set(socket, { serving: 0 });
    socket.once('close', () => this.forget(socket));
  }

  /** A request on `socket` passed its checks and is being served: it may not be pushed out. */
  serving(socket: Socket): () => void {
    const state = this.open.get(socket);
    if (!state) return () => {};
    state.serving += 1;
    let done = false;
    return () => {
      if (done) return;
      done = true;
      state.serving -= 1;
    };
  }

  /** How many connections are open now. */
  get size(): number {
    return this.open.size;
  }

  private forget(socket: Socket): void {
    this.open.delete(socket);
  }
}
