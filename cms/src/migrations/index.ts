import * as migration_20261129_012439_initial from './20261129_012439_initial';
import * as migration_20261201_231205_review_sign_offs from './20261201_231205_review_sign_offs';

export const migrations = [
  {
    up: migration_20261129_012439_initial.up,
    down: migration_20261129_012439_initial.down,
    name: '20261129_012439_initial',
  },
  {
    up: migration_20261201_231205_review_sign_offs.up,
    down: migration_20261201_231205_review_sign_offs.down,
    name: '20261201_231205_review_sign_offs'
  },
];
