export interface BundleMeasure {
  minified: number;
  gzip: number;
  brotli: number;
}
export declare function measureBundle(contents: string, options: { resolveDir: string }): Promise<BundleMeasure>;
