import { unsubscribe } from "../../store/members/unsubscribe/handler"

// The same one-click unsubscribe outside /store: mail clients' RFC 8058 POSTs
// carry no publishable key, which every /store route requires.
export const GET = unsubscribe
export const POST = unsubscribe
