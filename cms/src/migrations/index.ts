import * as migration_20261129_011845_initial from './20261129_011845_initial';

export const migrations = [
  {
    up: migration_20261129_011845_initial.up,
    down: migration_20261129_011845_initial.down,
    name: '20261129_011845_initial'
  },
];
