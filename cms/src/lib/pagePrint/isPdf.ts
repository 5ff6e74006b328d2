/** A PDF by its bytes (the header may follow up to 1 KB of other bytes), whatever its name. */
export const isPdf = (data: Buffer): boolean => data.subarray(0, 1024).indexOf('%PDF-') >= 0
