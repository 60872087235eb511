export declare function generatedReleases(indexPath?: string): { permalink: string; slug: string; locale: string; cleaned: { html: string } }[];
export declare function bodiesShowImagesFrom(origin: string, indexPath?: string): boolean;
export declare function legacyRedirects(indexPath?: string): { from: string; to: string }[];
export declare function escapeRouteSource(pathname: string): string;
