import * as migration_20261129_012439_initial from './20261129_012439_initial';
import * as migration_20261201_230513_story_places_indexes_search_names from './20261201_230513_story_places_indexes_search_names';
import * as migration_20261201_230551_backfill_story_places_search_names from './20261201_230551_backfill_story_places_search_names';
import * as migration_20261201_231151_paper_settings from './20261201_231151_paper_settings';
import * as migration_20261201_233107_incremental_builds from './20261201_233107_incremental_builds';
import * as migration_20261201_231336_correspondents_fees_corrections from './20261201_231336_correspondents_fees_corrections';

export const migrations = [
  {
    up: migration_20261129_012439_initial.up,
    down: migration_20261129_012439_initial.down,
    name: '20261129_012439_initial',
  },
  {
    up: migration_20261201_230513_story_places_indexes_search_names.up,
    down: migration_20261201_230513_story_places_indexes_search_names.down,
    name: '20261201_230513_story_places_indexes_search_names',
  },
  {
    up: migration_20261201_230551_backfill_story_places_search_names.up,
    down: migration_20261201_230551_backfill_story_places_search_names.down,
    name: '20261201_230551_backfill_story_places_search_names'
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
  {
    up: migration_20261201_231336_correspondents_fees_corrections.up,
    down: migration_20261201_231336_correspondents_fees_corrections.down,
    name: '20261201_231336_correspondents_fees_corrections'
  },
];
