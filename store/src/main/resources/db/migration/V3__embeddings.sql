-- The story engine: sentence vectors cached per article, and story merges.
-- Portable between H2 (MODE=PostgreSQL) and PostgreSQL, as V1.

-- One vector per article and model key (model id and the rule for the embedded text), so a new
-- model or text rule embeds again instead of mixing vectors. The vector is little-endian IEEE 754
-- float32, 4 bytes per dimension (1,536 bytes for 384 dimensions).
CREATE TABLE article_embedding (
    article_id BIGINT NOT NULL,
    model      VARCHAR(200) NOT NULL,
    vector     BYTEA NOT NULL,
    CONSTRAINT article_embedding_pk PRIMARY KEY (article_id, model)
);

ALTER TABLE article_embedding ADD CONSTRAINT article_embedding_article FOREIGN KEY (article_id) REFERENCES article (id);

-- A story found to be the same event as another: its articles moved to merged_into, and its
-- address redirects there. Always points at a story that is not merged itself (chains are
-- flattened when the target merges in turn).
ALTER TABLE story ADD COLUMN merged_into BIGINT;
ALTER TABLE story ADD CONSTRAINT story_merged_into FOREIGN KEY (merged_into) REFERENCES story (id);
