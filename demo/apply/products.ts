import { MedusaContainer } from "@medusajs/framework/types"
import { Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createProductCategoriesWorkflow,
  createProductsWorkflow,
} from "@medusajs/medusa/core-flows"
import { DemoPlan } from "../types"

const ensureCategories = async (container: MedusaContainer, plan: DemoPlan) => {
  const products = container.resolve(Modules.PRODUCT)
  const handles = plan.categories.map((category) => category.handle)
  const existing = await products.listProductCategories({ handle: handles })
  const missing = plan.categories.filter(
    (category) => !existing.some((found) => found.handle === category.handle)
  )
  const created = missing.length
    ? (
        await createProductCategoriesWorkflow(container).run({
          input: {
            product_categories: missing.map((category) => ({
              ...category,
              is_active: true,
            })),
          },
        })
      ).result
    : []
  return new Map([...existing, ...created].map((c) => [c.handle, c.id]))
}

/** Creates the missing demo products; returns each handle's product and variant ids. */
export const ensureProducts = async (
  container: MedusaContainer,
  plan: DemoPlan,
  ids: { salesChannelId: string; shippingProfileId: string }
) => {
  const categoryIds = await ensureCategories(container, plan)
  const productModule = container.resolve(Modules.PRODUCT)
  const handles = plan.products.map((product) => product.handle)
  const existing = await productModule.listProducts(
    { handle: handles },
    { relations: ["variants"] }
  )
  const missing = plan.products.filter(
    (product) => !existing.some((found) => found.handle === product.handle)
  )
  const created = missing.length
    ? (
        await createProductsWorkflow(container).run({
          input: {
            products: missing.map((product) => ({
              title: product.title,
              handle: product.handle,
              status: ProductStatus.PUBLISHED,
              category_ids: [categoryIds.get(product.category)!],
              shipping_profile_id: ids.shippingProfileId,
              sales_channels: [{ id: ids.salesChannelId }],
              options: [{ title: "Edition", values: ["Standard"] }],
              variants: [
                {
                  title: "Standard",
                  sku: product.handle.toUpperCase(),
                  manage_inventory: false,
                  options: { Edition: "Standard" },
                  prices: [
                    {
                      currency_code: plan.currency_code,
                      amount: product.price,
                    },
                  ],
                },
              ],
            })),
          },
        })
      ).result
    : []
  return new Map(
    [...existing, ...created].map((product) => [
      product.handle,
      { productId: product.id, variantId: product.variants[0].id },
    ])
  )
}
