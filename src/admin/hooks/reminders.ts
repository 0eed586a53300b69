import { FetchError } from "@medusajs/js-sdk"
import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query"
import { messageQueryKeys, reminderQueryKeys } from "../lib/query-keys"
import type {
  AdminMessage,
  AdminMessageList,
  AdminReminder,
  ReminderKey,
  ReminderPreview,
  ReminderTemplates,
} from "../lib/reminder-types"
import { sdk } from "../lib/sdk"

const path = (key: string) => `/admin/reminders/${encodeURIComponent(key)}`

export const useReminders = () =>
  useQuery<AdminReminder[], FetchError>({
    queryKey: reminderQueryKeys.lists(),
    queryFn: async () =>
      (
        await sdk.client.fetch<{ reminders: AdminReminder[] }>(
          "/admin/reminders"
        )
      ).reminders,
  })

export type ReminderUpdate = Partial<
  Pick<AdminReminder, "enabled" | "params" | "channels" | "offer">
> & {
  templates?: ReminderTemplates
}

export const useUpdateReminder = (key: ReminderKey) => {
  const queryClient = useQueryClient()
  return useMutation<AdminReminder, FetchError, ReminderUpdate>({
    mutationFn: async (body) =>
      (
        await sdk.client.fetch<{ reminder: AdminReminder }>(path(key), {
          method: "POST",
          body,
        })
      ).reminder,
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: reminderQueryKeys.all }),
  })
}

/** Renders unsaved templates in both languages; refetches when they change. */
export const useReminderPreview = (
  key: ReminderKey,
  templates: ReminderTemplates
) =>
  useQuery<ReminderPreview, FetchError>({
    queryKey: [...reminderQueryKeys.detail(key), "preview", templates],
    queryFn: async () =>
      (
        await sdk.client.fetch<{ preview: ReminderPreview }>(
          `${path(key)}/preview`,
          { method: "POST", body: { templates } }
        )
      ).preview,
    placeholderData: keepPreviousData,
    retry: false,
  })

export const useTestSend = (key: ReminderKey) =>
  useMutation<
    { test_send: { notification_id: string } },
    FetchError,
    { to: string; locale: "en" | "zh-CN" }
  >({
    mutationFn: (body) =>
      sdk.client.fetch(`${path(key)}/test-send`, { method: "POST", body }),
  })

export type MessageFilters = {
  customer_id?: string
  source_id?: string
  status?: string
  offset: number
  limit: number
}

export const useMessages = (filters: MessageFilters) =>
  useQuery<AdminMessageList, FetchError>({
    queryKey: messageQueryKeys.list(filters),
    queryFn: () =>
      sdk.client.fetch<AdminMessageList>("/admin/member-messages", {
        query: Object.fromEntries(
          Object.entries(filters).filter(([, v]) => v !== undefined && v !== "")
        ),
      }),
    placeholderData: keepPreviousData,
  })

export const useMessage = (id: string | null) =>
  useQuery<AdminMessage, FetchError>({
    queryKey: messageQueryKeys.detail(id ?? ""),
    queryFn: async () =>
      (
        await sdk.client.fetch<{ message: AdminMessage }>(
          `/admin/member-messages/${encodeURIComponent(id!)}`
        )
      ).message,
    enabled: !!id,
  })
