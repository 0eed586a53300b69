import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listLadder, storeTier } from "../../utils/tier-views"

/** The public ladder and its benefits, lowest tier first. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const tiers = (await listLadder(req.scope)).map(storeTier)
  res.json({ tiers, count: tiers.length })
}
