import fs from "fs"
import { STATE_FILE } from "./support/paths"
import { readStoreState, stopStore } from "./support/store"

export default async function globalTeardown() {
  if (fs.existsSync(STATE_FILE)) {
    await stopStore(readStoreState())
  }
}
