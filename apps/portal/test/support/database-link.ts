import net from 'node:net'

/**
 * A TCP relay standing between the portal and its PostgreSQL server, so a test can lose the connection on purpose:
 * cut it just as a chosen statement is sent (mid-request, mid-transaction), or take the "server" away and bring it
 * back. The portal's DATABASE_URL names the relay's port; everything else passes through unchanged.
 */
export class DatabaseLink {
  private readonly open = new Set<net.Socket>()
  private cutOn: string | undefined
  private down = false
  private constructor(private readonly server: net.Server) {}

  static async between(serverUrl: string): Promise<{ link: DatabaseLink; url: (database: string) => string }> {
    const target = new URL(serverUrl)
    const server = net.createServer()
    const link = new DatabaseLink(server)
    server.on('connection', (client: net.Socket) => link.relay(client, target.hostname, Number(target.port || 5432)))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as net.AddressInfo
    const url = (database: string) => {
      const via = new URL(serverUrl)
      via.host = `127.0.0.1:${port}`
      via.pathname = `/${database}`
      return via.href
    }
    return { link, url }
  }

  /** Cuts every connection the moment one sends a statement containing `sql` (sent no further), once. */
  cutWhenSent(sql: string): void {
    this.cutOn = sql
  }

  /** The server goes away: every connection is cut and new ones are refused until `restore()`. */
  takeDown(): void {
    this.down = true
    this.cutAll()
  }

  restore(): void {
    this.down = false
  }

  close(): Promise<void> {
    this.cutAll()
    return new Promise((resolve) => this.server.close(() => resolve()))
  }

  private cutAll(): void {
    for (const socket of this.open) socket.destroy()
    this.open.clear()
  }

  private relay(client: net.Socket, host: string, port: number): void {
    if (this.down) {
      client.destroy()
      return
    }
    const upstream = net.connect(port, host)
    for (const socket of [client, upstream]) {
      this.open.add(socket)
      socket.on('error', () => undefined)
      socket.on('close', () => {
        this.open.delete(socket)
        client.destroy()
        upstream.destroy()
      })
    }
    client.on('data', (chunk: Buffer) => {
      if (this.cutOn !== undefined && chunk.toString('latin1').includes(this.cutOn)) {
        this.cutOn = undefined
        this.cutAll()
        return
      }
      upstream.write(chunk)
    })
    upstream.on('data', (chunk: Buffer) => client.write(chunk))
  }
}
