import { FetchError } from "@medusajs/js-sdk"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type {
  AdminAdjustPointsType,
  AdminUpdatePointsProgramType,
} from "../../api/admin/points-program/validators"
import {
  memberQueryKeys,
  orderPointsQueryKeys,
  pointsProgramQueryKeys,
  pointsQueryKeys,
} from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import type {
  MemberPointsResponse,
  OrderPointsResponse,
  PointsEntry,
  PointsProgram,
  PointsProgramGetResponse,
} from "../lib/points-types"

const pointsPath = (customerId: string) =>
  `/admin/members/${encodeURIComponent(customerId)}/points`

export const useMemberPoints = (customerId: string, limit = 10) =>
  useQuery<MemberPointsResponse, FetchError>({
    queryKey: pointsQueryKeys.detail(customerId),
    queryFn: () =>
      sdk.client.fetch<MemberPointsResponse>(pointsPath(customerId), {
        query: { limit },
      }),
  })

export const useAdjustPoints = (customerId: string) => {
  const queryClient = useQueryClient()
  return useMutation<
    { entry: PointsEntry | null },
    FetchError,
    AdminAdjustPointsType
  >({
    mutationFn: (body) =>
      sdk.client.fetch(`${pointsPath(customerId)}/adjust`, {
        method: "POST",
        body,
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({
        queryKey: pointsQueryKeys.detail(customerId),
      })
      await queryClient.invalidateQueries({ queryKey: memberQueryKeys.all })
    },
  })
}

export const usePointsProgram = () =>
  useQuery<PointsProgramGetResponse, FetchError>({
    queryKey: pointsProgramQueryKeys.detail("default"),
    queryFn: () =>
      sdk.client.fetch<PointsProgramGetResponse>("/admin/points-program"),
  })

export const useUpdatePointsProgram = () => {
  const queryClient = useQueryClient()
  return useMutation<
    { program: PointsProgram },
    FetchError,
    AdminUpdatePointsProgramType
  >({
    mutationFn: (body) =>
      sdk.client.fetch("/admin/points-program", { method: "POST", body }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({
        queryKey: pointsProgramQueryKeys.all,
      })
    },
  })
}

export const useOrderPoints = (orderId: string) =>
  useQuery<OrderPointsResponse, FetchError>({
    queryKey: orderPointsQueryKeys.detail(orderId),
    queryFn: () =>
      sdk.client.fetch<OrderPointsResponse>(
        `/admin/orders/${encodeURIComponent(orderId)}/points`
      ),
  })
