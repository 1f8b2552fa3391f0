export type BackendName = 'relational' | 'dynamodb' | 'redis';

/** What a backend says about itself when pinged: the facts the health strip shows. */
export interface BackendInfo {
  engine: string;
  version: string;
  address: string;
}
