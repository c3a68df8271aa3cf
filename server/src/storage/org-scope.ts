/** What a caller may see: an org and everything below it. */
export interface OrgScope {
  orgId: number;
}
