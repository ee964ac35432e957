-- How long fetching each feed takes: a running mean in milliseconds (null until it is first fetched),
-- so that /status and `parallax feeds` can show a slow host, and polling can back off from it.
ALTER TABLE feed ADD COLUMN fetch_millis BIGINT;
