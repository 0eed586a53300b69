import { FetchError } from "@medusajs/js-sdk"
import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query"
import { isBackfillActive } from "../lib/backfill"
import { memberBackfillQueryKeys, memberQueryKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import type {
  AdminMember,
  AdminMemberBackfillResponse,
  AdminMemberListParams,
  AdminMemberListResponse,
  AdminMemberResponse,
  AdminUpdateMember,
  MemberBackfill,
} from "../lib/types"

const BACKFILL_PATH = "/admin/members/backfill"
const BACKFILL_POLL_MS = 2_000

const memberPath = (customerId: string) =>
  `/admin/members/${encodeURIComponent(customerId)}`

const isNotFound = (error: unknown) =>
  error instanceof FetchError && error.status === 404

/** The customer's membership, or `null` when the customer is not a member yet. */
export const useMember = (customerId: string) =>
  useQuery<AdminMember | null, FetchError>({
    queryKey: memberQueryKeys.detail(customerId),
    queryFn: async () => {
      try {
        const { member } = await sdk.client.fetch<AdminMemberResponse>(
          memberPath(customerId)
        )
        return member
      } catch (error) {
        if (isNotFound(error)) {
          return null
        }
        throw error
      }
    },
  })

/** Updates the membership; pass onSuccess / onError to `mutate` as core does. */
export const useUpdateMember = (customerId: string) => {
  const queryClient = useQueryClient()
  return useMutation<AdminMemberResponse, FetchError, AdminUpdateMember>({
    mutationFn: (body) =>
      sdk.client.fetch<AdminMemberResponse>(memberPath(customerId), {
        method: "POST",
        body,
      }),
    onSuccess: async ({ member }) => {
      queryClient.setQueryData(memberQueryKeys.detail(customerId), member)
      await queryClient.invalidateQueries({ queryKey: memberQueryKeys.lists() })
    },
  })
}

/** A page of members; the previous page stays on screen while the next loads. */
export const useMembers = (params: AdminMemberListParams) =>
  useQuery<AdminMemberListResponse, FetchError>({
    queryKey: memberQueryKeys.list(params),
    queryFn: () =>
      sdk.client.fetch<AdminMemberListResponse>("/admin/members", {
        query: params,
      }),
    placeholderData: keepPreviousData,
  })

const backfillKey = memberBackfillQueryKeys.detail("latest")

/** The latest backfill run, polled while it is active; `null` if none ran yet. */
export const useBackfill = () => {
  const queryClient = useQueryClient()
  return useQuery<MemberBackfill | null, FetchError>({
    queryKey: backfillKey,
    queryFn: async () => {
      const previous = queryClient.getQueryData<MemberBackfill | null>(
        backfillKey
      )
      const { backfill } =
        await sdk.client.fetch<AdminMemberBackfillResponse>(BACKFILL_PATH)
      // A run just ended: the member list now holds different data.
      if (isBackfillActive(previous) && !isBackfillActive(backfill)) {
        await queryClient.invalidateQueries({ queryKey: memberQueryKeys.all })
      }
      return backfill
    },
    refetchInterval: (query) =>
      isBackfillActive(query.state.data) ? BACKFILL_POLL_MS : false,
  })
}

/** Starts a run, or answers the one already active. */
export const useStartBackfill = () => {
  const queryClient = useQueryClient()
  return useMutation<AdminMemberBackfillResponse, FetchError, void>({
    mutationFn: () =>
      sdk.client.fetch<AdminMemberBackfillResponse>(BACKFILL_PATH, {
        method: "POST",
        body: {},
      }),
    onSuccess: async ({ backfill }) => {
      queryClient.setQueryData(backfillKey, backfill)
      if (!isBackfillActive(backfill)) {
        await queryClient.invalidateQueries({ queryKey: memberQueryKeys.all })
      }
    },
  })
}
