import * as migration_20261129_012439_initial from './20261129_012439_initial';
import * as migration_20261201_231336_correspondents_fees_corrections from './20261201_231336_correspondents_fees_corrections';

export const migrations = [
  {
    up: migration_20261129_012439_initial.up,
    down: migration_20261129_012439_initial.down,
    name: '20261129_012439_initial',
  },
  {
    up: migration_20261201_231336_correspondents_fees_corrections.up,
    down: migration_20261201_231336_correspondents_fees_corrections.down,
    name: '20261201_231336_correspondents_fees_corrections'
  },
];
