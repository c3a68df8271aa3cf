/** What profiling found; kept in the generated report so it travels with the numbers. */
export const FINDINGS = `
## What profiling found

(to be filled in)
`;
