export declare const siteOrigin: () => string;
export declare const legacyOrigin: () => string;
