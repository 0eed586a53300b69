import { FetchError } from "@medusajs/js-sdk"
import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query"
import {
  memberQueryKeys,
  memberTierQueryKeys,
  tierQueryKeys,
} from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import { isReevaluationActive } from "../lib/tier-reevaluation"
import type {
  AdminTier,
  AdminTiersResponse,
  AdminTierBody,
  MemberTier,
  ProductHit,
  TierPreview,
  TierPrice,
  TierPricesUpdate,
  TierReevaluation,
} from "../lib/tier-types"

/** The dashboard's own query key for customer groups (core's `customerGroupsQueryKeys.all`). */
const CORE_CUSTOMER_GROUPS_KEY = ["customer_groups"]

const tierPath = (id: string) => `/admin/tiers/${encodeURIComponent(id)}`
const memberTierPath = (customerId: string) =>
  `/admin/members/${encodeURIComponent(customerId)}/tier`

const fetchLadder = () => sdk.client.fetch<AdminTiersResponse>("/admin/tiers")

/** The ladder by rank, with each tier's member count and revenue share. */
export const useTiers = () =>
  useQuery<AdminTiersResponse, FetchError, AdminTier[]>({
    queryKey: tierQueryKeys.lists(),
    queryFn: fetchLadder,
    select: (data) => data.tiers,
  })

const REEVALUATION_POLL_MS = 2000

/**
 * The current (or last) re-evaluation of every member, from the same
 * response as the ladder: polled while it runs, so the member counts follow.
 */
export const useTierReevaluation = () =>
  useQuery<AdminTiersResponse, FetchError, TierReevaluation | null>({
    queryKey: tierQueryKeys.lists(),
    queryFn: fetchLadder,
    select: (data) => data.reevaluation,
    refetchInterval: (query) =>
      isReevaluationActive(query.state.data?.reevaluation)
        ? REEVALUATION_POLL_MS
        : false,
  })

// A ladder change re-evaluates members: their tiers and the member list change too.
const invalidateLadder = (queryClient: ReturnType<typeof useQueryClient>) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: tierQueryKeys.all }),
    queryClient.invalidateQueries({ queryKey: memberTierQueryKeys.all }),
    queryClient.invalidateQueries({ queryKey: memberQueryKeys.all }),
  ])

/** Creates a tier (no id) or updates one. */
export const useSaveTier = (id: string | null) => {
  const queryClient = useQueryClient()
  return useMutation<{ tier: AdminTier }, FetchError, AdminTierBody>({
    mutationFn: (body) =>
      sdk.client.fetch<{ tier: AdminTier }>(
        id ? tierPath(id) : "/admin/tiers",
        { method: "POST", body }
      ),
    onSuccess: () => invalidateLadder(queryClient),
  })
}

/** Creates tiers one after the other, in the order given (rank 0 first). */
export const useCreateTiers = () => {
  const queryClient = useQueryClient()
  return useMutation<AdminTier[], FetchError, AdminTierBody[]>({
    mutationFn: async (bodies) => {
      const created: AdminTier[] = []
      for (const body of bodies) {
        const { tier } = await sdk.client.fetch<{ tier: AdminTier }>(
          "/admin/tiers",
          { method: "POST", body }
        )
        created.push(tier)
      }
      return created
    },
    onSettled: () => invalidateLadder(queryClient),
  })
}

export const useDeleteTier = (id: string) => {
  const queryClient = useQueryClient()
  return useMutation<
    { id: string; deleted: boolean; moved: number },
    FetchError,
    { target_tier_id?: string }
  >({
    mutationFn: ({ target_tier_id }) =>
      sdk.client.fetch(tierPath(id), {
        method: "DELETE",
        query: target_tier_id ? { target_tier_id } : undefined,
      }),
    onSuccess: () => invalidateLadder(queryClient),
  })
}

/** The what-if of a proposed ladder; `null` while the drawer's form is invalid. */
export const useTierPreview = (ladder: AdminTierBody[] | null) =>
  useQuery<TierPreview, FetchError>({
    queryKey: [...tierQueryKeys.all, "preview", ladder],
    queryFn: () =>
      sdk.client.fetch<TierPreview>("/admin/tiers/preview", {
        method: "POST",
        body: { tiers: ladder },
      }),
    enabled: !!ladder,
    placeholderData: keepPreviousData,
    retry: false,
  })

