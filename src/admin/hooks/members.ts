import { FetchError } from "@medusajs/js-sdk"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { memberQueryKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import type {
  AdminMember,
  AdminMemberResponse,
  AdminUpdateMember,
} from "../lib/types"

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
