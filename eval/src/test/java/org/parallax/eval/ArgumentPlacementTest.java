package org.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.model.ArticleKind;

class ArgumentPlacementTest {

    private static final ArticleKind NEWS = ArticleKind.NEWS;
    private static final ArticleKind OPINION = ArticleKind.OPINION;
    private static final ArticleKind ANALYSIS = ArticleKind.ANALYSIS;

    @TempDir
    Path dir;

    @Test
    void countsArgumentPiecesPlacedWithAReportOrAnyArticleOfTheirGoldStory() {
        // Gold story 0: two reports and an op-ed placed with one of them, and an analysis placed alone.
        // Gold story 1: two op-eds only, placed together. Gold story 2: a lone op-ed.
        List<Integer> gold = List.of(0, 0, 0, 0, 1, 1, 2);
        List<ArticleKind> kinds = List.of(NEWS, NEWS, OPINION, ANALYSIS, OPINION, OPINION, OPINION);
        List<Long> predicted = List.of(10L, 11L, 11L, 12L, 13L, 13L, 14L);

        ArgumentPlacement placement = ArgumentPlacement.of(gold, kinds, predicted);

        assertThat(placement).isEqualTo(new ArgumentPlacement(1, 2, 3, 4));
        assertThat(placement.line()).isEqualTo("arguments: with_report=1/2 (0.500) with_mate=3/4 (0.750)");
    }

    @Test
    void anOpEdPlacedWithAnotherGoldStoryDoesNotCount() {
        List<Integer> gold = List.of(0, 1, 0);
        List<ArticleKind> kinds = List.of(NEWS, NEWS, OPINION);
        List<Long> predicted = List.of(10L, 11L, 11L);
        assertThat(ArgumentPlacement.of(gold, kinds, predicted)).isEqualTo(new ArgumentPlacement(0, 1, 0, 1));
    }

    @Test
    void goldArticlesTakeTheirKindFromTheAllSidesOpinionTag() throws IOException {
        Path file = Files.writeString(dir.resolve("roundups.jsonl"), """
                {"date": "2024-03-04T08:00:00-05:00", "articles": [{"title": "Bridge falls", "text": "A bridge fell.", "opinion_tag": null}, {"title": "Who let it fall", "text": "Blame.", "opinion_tag": "OPINION"}, {"title": "What comes next", "text": "Steps.", "opinion_tag": "ANALYSIS"}, {"title": "Claims checked", "text": "Checked.", "opinion_tag": "FACT CHECK"}, {"title": "No tag", "text": "Plain."}]}
                """);

        List<GoldArticle> articles = GoldStories.read(file);
        assertThat(articles).extracting(GoldArticle::kind).containsExactly(NEWS, OPINION, ANALYSIS, NEWS, NEWS);
        assertThat(new GoldStoryReader().read(file).getFirst().articles())
                .extracting(GoldStory.GoldArticle::kind).containsExactly(NEWS, OPINION, ANALYSIS, NEWS, NEWS);
    }
}
