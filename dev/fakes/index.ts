export { createGasEnvironment } from './environment';
export type * from './environment-api';
