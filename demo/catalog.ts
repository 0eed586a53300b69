// The demo store's assortment: a small lifestyle shop, prices in EUR.
export type CatalogEntry = {
  handle: string
  title: string
  category: string
  price: number
}

export const DEMO_CATEGORIES = [
  { handle: "demo-coffee", name: "Coffee & Tea" },
  { handle: "demo-kitchen", name: "Kitchen" },
  { handle: "demo-outdoor", name: "Outdoor" },
  { handle: "demo-apparel", name: "Apparel" },
] as const

const entry = (
  category: string,
  handle: string,
  title: string,
  price: number
): CatalogEntry => ({ handle: `demo-${handle}`, title, category, price })

export const DEMO_CATALOG: CatalogEntry[] = [
  entry("demo-coffee", "house-blend-beans", "House Blend Beans 1 kg", 24),
  entry("demo-coffee", "single-origin-ethiopia", "Single Origin Ethiopia", 19),
  entry("demo-coffee", "green-tea-sencha", "Sencha Green Tea", 15),
  entry("demo-coffee", "pour-over-kit", "Pour-Over Kit", 45),
  entry("demo-coffee", "burr-grinder", "Burr Grinder", 129),
  entry("demo-coffee", "espresso-machine", "Compact Espresso Machine", 299),
  entry("demo-coffee", "milk-frother", "Milk Frother", 39),
  entry("demo-coffee", "tea-sampler", "Tea Sampler Box", 29),
  entry("demo-kitchen", "chef-knife", "Chef's Knife 20 cm", 89),
  entry("demo-kitchen", "cast-iron-pan", "Cast Iron Pan", 59),
  entry("demo-kitchen", "cutting-board", "Oak Cutting Board", 35),
  entry("demo-kitchen", "stoneware-mugs", "Stoneware Mugs (set of 4)", 42),
  entry("demo-kitchen", "dutch-oven", "Enamel Dutch Oven", 179),
  entry("demo-kitchen", "linen-apron", "Linen Apron", 32),
  entry("demo-kitchen", "spice-rack", "Magnetic Spice Rack", 49),
  entry("demo-kitchen", "stand-mixer", "Stand Mixer", 279),
  entry("demo-outdoor", "trail-bottle", "Insulated Trail Bottle", 27),
  entry("demo-outdoor", "daypack", "Daypack 22 L", 79),
  entry("demo-outdoor", "camping-stove", "Camping Stove", 65),
  entry("demo-outdoor", "headlamp", "Rechargeable Headlamp", 34),
  entry("demo-outdoor", "hammock", "Travel Hammock", 55),
  entry("demo-outdoor", "two-person-tent", "Two-Person Tent", 249),
  entry("demo-outdoor", "picnic-blanket", "Picnic Blanket", 38),
  entry("demo-apparel", "merino-socks", "Merino Socks", 18),
  entry("demo-apparel", "organic-tee", "Organic Cotton Tee", 25),
  entry("demo-apparel", "rain-jacket", "Packable Rain Jacket", 119),
  entry("demo-apparel", "wool-beanie", "Wool Beanie", 22),
  entry("demo-apparel", "fleece-hoodie", "Fleece Hoodie", 69),
  entry("demo-apparel", "leather-belt", "Leather Belt", 45),
  entry("demo-apparel", "down-vest", "Down Vest", 149),
]
