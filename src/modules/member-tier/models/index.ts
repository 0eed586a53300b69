export { default as Membership } from "./membership"
