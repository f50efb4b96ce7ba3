/** How the seed reports progress: a step name and, for long steps, a counter. */
export type SeedProgress = (step: string, done?: number, total?: number) => void

export const silentProgress: SeedProgress = () => {}
