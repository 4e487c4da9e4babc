// A module or client loaded on first use instead of at start (the ingest HTML reader, the
// api's report links): every caller shares the one load, and a failed load is forgotten so
// the next call tries again instead of failing for the life of the process.
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    });
    return loading;
  };
}
