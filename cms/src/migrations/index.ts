import * as migration_20261129_012439_initial from './20261129_012439_initial';
import * as migration_20261202_000643_story_places_paper_settings_fees_site_changes from './20261202_000643_story_places_paper_settings_fees_site_changes';
import * as migration_20261202_002017_review_sign_offs from './20261202_002017_review_sign_offs';
import * as migration_20261202_002018_backfill_story_places_search_names from './20261202_002018_backfill_story_places_search_names';
import * as migration_20261202_045250_paper_dateline_default from './20261202_045250_paper_dateline_default';

export const migrations = [
  {
    up: migration_20261129_012439_initial.up,
    down: migration_20261129_012439_initial.down,
    name: '20261129_012439_initial',
  },
  {
    up: migration_20261202_000643_story_places_paper_settings_fees_site_changes.up,
    down: migration_20261202_000643_story_places_paper_settings_fees_site_changes.down,
    name: '20261202_000643_story_places_paper_settings_fees_site_changes',
  },
  {
    up: migration_20261202_002017_review_sign_offs.up,
    down: migration_20261202_002017_review_sign_offs.down,
    name: '20261202_002017_review_sign_offs',
  },
  {
    up: migration_20261202_002018_backfill_story_places_search_names.up,
    down: migration_20261202_002018_backfill_story_places_search_names.down,
    name: '20261202_002018_backfill_story_places_search_names',
  },
  {
    up: migration_20261202_045250_paper_dateline_default.up,
    down: migration_20261202_045250_paper_dateline_default.down,
    name: '20261202_045250_paper_dateline_default'
  },
];
