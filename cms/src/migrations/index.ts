import * as migration_20261129_012439_initial from './20261129_012439_initial';
import * as migration_20261202_000643_story_places_paper_settings_fees_site_changes from './20261202_000643_story_places_paper_settings_fees_site_changes';
import * as migration_20261202_002017_review_sign_offs from './20261202_002017_review_sign_offs';
import * as migration_20261202_002018_backfill_story_places_search_names from './20261202_002018_backfill_story_places_search_names';
import * as migration_20261202_044751_last_edited_by from './20261202_044751_last_edited_by';
import * as migration_20261202_045250_paper_dateline_default from './20261202_045250_paper_dateline_default';
import * as migration_20261202_051039_list_indexes from './20261202_051039_list_indexes';
import * as migration_20261202_055115_page_prints_story_areas from './20261202_055115_page_prints_story_areas';

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
    up: migration_20261202_044751_last_edited_by.up,
    down: migration_20261202_044751_last_edited_by.down,
    name: '20261202_044751_last_edited_by',
  },
  {
    up: migration_20261202_045250_paper_dateline_default.up,
    down: migration_20261202_045250_paper_dateline_default.down,
    name: '20261202_045250_paper_dateline_default',
  },
  {
    // New tables and columns: before the backfill below, which saves stories with today's schema.
    up: migration_20261202_055115_page_prints_story_areas.up,
    down: migration_20261202_055115_page_prints_story_areas.down,
    name: '20261202_055115_page_prints_story_areas',
  },
  {
    // Data, written through the database adapter with today's schema: keep it after every schema migration.
    up: migration_20261202_002018_backfill_story_places_search_names.up,
    down: migration_20261202_002018_backfill_story_places_search_names.down,
    name: '20261202_002018_backfill_story_places_search_names',
  },
  {
    // Indexes only, no column: the backfill above runs the same with or without them.
    up: migration_20261202_051039_list_indexes.up,
    down: migration_20261202_051039_list_indexes.down,
    name: '20261202_051039_list_indexes',
  },
];