const pricesKey = (id: string) => [...tierQueryKeys.detail(id), "prices"]

export const useTierPrices = (id: string) =>
  useQuery<TierPrice[], FetchError>({
    queryKey: pricesKey(id),
    queryFn: async () =>
      (
        await sdk.client.fetch<{ prices: TierPrice[] }>(
          `${tierPath(id)}/prices`
        )
      ).prices,
  })

export const useUpdateTierPrices = (id: string) => {
  const queryClient = useQueryClient()
  return useMutation<TierPrice[], FetchError, TierPricesUpdate>({
    mutationFn: async (body) =>
      (
        await sdk.client.fetch<{ prices: TierPrice[] }>(
          `${tierPath(id)}/prices`,
          { method: "POST", body }
        )
      ).prices,
    onSuccess: (prices) => queryClient.setQueryData(pricesKey(id), prices),
  })
}

/** Products matching `q`, with their variants, for the price editor. */
export const useProductSearch = (q: string) =>
  useQuery<ProductHit[], FetchError>({
    queryKey: ["membership", "tier_product_search", q],
    queryFn: async () =>
      (
        await sdk.client.fetch<{ products: ProductHit[] }>("/admin/products", {
          query: {
            q,
            limit: 10,
            fields: "id,title,variants.id,variants.title,variants.sku",
          },
        })
      ).products,
    enabled: q.trim().length > 0,
    placeholderData: keepPreviousData,
  })

/** Titles of the variants a price list holds, for its rows. */
export const useVariantTitles = (variantIds: string[]) =>
  useQuery<Record<string, string>, FetchError>({
    queryKey: ["membership", "tier_variant_titles", variantIds],
    queryFn: async () => {
      const { variants } = await sdk.client.fetch<{
        variants: {
          id: string
          title: string | null
          sku: string | null
          product?: { title: string } | null
        }[]
      }>("/admin/product-variants", {
        query: {
          id: variantIds,
          limit: variantIds.length,
          fields: "id,title,sku,product.title",
        },
      })
      return Object.fromEntries(
        variants.map((v) => [
          v.id,
          [v.product?.title, v.title].filter(Boolean).join(" · ") ||
            v.sku ||
            v.id,
        ])
      )
    },
    enabled: variantIds.length > 0,
    placeholderData: keepPreviousData,
  })

/** The store's default currency, for new member prices. */
export const useDefaultCurrency = () =>
  useQuery<string, FetchError>({
    queryKey: ["membership", "tier_store_currency"],
    queryFn: async () => {
      const { stores } = await sdk.client.fetch<{
        stores: {
          supported_currencies?: {
            currency_code: string
            is_default: boolean
          }[]
        }[]
      }>("/admin/stores", {
        query: { fields: "id,*supported_currencies" },
      })
      const currencies = stores[0]?.supported_currencies ?? []
      return (
        currencies.find((c) => c.is_default)?.currency_code ??
        currencies[0]?.currency_code ??
        "eur"
      )
    },
    staleTime: Infinity,
  })

export const useMemberTier = (customerId: string) =>
  useQuery<MemberTier | null, FetchError>({
    queryKey: memberTierQueryKeys.detail(customerId),
    queryFn: async () => {
      try {
        return (
          await sdk.client.fetch<{ member_tier: MemberTier }>(
            memberTierPath(customerId)
          )
        ).member_tier
      } catch (error) {
        if (error instanceof FetchError && error.status === 404) return null
        throw error
      }
    },
  })

/** Pins the member to a tier, or unpins them (they are evaluated again). */
export const useSetMemberTier = (customerId: string) => {
  const queryClient = useQueryClient()
  return useMutation<
    MemberTier,
    FetchError,
    { tier_id?: string | null; pinned: boolean }
  >({
    mutationFn: async (body) =>
      (
        await sdk.client.fetch<{ member_tier: MemberTier }>(
          memberTierPath(customerId),
          { method: "POST", body }
        )
      ).member_tier,
    onSuccess: async (memberTier) => {
      queryClient.setQueryData(
        memberTierQueryKeys.detail(customerId),
        memberTier
      )
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: tierQueryKeys.lists() }),
        // the move changed the customer's tier group, which core's
        // Customer Groups section on the same page lists
        queryClient.invalidateQueries({ queryKey: CORE_CUSTOMER_GROUPS_KEY }),
      ])
    },
  })
}
