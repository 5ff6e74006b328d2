import * as migration_20261129_012439_initial from './20261129_012439_initial';
import * as migration_20261201_224623_story_places_and_indexes from './20261201_224623_story_places_and_indexes';
import * as migration_20261201_224646_backfill_story_places from './20261201_224646_backfill_story_places';

export const migrations = [
  {
    up: migration_20261129_012439_initial.up,
    down: migration_20261129_012439_initial.down,
    name: '20261129_012439_initial',
  },
  {
    up: migration_20261201_224623_story_places_and_indexes.up,
    down: migration_20261201_224623_story_places_and_indexes.down,
    name: '20261201_224623_story_places_and_indexes',
  },
  {
    up: migration_20261201_224646_backfill_story_places.up,
    down: migration_20261201_224646_backfill_story_places.down,
    name: '20261201_224646_backfill_story_places'
  },
];
