export declare function contentSecurityPolicy(options?: { legacyImageOrigin?: string }): string;
export declare function securityHeaders(options?: { legacyImageOrigin?: string }): { key: string; value: string }[];
