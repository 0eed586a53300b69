import type { LoaderOptions } from "@medusajs/framework/types"
import {
  memberDataOptionsSchema,
  parsePluginOptions,
} from "../../../plugin-options"

/** Fails startup on bad plugin options, instead of every order event failing later. */
export default async function validateOptions({ options }: LoaderOptions) {
  parsePluginOptions(memberDataOptionsSchema, options)
}
