export const MEMBER_SEGMENT_MODULE = "memberSegment"
export const MEMBER_TIER_MODULE = "memberTier"
export const MEMBER_CAMPAIGN_MODULE = "memberCampaign"
export const MEMBER_POINTS_MODULE = "memberPoints"
