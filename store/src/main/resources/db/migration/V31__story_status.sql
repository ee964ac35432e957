-- Whether a story is shown in lists: 'published' (at least two independent outlets and three facts,
-- core.publish.PublicationRule) or 'developing'. Decided each time the story's brief is saved.
ALTER TABLE story ADD COLUMN status VARCHAR(16) DEFAULT 'developing' NOT NULL;
CREATE INDEX story_status_last_seen ON story (status, last_seen, id);
-- Briefs saved before the rule existed are recomposed (stale), so that every story gets its status.
UPDATE brief SET composed_from_version = -1;
