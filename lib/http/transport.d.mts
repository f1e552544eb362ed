export declare const HSTS_VALUE: string;
export declare function siteIsHttps(env?: NodeJS.ProcessEnv): boolean;
export declare function transportSecurity(env?: NodeJS.ProcessEnv): { hsts: string | null; secureCookies: true | undefined };
export declare function transportHeaders(env?: NodeJS.ProcessEnv): { key: string; value: string }[];
