import { FetchError } from "@medusajs/js-sdk"
import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query"
import { segmentQueryKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import type {
  AdminExplanation,
  AdminSegment,
  AdminSegmentField,
  AdminSegmentPreset,
  AdminSegmentPreview,
  AdminSegmentSampleRow,
  RuleNode,
} from "../lib/segment-types"

const path = (id: string) => `/admin/segments/${encodeURIComponent(id)}`

export const useSegments = () =>
  useQuery<{ segments: AdminSegment[]; count: number }, FetchError>({
    queryKey: segmentQueryKeys.lists(),
    queryFn: () =>
      sdk.client.fetch("/admin/segments", { query: { limit: 100 } }),
  })

export type SegmentCatalogue = {
  fields: AdminSegmentField[]
  /** The membership currency money fields are in (major units), if the store has one. */
  currency_code: string | null
}

export const useSegmentFields = () =>
  useQuery<SegmentCatalogue, FetchError>({
    queryKey: [...segmentQueryKeys.all, "fields"],
    queryFn: () => sdk.client.fetch<SegmentCatalogue>("/admin/segments/fields"),
    staleTime: Infinity,
  })

export type AdminFieldValue = { value: string; count: number }

/** The values members hold for a tags or text field, most common first; `q` a prefix. */
export const useSegmentFieldValues = (key: string, q: string, enabled = true) =>
  useQuery<AdminFieldValue[], FetchError>({
    queryKey: [...segmentQueryKeys.all, "field_values", key, q.trim()],
    queryFn: async () =>
      (
        await sdk.client.fetch<{ values: AdminFieldValue[] }>(
          `/admin/segments/fields/${encodeURIComponent(key)}/values`,
          { query: { limit: 20, ...(q.trim() ? { q: q.trim() } : {}) } }
        )
      ).values,
    enabled,
    placeholderData: keepPreviousData,
  })

export type CatalogKind = "category" | "product"
export type CatalogRecord = { id: string; name: string }

const CATALOG = {
  category: {
    path: "/admin/product-categories",
    list: "product_categories",
    name: "name",
  },
  product: { path: "/admin/products", list: "products", name: "title" },
} as const

const fetchCatalog = async (
  kind: CatalogKind,
  query: Record<string, unknown>
) => {
  const { path: route, list, name } = CATALOG[kind]
  const body = await sdk.client.fetch<Record<string, Record<string, string>[]>>(
    route,
    { query: { fields: `id,${name}`, ...query } }
  )
  return (body[list] ?? []).map((row): CatalogRecord => ({
    id: row.id,
    name: row[name] || row.id,
  }))
}

/** Categories or products matching `q` (Medusa's own admin search), for `purchased`. */
export const useCatalogSearch = (
  kind: CatalogKind,
  q: string,
  enabled = true
) =>
  useQuery<CatalogRecord[], FetchError>({
    queryKey: ["membership", "segment_catalog", kind, "search", q.trim()],
    queryFn: () =>
      fetchCatalog(kind, { limit: 20, ...(q.trim() ? { q: q.trim() } : {}) }),
    enabled,
    placeholderData: keepPreviousData,
  })

/** The names of the categories or products a rule stores by id. */
export const useCatalogNames = (kind: CatalogKind, ids: string[]) =>
  useQuery<Record<string, string>, FetchError>({
    queryKey: ["membership", "segment_catalog", kind, "names", ids],
    queryFn: async () =>
      Object.fromEntries(
        (await fetchCatalog(kind, { id: ids, limit: ids.length })).map(
          (row) => [row.id, row.name]
        )
      ),
    enabled: ids.length > 0,
    placeholderData: keepPreviousData,
  })

export const useSegmentPresets = () =>
  useQuery<AdminSegmentPreset[], FetchError>({
    queryKey: [...segmentQueryKeys.all, "presets"],
    queryFn: async () =>
      (
        await sdk.client.fetch<{ presets: AdminSegmentPreset[] }>(
          "/admin/segments/presets",
          {
            query: { with_counts: "true" },
          }
        )
      ).presets,
  })

/** The live count and sample of a rule being edited (the caller debounces the rule). */
export const useSegmentPreview = (rule: RuleNode | null) =>
  useQuery<AdminSegmentPreview, FetchError>({
    queryKey: [...segmentQueryKeys.all, "preview", rule],
    queryFn: async () =>
      (
        await sdk.client.fetch<{ preview: AdminSegmentPreview }>(
          "/admin/segments/preview",
          {
            method: "POST",
            body: { rule, sample_size: 10 },
          }
        )
      ).preview,
    enabled: !!rule,
    placeholderData: keepPreviousData,
    retry: false,
  })

export type SegmentBody = {
  name: string
  rule: RuleNode
  description?: string | null
}

export const useSaveSegment = (id?: string) => {
  const queryClient = useQueryClient()
  return useMutation<AdminSegment, FetchError, SegmentBody>({
    mutationFn: async (body) =>
      (
        await sdk.client.fetch<{ segment: AdminSegment }>(
          id ? path(id) : "/admin/segments",
          {
            method: "POST",
            body,
          }
        )
      ).segment,
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: segmentQueryKeys.all }),
  })
}

export const useRefreshSegment = () => {
  const queryClient = useQueryClient()
  return useMutation<
    { entered: number; exited: number; count: number },
    FetchError,
    string
  >({
    mutationFn: (id) =>
      sdk.client.fetch(`${path(id)}/refresh`, { method: "POST" }),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: segmentQueryKeys.all }),
  })
}

export const useDeleteSegment = () => {
  const queryClient = useQueryClient()
  return useMutation<unknown, FetchError, string>({
    mutationFn: (id) => sdk.client.fetch(path(id), { method: "DELETE" }),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: segmentQueryKeys.all }),
  })
}

export const useSegmentMembers = (id: string) =>
  useQuery<{ members: AdminSegmentSampleRow[]; count: number }, FetchError>({
    queryKey: [...segmentQueryKeys.detail(id), "members"],
    queryFn: () =>
      sdk.client.fetch(`${path(id)}/members`, { query: { limit: 20 } }),
  })

export const useExplain = (id: string, customerId: string | null) =>
  useQuery<AdminExplanation, FetchError>({
    queryKey: [...segmentQueryKeys.detail(id), "explain", customerId],
    queryFn: async () =>
      (
        await sdk.client.fetch<{ explanation: AdminExplanation }>(
          `${path(id)}/explain`,
          {
            query: { customer_id: customerId },
          }
        )
      ).explanation,
    enabled: !!customerId,
    retry: false,
  })

export type AdminMemberSegment = {
  id: string
  name: string
  count: number
  computed_at: string | null
  summary: { en: string; zh: string }
  matches_now: boolean
  conditions: AdminExplanation["conditions"]
}

/** The saved segments a member is in, each with its explanation. */
export const useMemberSegments = (customerId: string) =>
  useQuery<AdminMemberSegment[], FetchError>({
    queryKey: [...segmentQueryKeys.all, "member", customerId],
    queryFn: async () =>
      (
        await sdk.client.fetch<{ segments: AdminMemberSegment[] }>(
          `/admin/members/${encodeURIComponent(customerId)}/segments`
        )
      ).segments,
  })
