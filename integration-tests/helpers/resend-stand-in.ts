import { createServer, type IncomingHttpHeaders, type Server } from "http"
import type { AddressInfo } from "net"

export type CapturedEmail = {
  headers: IncomingHttpHeaders
  body: {
    from: string
    to: string[]
    subject: string
    html?: string
    text?: string
    reply_to?: string
    headers?: Record<string, string>
  }
}

/**
 * A local stand-in for Resend's API on 127.0.0.1: records every request (headers
 * included) and answers like Resend; `failNext` makes the next answers errors.
 */
export async function startResendStandIn(port: number) {
  const requests: CapturedEmail[] = []
  const failNext: number[] = []
  let sequence = 0
  const server: Server = createServer((req, res) => {
    let raw = ""
    req.on("data", (chunk) => (raw += chunk))
    req.on("end", () => {
      requests.push({ headers: req.headers, body: JSON.parse(raw || "{}") })
      const status = failNext.shift()
      res.setHeader("content-type", "application/json")
      if (status) {
        res.statusCode = status
        res.setHeader("retry-after", "0")
        res.end(
          JSON.stringify({
            statusCode: status,
            name: "rate_limit_exceeded",
            message: "Too many requests",
          })
        )
        return
      }
      res.end(JSON.stringify({ id: `email_${++sequence}` }))
    })
  })
  await new Promise<void>((resolve) =>
    server.listen(port, "127.0.0.1", resolve)
  )
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    failNext,
    /** Requests per Idempotency-Key: each message's key should appear once (retries aside). */
    keys: () => requests.map((r) => String(r.headers["idempotency-key"])),
    clear: () => requests.splice(0, requests.length),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

export type ResendStandIn = Awaited<ReturnType<typeof startResendStandIn>>
