package org.parallax.core.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.parallax.core.text.Span;

class FactFilterTest {

    private final FactFilter filter = new FactFilter();

    private Optional<String> candidate(String sentence) {
        return candidate(sentence, "Center Wire");
    }

    private Optional<String> candidate(String sentence, String outlet) {
        String text = "Intro paragraph here.\n\n" + sentence + "\n\nOutro.";
        int start = text.indexOf(sentence);
        return filter.candidate(text, new Span(start, start + sentence.length()), outlet).map(s -> s.of(text));
    }

    @Test
    void keepsPlainReporting() {
        String s = "The city council approved the new budget on Monday by a vote of seven to two.";
        assertThat(candidate(s)).contains(s);
    }

    @Test
    void keepsQuotesWithFirstPersonInsideThem() {
        String s = "\"We will rebuild this bridge within two years,\" Governor Dana Holt told reporters on Tuesday.";
        assertThat(candidate(s)).contains(s);
        String curly = "“Our crews worked through the night,” the fire chief said at a briefing on Wednesday morning.";
        assertThat(candidate(curly)).contains(curly);
    }

    @Test
    void rejectsFirstPersonOutsideQuotes() {
        assertThat(candidate("We reached out to the shipping company for comment but did not hear back.")).isEmpty();
        assertThat(candidate("In my view the council made the right call on the budget this week.")).isEmpty();
        assertThat(candidate("Our reporters counted more than forty trucks at the border crossing.")).isEmpty();
    }

    @Test
    void usIsNotFirstPersonWhenItIsTheCountry() {
        String s = "The US and Canada signed the fisheries agreement in Ottawa on Friday afternoon.";
        assertThat(candidate(s)).contains(s);
    }

    @Test
    void rejectsQuestionsExclamationsAndQuotedQuestions() {
        assertThat(candidate("What happens to the shipping channel now that the bridge has fallen?")).isEmpty();
        assertThat(candidate("This is the worst bridge disaster the state has ever seen in its history!")).isEmpty();
        assertThat(candidate("\"Why did nobody inspect it?\" asked one of the residents at the town hall meeting.")).isEmpty();
    }

    @Test
    void rejectsShortLongAndUnterminatedSentences() {
        assertThat(candidate("The bridge fell.")).isEmpty();
        assertThat(candidate("Harbor bridge collapse leaves six workers missing and port closed")).isEmpty();
        assertThat(candidate("The council met. ".repeat(1) + "word ".repeat(90) + "end.")).isEmpty();
    }

    @Test
    void rejectsTruncatedExcerpts() {
        assertThat(candidate("The governor said federal money would be requested to rebuild the span, which was...")).isEmpty();
        assertThat(candidate("The governor said federal money would be requested to rebuild the span, which\u2026")).isEmpty();
        assertThat(candidate("The governor said federal money would be requested to rebuild it and people just .")).isEmpty();
    }

    @Test
    void rejectsBoilerplate() {
        assertThat(candidate("Click here to sign up for our morning newsletter and get the news first.")).isEmpty();
        assertThat(candidate("Photo: Harbor police boats near the wreck of the bridge on Tuesday morning.")).isEmpty();
        assertThat(candidate("Read more about the collapse and the rescue effort on our special page today.")).isEmpty();
        assertThat(candidate("Copyright 2024 Center Wire. All rights reserved. This material may not be published.")).isEmpty();
        assertThat(candidate("Follow the latest updates on the collapse at https://example.org/live coverage now.")).isEmpty();
    }

    @Test
    void rejectsBylinesAndBareDatelines() {
        assertThat(FactFilter.isByline("By Jane Roe and John Doe, Center Wire")).isTrue();
        assertThat(FactFilter.isByline("By the end of the week the bridge was closed.")).isFalse();
        assertThat(FactFilter.isDatelineOnly("WASHINGTON (AP) \u2014")).isTrue();
        assertThat(FactFilter.isDatelineOnly("PORT ELWIN")).isTrue();
    }

    @Test
    void trimsDatelines() {
        assertThat(candidate("WASHINGTON (AP) \u2014 The Senate passed the spending bill late on Tuesday by a wide margin."))
                .contains("The Senate passed the spending bill late on Tuesday by a wide margin.");
        assertThat(candidate("LONDON, Oct. 5 (Reuters) - British lawmakers voted to delay the bill until next spring."))
                .contains("British lawmakers voted to delay the bill until next spring.");
        assertThat(candidate("Washington (CNN)Democrats in the House unveiled a new plan for child care on Monday."))
                .contains("Democrats in the House unveiled a new plan for child care on Monday.");
    }

    @Test
    void trimsConnectivesOnlyBeforeACapital() {
        assertThat(candidate("However, Governor Dana Holt promised that the state would rebuild the bridge within two years."))
                .contains("Governor Dana Holt promised that the state would rebuild the bridge within two years.");
        assertThat(candidate("But Governor Dana Holt promised that the state would rebuild the bridge within two years."))
                .contains("Governor Dana Holt promised that the state would rebuild the bridge within two years.");
        assertThat(candidate("But the governor said the state would rebuild the bridge as quickly as possible.")).isEmpty();
        assertThat(candidate("Also, the port will stay closed to all vessels until the wreckage is cleared.")).isEmpty();
        String notAConnective = "Butler County deputies closed the road to traffic in both directions on Tuesday.";
        assertThat(candidate(notAConnective)).contains(notAConnective);
    }

    @Test
    void trimsAttributionToANewsOrganisationOnly() {
        assertThat(candidate("According to Reuters, Port Elwin officials closed the harbor to all traffic on Tuesday."))
                .contains("Port Elwin officials closed the harbor to all traffic on Tuesday.");
        assertThat(candidate("According to Center Wire, Port Elwin officials closed the harbor to all traffic on Tuesday."))
                .contains("Port Elwin officials closed the harbor to all traffic on Tuesday.");
        String police = "According to police, Port Elwin officials closed the harbor to all traffic on Tuesday.";
        assertThat(candidate(police)).contains(police);
    }

    @Test
    void rejectsFragmentsOfLongerQuotesAndBareQuotations() {
        assertThat(candidate("We will rebuild it, and we will do it fast,\" the governor said at the harbor.")).isEmpty();
        assertThat(candidate("\u201CTalk like a moderate and govern like a partisan, every single day.\u201D")).isEmpty();
    }

    @Test
    void recognisesBackReferences() {
        assertThat(FactFilter.startsWithBackReference("They will also lose seats in the House.")).isTrue();
        assertThat(FactFilter.startsWithBackReference("Theresa May resigned.")).isFalse();
    }
}
