package org.parallax.ingest.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.core.model.ArticleKind;

class KindResolverTest {
    private static final String NEWS_URL = "https://daily.example/politics/2026/03/04/vote";

    @Test
    void anySourceSayingOpinionOrAnalysisWinsInOrder() {
        assertThat(KindResolver.resolve(ArticleKind.ANALYSIS, List.of("Opinion"), NEWS_URL, ArticleKind.NEWS))
                .isEqualTo(ArticleKind.ANALYSIS);
        assertThat(KindResolver.resolve(ArticleKind.NEWS, List.of("Politics", "Op-Ed"), NEWS_URL, ArticleKind.NEWS))
                .isEqualTo(ArticleKind.OPINION);
        assertThat(KindResolver.resolve(null, List.of("World | News Analysis"), NEWS_URL, ArticleKind.NEWS))
                .isEqualTo(ArticleKind.ANALYSIS);
        assertThat(KindResolver.resolve(null, List.of(), "https://daily.example/commentisfree/2026/x", ArticleKind.NEWS))
                .isEqualTo(ArticleKind.OPINION);
        assertThat(KindResolver.resolve(ArticleKind.NEWS, List.of(), NEWS_URL, ArticleKind.OPINION))
                .isEqualTo(ArticleKind.OPINION);
    }

    @Test
    void otherwiseNews() {
        assertThat(KindResolver.resolve(null, List.of("Politics"), NEWS_URL, ArticleKind.NEWS)).isEqualTo(ArticleKind.NEWS);
        // The slug says nothing: "/news/why-opinion-polls-failed" is news.
        assertThat(KindResolver.resolve(null, List.of(), "https://daily.example/news/opinion", ArticleKind.NEWS))
                .isEqualTo(ArticleKind.NEWS);
    }
}
