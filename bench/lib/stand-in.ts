import { createServer } from "http"
import type { AddressInfo } from "net"

/** A minimal Resend stand-in: answers every POST /emails with an id, counts requests. */
export const startStandIn = async () => {
  let count = 0
  const server = createServer((req, res) => {
    req.resume()
    req.on("end", () => {
      count++
      res.setHeader("content-type", "application/json")
      res.end(JSON.stringify({ id: `email_${count}` }))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    count: () => count,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
