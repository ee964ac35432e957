package org.parallax.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.parallax.core.model.Article;
import org.parallax.core.model.Brief;
import org.parallax.core.model.Outlet;
import org.parallax.core.model.Side;
import org.parallax.core.model.Topic;
import org.parallax.store.Database;
import org.parallax.store.StoryRepository.StorySummary;

/**
 * The full-text index of published stories (Lucene, English analysis): one document per story with
 * its brief and its articles. {@link #sync} brings it up to date with the database by story and
 * brief version (new and recomposed briefs indexed, unpublished and merged stories removed), so it
 * can run after every pipeline batch; {@link #reindex} rebuilds it. One process writes an index
 * directory at a time (Lucene's write lock).
 */
public final class SearchIndex implements AutoCloseable {
    private static final String[] FIELDS = {StoryDocument.TITLE, StoryDocument.HEADLINES, StoryDocument.BRIEF,
            StoryDocument.BODY};
    private static final Map<String, Float> BOOSTS = Map.of(StoryDocument.TITLE, 3f, StoryDocument.HEADLINES, 2f,
            StoryDocument.BRIEF, 2f, StoryDocument.BODY, 1f);
    private static final int SNIPPET_LENGTH = 240;

    /** What a sync did. */
    public record SyncReport(int indexed, int removed, int stories) {
    }

    private final Directory directory;
    private final Analyzer analyzer = new EnglishAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Map<Long, Long> versions = new ConcurrentHashMap<>();
    private boolean closed;

    private SearchIndex(Directory directory) throws IOException {
        this.directory = directory;
        this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        this.searchers = new SearcherManager(writer, null);
        loadVersions();
    }

