/**
 * The portal's one content module. Pages, routes, the proxy and the build
 * scripts read content through it: the site model (lib/content/model.ts) of
 * the current content store, and release bodies from the store.
 */
export { currentModel, readRecord } from './store/read';
export type { SiteModel } from './model';
export type { ReleaseMeta, ReleaseRecord } from './record';
export type { ZonedMoment } from './moment';
