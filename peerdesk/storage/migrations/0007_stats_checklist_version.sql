-- The statistics index also covers the checklist version, so finding the versions a quarter's
-- contacts were logged with (which checklist items the quarter reports) reads the index's
-- range for that quarter instead of every contact row (1.1 s for 250,000 contacts).
DROP INDEX contacts_stats;
CREATE INDEX contacts_stats ON contacts (
    reporting_quarter, member_group, format, occurred_on, channel, risk, episode_id,
    duration_min, checklist_ticked, checklist_version
);
