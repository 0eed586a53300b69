import { createHmac, timingSafeEqual } from "crypto"

export type UnsubscribeClaim = {
  customer_id: string
  channel: string
  /** Expiry, seconds since the epoch. */
  exp: number
}

export type TokenCheck =
  | { ok: true; claim: UnsubscribeClaim }
  | { ok: false; reason: "malformed" | "signature" | "expired" }

const encode = (value: string) => Buffer.from(value).toString("base64url")
const sign = (body: string, secret: string) =>
  createHmac("sha256", secret).update(body).digest("base64url")

/** `<base64url claim>.<HMAC-SHA256>`: no login needed, nothing to look up. */
export function signUnsubscribeToken(claim: UnsubscribeClaim, secret: string) {
  const body = encode(JSON.stringify(claim))
  return `${body}.${sign(body, secret)}`
}

const isClaim = (value: unknown): value is UnsubscribeClaim => {
  const claim = value as UnsubscribeClaim | null
  return (
    typeof claim?.customer_id === "string" &&
    typeof claim.channel === "string" &&
    typeof claim.exp === "number"
  )
}

export function verifyUnsubscribeToken(
  token: string,
  secret: string,
  now: Date
): TokenCheck {
  const [body, signature, extra] = token.split(".")
  if (!body || !signature || extra !== undefined) {
    return { ok: false, reason: "malformed" }
  }
  const expected = Buffer.from(sign(body, secret))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    return { ok: false, reason: "signature" }
  }
  let claim: unknown
  try {
    claim = JSON.parse(Buffer.from(body, "base64url").toString("utf8"))
  } catch {
    return { ok: false, reason: "malformed" }
  }
  if (!isClaim(claim)) return { ok: false, reason: "malformed" }
  if (claim.exp * 1000 <= now.getTime()) return { ok: false, reason: "expired" }
  return { ok: true, claim }
}
