import type {
  PointsEntryResponse,
  PointsProgramResponse,
} from "../../api/utils/points-response"
import type { loadProgramStats } from "../../api/admin/points-program/program-stats"

// Response types come from the server code that builds them.
export type PointsEntry = PointsEntryResponse
export type PointsProgram = PointsProgramResponse
export type ProgramStats = Awaited<ReturnType<typeof loadProgramStats>>

export type MemberPointsResponse = {
  points: {
    available: number
    pending: number
    expiring_soon: number
    next_expiry: string | null
    value: number
    currency_code: string | null
  }
  entries: PointsEntry[]
  count: number
  offset: number
  limit: number
}

export type PointsProgramGetResponse = {
  program: PointsProgram
  stats: ProgramStats
}

export type OrderPointsResponse = {
  order_points: {
    earned: number
    cashback: number
    redeemed: number
    reversed: number
    shortfall: number
    entries: PointsEntry[]
  }
}
