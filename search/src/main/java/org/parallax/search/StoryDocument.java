package org.parallax.search;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.parallax.core.model.Side;
import org.parallax.core.model.Topic;

/**
 * A published story as one Lucene document: its brief (title, facts, narratives) and its articles
 * (headlines and text), with the fields the filters read.
 */
record StoryDocument(long storyId, long version, String title, String brief, List<String> headlines,
                     List<String> texts, Topic topic, Set<Long> outlets, Set<Side> sides, Instant lastSeen) {
    static final String ID = "story_id";
    static final String VERSION = "version";
    static final String TITLE = "title";
    static final String BRIEF = "brief";
    static final String HEADLINES = "headlines";
    static final String BODY = "body";
    static final String TOPIC = "topic";
    static final String OUTLET = "outlet";
    static final String SIDE = "side";
    static final String TIME = "last_seen";
    static final String OUTLET_COUNT = "outlets";
    /** Article text kept per story, so that a story of many long articles stays a reasonable document. */
    static final int MAX_BODY = 200_000;

    Document toDocument() {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(storyId), Field.Store.YES));
        doc.add(new StoredField(VERSION, version));
        doc.add(new TextField(TITLE, title, Field.Store.YES));
        doc.add(new TextField(BRIEF, brief, Field.Store.YES));
        doc.add(new TextField(HEADLINES, String.join("\n", headlines), Field.Store.YES));
        String body = String.join("\n\n", texts);
        doc.add(new TextField(BODY, body.length() > MAX_BODY ? body.substring(0, MAX_BODY) : body, Field.Store.YES));
        doc.add(new StringField(TOPIC, topic.name().toLowerCase(Locale.ROOT), Field.Store.YES));
        outlets.forEach(o -> doc.add(new StringField(OUTLET, Long.toString(o), Field.Store.NO)));
        sides.forEach(s -> doc.add(new StringField(SIDE, s.name().toLowerCase(Locale.ROOT), Field.Store.NO)));
        doc.add(new LongField(TIME, lastSeen.toEpochMilli(), Field.Store.YES));
        doc.add(new IntField(OUTLET_COUNT, outlets.size(), Field.Store.YES));
        return doc;
    }
}
