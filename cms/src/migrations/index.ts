import * as migration_20261129_012439_initial from './20261129_012439_initial';
import * as migration_20261201_231151_paper_settings from './20261201_231151_paper_settings';
import * as migration_20261201_233107_incremental_builds from './20261201_233107_incremental_builds';

export const migrations = [
  {
    up: migration_20261129_012439_initial.up,
    down: migration_20261129_012439_initial.down,
    name: '20261129_012439_initial',
  },
  {
    up: migration_20261201_231151_paper_settings.up,
    down: migration_20261201_231151_paper_settings.down,
    name: '20261201_231151_paper_settings'
  },
  {
    up: migration_20261201_233107_incremental_builds.up,
    down: migration_20261201_233107_incremental_builds.down,
    name: '20261201_233107_incremental_builds'
  },
];