    /**
     * Opens (or creates) the index in {@code dir}.
     *
     * @throws IllegalStateException when another process has it open for writing
     */
    public static SearchIndex open(Path dir) {
        try {
            return new SearchIndex(FSDirectory.open(dir));
        } catch (LockObtainFailedException e) {
            throw new IllegalStateException("the search index " + dir + " is in use by another Parallax process", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index " + dir, e);
        }
    }

    /** An index in memory (tests, and servers started without a data directory). */
    public static SearchIndex inMemory() {
        try {
            return new SearchIndex(new ByteBuffersDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void loadVersions() throws IOException {
        searchers.maybeRefreshBlocking();
        IndexSearcher searcher = searchers.acquire();
        try {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                LeafReader reader = leaf.reader();
                Bits live = reader.getLiveDocs();
                StoredFields stored = reader.storedFields();
                for (int i = 0; i < reader.maxDoc(); i++) {
                    if (live == null || live.get(i)) {
                        Document d = stored.document(i, Set.of(StoryDocument.ID, StoryDocument.VERSION));
                        versions.put(Long.parseLong(d.get(StoryDocument.ID)),
                                d.getField(StoryDocument.VERSION).numericValue().longValue());
                    }
                }
            }
        } finally {
            searchers.release(searcher);
        }
    }

    /** The number of stories in the index. */
    public int size() {
        return versions.size();
    }

    /** Indexes new and recomposed published stories and removes stories no longer published. */
    public synchronized SyncReport sync(Database db) {
        if (closed) {
            return new SyncReport(0, 0, versions.size());
        }
        List<StorySummary> published = db.stories().latest(Integer.MAX_VALUE, 0);
        Map<Long, Long> briefVersions = new HashMap<>();
        db.jdbi().useHandle(h -> h.createQuery("SELECT story_id, composed_from_version FROM brief")
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                .forEach(e -> briefVersions.put(e.getKey(), e.getValue())));
        Map<Long, Outlet> outlets = new HashMap<>();
        Set<Long> keep = new HashSet<>();
        int indexed = 0;
        try {
            for (StorySummary story : published) {
                keep.add(story.id());
                Long version = briefVersions.get(story.id());
                if (version == null || version.equals(versions.get(story.id()))) {
                    continue;
                }
                if (outlets.isEmpty()) {
                    db.outlets().all().forEach(o -> outlets.put(o.id(), o));
                }
                var brief = db.briefs().find(story.id());
                if (brief.isEmpty()) {
                    continue;
                }
                StoryDocument doc = document(story, version, brief.get(), db.articles().ofStory(story.id()), outlets);
                writer.updateDocument(new Term(StoryDocument.ID, Long.toString(story.id())), doc.toDocument());
                versions.put(story.id(), version);
                indexed++;
            }
            List<Long> gone = versions.keySet().stream().filter(id -> !keep.contains(id)).toList();
            for (long id : gone) {
                writer.deleteDocuments(new Term(StoryDocument.ID, Long.toString(id)));
                versions.remove(id);
            }
            if (indexed > 0 || !gone.isEmpty()) {
                writer.commit();
                searchers.maybeRefreshBlocking();
            }
            return new SyncReport(indexed, gone.size(), versions.size());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the search index", e);
        }
    }

    /** Empties the index and indexes every published story again. */
    public synchronized SyncReport reindex(Database db) {
        io("empty the search index", () -> {
            writer.deleteAll();
            writer.commit();
            versions.clear();
        });
        return sync(db);
    }

    private static StoryDocument document(StorySummary story, long version, Brief brief, List<Article> articles,
                                          Map<Long, Outlet> outlets) {
        List<String> briefText = new ArrayList<>();
        brief.facts().forEach(f -> briefText.add(f.text()));
        brief.narratives().forEach(n -> briefText.add(n.text()));
        Set<Long> outletIds = new HashSet<>();
        Set<Side> sides = new HashSet<>();
        for (Article a : articles) {
            outletIds.add(a.outletId());
            Outlet o = outlets.get(a.outletId());
            sides.add(o == null ? Side.UNRATED : o.side());
        }
        return new StoryDocument(story.id(), version, brief.title(), String.join("\n", briefText),
                articles.stream().map(Article::title).toList(), articles.stream().map(Article::text).toList(),
                story.topic(), outletIds, sides, story.lastSeen());
    }

    /** Stories matching the query, best first, one page of {@link SearchPage#PAGE_SIZE}. */
    public SearchPage search(SearchQuery q) {
        if (q.text().isBlank()) {
            return new SearchPage(List.of(), q.page(), false, 0);
        }
        Query query = query(q);
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                int from = (q.page() - 1) * SearchPage.PAGE_SIZE;
                TopDocs top = searcher.search(query, from + SearchPage.PAGE_SIZE + 1);
                ScoreDoc[] docs = top.scoreDocs;
                int to = Math.min(docs.length, from + SearchPage.PAGE_SIZE);
                if (from >= to) {
                    return new SearchPage(List.of(), q.page(), false, top.totalHits.value());
                }
                int[] ids = new int[to - from];
                for (int i = from; i < to; i++) {
                    ids[i - from] = docs[i].doc;
                }
                String[] fields = {StoryDocument.BRIEF, StoryDocument.BODY, StoryDocument.HEADLINES};
                UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                        .withMaxLength(StoryDocument.MAX_BODY)
                        .build();
                Map<String, String[]> snippets = highlighter.highlightFields(fields, query, ids, new int[] {1, 1, 1});
                StoredFields stored = searcher.storedFields();
                List<SearchHit> hits = new ArrayList<>();
                for (int i = 0; i < ids.length; i++) {
                    Document d = stored.document(ids[i]);
                    String snippet = firstMarked(snippets, fields, i);
                    if (snippet == null) {
                        snippet = escape(clip(d.get(StoryDocument.BRIEF)));
                    }
                    hits.add(new SearchHit(Long.parseLong(d.get(StoryDocument.ID)), d.get(StoryDocument.TITLE),
                            clipSnippet(snippet), Topic.valueOf(d.get(StoryDocument.TOPIC).toUpperCase(Locale.ROOT)),
                            Instant.ofEpochMilli(d.getField(StoryDocument.TIME).numericValue().longValue()),
                            d.getField(StoryDocument.OUTLET_COUNT).numericValue().intValue(), docs[from + i].score));
                }
                return new SearchPage(hits, q.page(), docs.length > to, top.totalHits.value());
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the index", e);
        }
    }

    private static String firstMarked(Map<String, String[]> snippets, String[] fields, int i) {
        for (String field : fields) {
            String[] values = snippets.get(field);
            if (values != null && values[i] != null && values[i].contains("<mark>")) {
                return values[i].strip();
            }
        }
        return null;
    }

    /** Highlighted passages can be whole sentences; long ones keep their marked part. */
    private static String clipSnippet(String snippet) {
        if (snippet.length() <= 2 * SNIPPET_LENGTH) {
            return snippet;
        }
        int mark = Math.max(0, snippet.indexOf("<mark>"));
        int start = Math.max(0, mark - SNIPPET_LENGTH / 2);
        int space = snippet.indexOf(' ', start);
        start = start == 0 || space < 0 || space > mark ? start : space + 1;
        int end = Math.min(snippet.length(), start + 2 * SNIPPET_LENGTH);
        int close = snippet.lastIndexOf("</mark>", end);
        int open = snippet.lastIndexOf("<mark>", end);
        if (open > close) {
            end = open; // never cut inside a marked word
        }
        int amp = snippet.lastIndexOf('&', end);
        if (amp > snippet.lastIndexOf(';', end)) {
            end = amp; // nor inside an escaped character
        }
        return (start > 0 ? "… " : "") + snippet.substring(start, end).strip() + (end < snippet.length() ? " …" : "");
    }

    private static String clip(String text) {
        return text.length() <= SNIPPET_LENGTH ? text : text.substring(0, SNIPPET_LENGTH) + "…";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    Query query(SearchQuery q) {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(FIELDS, analyzer, BOOSTS);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        Query text;
        try {
            text = parser.parse(q.text());
        } catch (ParseException | IllegalArgumentException e) {
            try {
                text = parser.parse(QueryParser.escape(q.text()));
            } catch (ParseException again) {
                text = new BooleanQuery.Builder().build();
            }
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(text, Occur.MUST);
        if (q.topic() != null) {
            query.add(new TermQuery(new Term(StoryDocument.TOPIC, q.topic().name().toLowerCase(Locale.ROOT))), Occur.FILTER);
        }
        if (q.outlet() != null) {
            query.add(new TermQuery(new Term(StoryDocument.OUTLET, Long.toString(q.outlet()))), Occur.FILTER);
        }
        if (q.side() != null) {
            query.add(new TermQuery(new Term(StoryDocument.SIDE, q.side().name().toLowerCase(Locale.ROOT))), Occur.FILTER);
        }
        if (q.since() != null || q.until() != null) {
            long from = q.since() == null ? Long.MIN_VALUE : q.since().toEpochMilli();
            long to = q.until() == null ? Long.MAX_VALUE : q.until().toEpochMilli() - 1;
            query.add(LongPoint.newRangeQuery(StoryDocument.TIME, from, to), Occur.FILTER);
        }
        return query.build();
    }

    /** Waits for a running sync, then closes; later syncs do nothing. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        io("close the search index", () -> {
            searchers.close();
            writer.close();
            directory.close();
        });
    }

    /** Work on the index that may fail with an I/O error. */
    private interface IndexWork {
        void run() throws IOException;
    }

    /** Runs {@code work}; an I/O failure is unchecked and says what the index was doing. */
    private static void io(String doing, IndexWork work) {
        try {
            work.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot " + doing, e);
        }
    }
}
