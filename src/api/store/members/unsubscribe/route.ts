import { unsubscribe } from "./handler"

// GET: the link in a message; POST: RFC 8058 one-click from the mail client.
export const GET = unsubscribe
export const POST = unsubscribe
