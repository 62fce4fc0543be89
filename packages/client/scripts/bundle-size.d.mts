export interface BundleSize {
  minified: number;
  gzipped: number;
}
export declare const CLIENT_BUDGET_BYTES: number;
export declare const PACKAGE_BUDGET_BYTES: number;
export declare function measureBundles(): Promise<{ client: BundleSize; everything: BundleSize }>;
